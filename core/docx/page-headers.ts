import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { LaidOutDocument } from '../render/layout-types';
import { ptToHalfPoints } from './docx-units';
import { textAreaWidth } from './geometry';
import { paragraphFromPara } from './paragraph';

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

export function firstPageHeader(laidOut: LaidOutDocument): Header {
  const width = textAreaWidth(laidOut).mm;
  const first = laidOut.circulation
    ? paragraphFromPara(laidOut.circulation, width)
    : laidOut.pageNumber.onFirstPage
      ? null
      : new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });
  if (first) return new Header({ children: [first] });
  return pageNumberHeader(laidOut);
}
