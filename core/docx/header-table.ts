import type { Table } from 'docx';
import type { LaidOutDocument } from '../render/layout-types';
import { borderlessTable, cell } from './borderless-table';
import { twoColumns } from './geometry';
import { paragraphFromPara } from './paragraph';
import type { StyleSheet } from './style-sheet';

/**
 * The first-page header: bodies, `*` and number on the left; national title, its rule and the
 * date line on the right. Two rows so the number and the date line start on the same level.
 */
export function headerTable(laidOut: LaidOutDocument, sheet: StyleSheet): Table | null {
  const cols = twoColumns(laidOut, laidOut.header.leftWidthPct);
  const rows = laidOut.header.rows
    .filter((row) => row.left.length > 0 || row.right.length > 0)
    .map((row) => [
      cell({ children: row.left.map((p) => paragraphFromPara(p, cols.left.mm, sheet)), widthTwips: cols.left.twips }),
      cell({ children: row.right.map((p) => paragraphFromPara(p, cols.right.mm, sheet)), widthTwips: cols.right.twips }),
    ]);
  return borderlessTable(rows, [cols.left.twips, cols.right.twips]);
}
