import { type TableElement, columnFractions, mergeAt, normalizeTable } from '../model/table';
import type { FormatProfile } from '../profiles/profile';
import { applyToneMarks } from '../text';
import type { Para, TableCellLayout, TableLayout, TableRowLayout } from './layout-types';
import { para } from './layout-para';

/**
 * A table of the plan laid out for paper: column widths in mm filling the text area, one cell
 * per merge (covered cells left out), each cell's text as paragraphs in the profile's table
 * figures ("Chữ trong bảng"; header rows "Tiêu đề cột bảng", bold and centred, repeated on each
 * page). Returned as one Para of kind 'table' so it sits in the body's order of paragraphs.
 */
export function layoutTable(
  table: TableElement,
  profile: FormatProfile,
  widthMm: number,
  toneMarks: 'ủy' | 'uỷ',
  sourceId?: string,
): Para {
  const t = normalizeTable(table);
  const f = profile.table;
  const header = t.headerRows ?? 1;
  const widthsMm = columnFractions(t).map((x) => Math.round(x * widthMm * 100) / 100);
  const cellParas = (value: string, isHeader: boolean): Para[] =>
    value.split('\n').map((line) => {
      const textLine = applyToneMarks(line.trim(), toneMarks);
      return para(isHeader ? 'table-heading' : 'table-cell', textLine === '' ? [] : [{ text: textLine, sizePt: f.sizePt, ...(isHeader && f.headerBold ? { bold: true } : {}) }], {
        align: isHeader ? f.headerAlign : f.align,
        sizePt: f.sizePt,
        spaceBeforePt: f.spaceBeforePt,
        spaceAfterPt: f.spaceAfterPt,
        line: { ...f.line },
      });
    });
  const rows: TableRowLayout[] = t.rows.map((row, r) => {
    const cells: TableCellLayout[] = [];
    row.forEach((value, c) => {
      const m = mergeAt(t, r, c);
      if (m && (m.row !== r || m.col !== c)) return; // covered by a merge starting elsewhere
      cells.push({ col: c, colSpan: m?.colSpan ?? 1, rowSpan: m?.rowSpan ?? 1, paras: cellParas(value, r < header) });
    });
    return { header: r < header, cells };
  });
  const layout: TableLayout = { widthsMm, rows, borderPt: f.borderPt, cellMarginMm: f.cellMarginMm };
  return { ...para('table', [], { sizePt: f.sizePt, align: 'left', ...(sourceId ? { sourceId } : {}) }), table: layout };
}
