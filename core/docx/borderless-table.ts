import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType, type VerticalMergeType } from 'docx';

/**
 * Borderless, fixed-width tables for the two-column header and closing blocks. Cell margins are
 * zero so a cell's content width is exactly its column width, which is what the centred rules
 * are measured against.
 */

const NO_BORDER = { style: 'nil', size: 0, color: 'auto' } as const;
const NO_CELL_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

export interface CellSpec {
  children: Array<Paragraph | Table>;
  widthTwips: number;
  columnSpan?: number;
  verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
  verticalAlign?: 'top' | 'center' | 'bottom';
}

export function cell(spec: CellSpec): TableCell {
  return new TableCell({
    // Word requires every cell to end with a paragraph: an empty cell gets an empty one.
    children: spec.children.length > 0 ? spec.children : [new Paragraph({})],
    width: { size: spec.widthTwips, type: WidthType.DXA },
    borders: NO_CELL_BORDERS,
    ...(spec.columnSpan && spec.columnSpan > 1 ? { columnSpan: spec.columnSpan } : {}),
    ...(spec.verticalMerge ? { verticalMerge: spec.verticalMerge } : {}),
    ...(spec.verticalAlign ? { verticalAlign: spec.verticalAlign } : {}),
  });
}

/** Null when there is no row with a cell: Word refuses a table without rows or a row without cells. */
export function borderlessTable(rows: TableCell[][], columnWidthsTwips: number[]): Table | null {
  const nonEmpty = rows.filter((cells) => cells.length > 0);
  if (nonEmpty.length === 0) return null;
  return new Table({
    rows: nonEmpty.map((cells) => new TableRow({ children: cells, cantSplit: true })),
    width: { size: columnWidthsTwips.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columnWidthsTwips,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}
