import { AlignmentType, BorderStyle, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { LaidOutDocument, Para } from '../render/layout-types';
import { textWidthMm } from '../text/measure';
import { RULE_BORDER_EIGHTHS, mmToTwips, ptToHalfPoints } from './docx-units';
import { textRuns } from './runs';
import { textAreaWidth } from './geometry';
import { paragraphFromPara } from './paragraph';
import type { StyleSheet } from './style-sheet';

/**
 * Page numbers: Arabic, centred in the top margin, from page 2 on. The section has a distinct
 * first-page header (titlePage), which carries no number, only the circulation mark if any.
 */
export function pageNumberHeader(laidOut: LaidOutDocument): Header {
  const size = ptToHalfPoints(laidOut.pageNumber.sizePt);
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        run: { size },
        children: [new TextRun({ children: [PageNumber.CURRENT], size })],
      }),
    ],
  });
}

/**
 * The circulation mark at the top right of page 1. State documents frame it (ND30): the box is a
 * paragraph border, so the paragraph is narrowed by a left indent to hug the text.
 */
function circulationParagraph(laidOut: LaidOutDocument, mark: Para, sheet: StyleSheet): Paragraph {
  const width = textAreaWidth(laidOut).mm;
  if (!mark.framed) return paragraphFromPara(mark, width, sheet);
  const textMm = mark.runs.reduce((sum, r) => sum + textWidthMm(r.text, r.sizePt, r), 0);
  const side = { style: BorderStyle.SINGLE, size: RULE_BORDER_EIGHTHS, color: '000000', space: 2 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    indent: { left: mmToTwips(Math.max(0, width - textMm - FRAME_PAD_MM)), right: mmToTwips(1) },
    border: { top: side, bottom: side, left: side, right: side },
    children: textRuns(mark.runs, sheet.normal),
  });
}

/** Room between the framed mark's text and its box, so the box never forces a wrap. */
const FRAME_PAD_MM = 4;

export function firstPageHeader(laidOut: LaidOutDocument, sheet: StyleSheet): Header {
  const first = laidOut.circulation
    ? circulationParagraph(laidOut, laidOut.circulation, sheet)
    : laidOut.pageNumber.onFirstPage
      ? null
      : new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });
  if (first) return new Header({ children: [first] });
  return pageNumberHeader(laidOut);
}
