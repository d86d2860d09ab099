import type { JSX } from 'react';
import type { Para } from '../../core/render/layout-types';
import { PreviewPara } from './PreviewPara';
import type { PreviewPara as SplitPara } from './table-rows';

/**
 * A laid-out table, drawn as the DOCX prints it: fixed column widths in mm, single black
 * borders, cell padding from the profile, header rows in <thead> (a browser's print repeats them
 * on each page, as Word repeats rows marked as header rows), merged cells as col/row spans.
 */
export function PreviewTable({ para }: { para: Para }): JSX.Element | null {
  const t = para.table;
  if (!t) return null;
  const border = `${t.borderPt}pt solid #000`;
  // A later part of a table split across pages starts with its header rows again, shown only at the top of a page.
  const repeat = (para as SplitPara).repeatRows ?? 0;
  const rows = t.rows.slice(repeat);
  const head = rows.filter((r) => r.header);
  const body = rows.filter((r) => !r.header);
  const row = (r: (typeof t.rows)[number], i: number, header: boolean, repeated = false) => (
    <tr key={i} data-header={(header && !repeated) || undefined} data-repeat={repeated || undefined}>
      {r.cells.map((cell) => (
        <td
          key={cell.col}
          colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
          rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
          style={{ border, padding: `0 ${t.cellMarginMm}mm`, verticalAlign: header ? 'middle' : 'top' }}
        >
          {cell.paras.map((p, k) => (
            <PreviewPara key={k} para={p} />
          ))}
        </td>
      ))}
    </tr>
  );
  return (
    <table
      data-kind="table"
      data-testid="preview-table"
      data-source-id={para.sourceId}
      style={{ borderCollapse: 'collapse', tableLayout: 'fixed', width: `${t.widthsMm.reduce((a, b) => a + b, 0)}mm` }}
    >
      <colgroup>
        {t.widthsMm.map((w, i) => (
          <col key={i} style={{ width: `${w}mm` }} />
        ))}
      </colgroup>
      {repeat > 0 && <thead className="kh-repeat-header" data-repeat>{t.rows.slice(0, repeat).map((r, i) => row(r, i, true, true))}</thead>}
      {head.length > 0 && <thead>{head.map((r, i) => row(r, i, true))}</thead>}
      <tbody>{body.map((r, i) => row(r, i, false))}</tbody>
    </table>
  );
}
