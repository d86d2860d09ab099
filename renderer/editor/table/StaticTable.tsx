import type { JSX } from 'react';
import { columnFractions, mergeAt, type TableElement } from '../../../core/model/table';
import { TABLE_CELL_STYLE, TABLE_STYLE } from './table-styles';

/** A table in a section drawn without Slate (far from the screen), as its editor draws it; clicking it brings the editor. */
export function StaticTable({ table }: { table: TableElement }): JSX.Element {
  const header = table.headerRows ?? 1;
  return (
    <div data-testid="static-table" style={{ margin: '6px 0' }}>
      <div style={{ height: 22 }} />
      <table style={TABLE_STYLE}>
        <colgroup>
          {columnFractions(table).map((f, i) => (
            <col key={i} style={{ width: `${f * 100}%` }} />
          ))}
        </colgroup>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) => {
                const m = mergeAt(table, r, c);
                if (m && (m.row !== r || m.col !== c)) return null;
                return (
                  <td key={c} colSpan={m?.colSpan} rowSpan={m?.rowSpan} style={{ ...TABLE_CELL_STYLE, whiteSpace: 'pre-wrap', fontWeight: r < header ? 'bold' : 'normal', textAlign: r < header ? 'center' : 'left', background: r < header ? '#f3f6fb' : undefined }}>
                    {value || '\u00a0'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
