import type { LaidOutDocument } from '../render/layout-types';
import { mmToTwips } from './docx-units';

/** Width of the text area between the margins, in mm and in twips (165 mm = 9355 twips on A4). */
export function textAreaWidth(laidOut: LaidOutDocument): { mm: number; twips: number } {
  const { widthMm, leftMm, rightMm } = laidOut.page;
  // Subtract rounded twips so the columns add up exactly to what Word computes from sectPr.
  const twips = mmToTwips(widthMm) - mmToTwips(leftMm) - mmToTwips(rightMm);
  return { mm: widthMm - leftMm - rightMm, twips };
}

/** Split the text area into a left column of `leftPct` percent and a right column. */
export function twoColumns(laidOut: LaidOutDocument, leftPct: number) {
  const area = textAreaWidth(laidOut);
  const leftTwips = Math.round((area.twips * leftPct) / 100);
  const leftMm = (area.mm * leftPct) / 100;
  return {
    left: { twips: leftTwips, mm: leftMm },
    right: { twips: area.twips - leftTwips, mm: area.mm - leftMm },
  };
}
