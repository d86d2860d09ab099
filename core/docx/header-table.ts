import type { Paragraph, Table } from 'docx';
import type { LaidOutDocument, Para } from '../render/layout-types';
import { borderlessTable, cell } from './borderless-table';
import { twoColumns } from './geometry';
import { paragraphFromPara } from './paragraph';
import type { StyleSheet } from './style-sheet';

/**
 * The first-page header: bodies, `*` and number on the left; national title, its rule and the
 * date line on the right. Two rows so the number and the date line start on the same level.
 */
export function headerTable(
  laidOut: LaidOutDocument,
  sheet: StyleSheet,
  // The comparison DOCX writes some paragraphs with tracked changes; the export uses the plain one.
  makePara: (p: Para, columnWidthMm: number) => Paragraph = (p, w) => paragraphFromPara(p, w, sheet),
): Table | null {
  const cols = twoColumns(laidOut, laidOut.header.leftWidthPct);
  const rows = laidOut.header.rows
    .filter((row) => row.left.length > 0 || row.right.length > 0)
    .map((row) => [
      cell({ children: row.left.map((p) => makePara(p, cols.left.mm)), widthTwips: cols.left.twips }),
      cell({ children: row.right.map((p) => makePara(p, cols.right.mm)), widthTwips: cols.right.twips }),
    ]);
  return borderlessTable(rows, [cols.left.twips, cols.right.twips]);
}
