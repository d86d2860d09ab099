import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Para, TableLayout } from '../render/layout-types';
import { mmToTwips } from './docx-units';
import { paragraphFromPara } from './paragraph';
import type { StyleSheet } from './style-sheet';

/**
 * A table of the plan → a real Word table (w:tbl): fixed column widths (w:gridCol) filling the
 * text area, single black borders, header rows marked "repeat as header row" (w:tblHeader) so
 * Word and Writer draw them again at the top of each page, merged cells as w:gridSpan and
 * w:vMerge (the docx library writes the continuation cells of a row span). Cell text names the
 * "Chữ trong bảng" / "Tiêu đề cột bảng" styles like every other paragraph.
 */
/**
 * What every table of the export shares (the plan's and the comparison's): fixed column widths
 * (twips) filling their sum, single black borders of the profile's weight, the profile's cell padding.
 */
export function tableFrame(widths: number[], borderPt: number, cellMarginMm: number) {
  const line = { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(borderPt * 8)), color: '000000' } as const;
  const margin = mmToTwips(cellMarginMm);
  return {
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    margins: { top: 0, bottom: 0, left: margin, right: margin },
  };
}

export function tableFromPara(p: Para, sheet: StyleSheet): Table {
  const t = p.table as TableLayout;
  const widths = t.widthsMm.map(mmToTwips);
  const cellWidthMm = (col: number, span: number) => t.widthsMm.slice(col, col + span).reduce((a, b) => a + b, 0);
  return new Table({
    ...tableFrame(widths, t.borderPt, t.cellMarginMm),
    rows: t.rows.map(
      (row, r) =>
        new TableRow({
          ...(row.header ? { tableHeader: true, cantSplit: true } : {}),
          children: row.cells.map((cell) => {
            const inner = cellWidthMm(cell.col, cell.colSpan) - 2 * t.cellMarginMm;
            // A table that ends the body keeps with the closing block, as the last paragraph would: its last row keeps with next.
            const keep = p.keepWithNext === true && r === t.rows.length - 1;
            const paras = cell.paras.map((cp) => paragraphFromPara(keep ? { ...cp, keepWithNext: true } : cp, inner, sheet));
            return new TableCell({
              children: paras.length ? paras : [new Paragraph({})],
              width: { size: widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0), type: WidthType.DXA },
              ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
              ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
              ...(row.header ? { verticalAlign: VerticalAlign.CENTER } : {}),
            });
          }),
        }),
    ),
  });
}
