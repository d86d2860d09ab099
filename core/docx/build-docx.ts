import { Document, type Paragraph, type Table } from 'docx';
import type { LaidOutDocument } from '../render/layout-types';
import { closingTable } from './closing-table';
import { documentStyles } from './document-styles';
import { documentTitle } from './document-title';
import { docxFootnotes } from './footnotes';
import { textAreaWidth } from './geometry';
import { headerTable } from './header-table';
import { firstPageHeader, pageNumberHeader } from './page-headers';
import { pageSetup } from './page-setup';
import { paragraphFromPara } from './paragraph';
import { styleSheet } from './style-sheet';
import { tableFromPara } from './table';
import { appendixSections } from './appendix-sections';

/**
 * LaidOutDocument → docx Document. A dumb printer: every figure (size, weight, spacing, rule
 * width) was decided by layoutPlan from the format profile; this only translates it to WordprocessingML.
 */
export function buildDocx(laidOut: LaidOutDocument): Document {
  const width = textAreaWidth(laidOut).mm;
  const sheet = styleSheet(laidOut);
  const header = headerTable(laidOut, sheet);
  const closing = closingTable(laidOut, sheet);
  // Keep-with-next (the last paragraph travels with the closing block) was decided by the layout.
  const body = laidOut.body;
  const children: Array<Paragraph | Table> = [
    ...(header ? [header] : []),
    ...laidOut.front.map((p) => paragraphFromPara(p, width, sheet)),
    ...body.map((p) => (p.table ? tableFromPara(p, sheet) : paragraphFromPara(p, width, sheet))),
    ...(closing ? [closing] : []),
  ];
  return new Document({
    creator: 'kehoach',
    title: documentTitle(laidOut),
    styles: documentStyles(laidOut, sheet),
    ...(laidOut.footnotes ? { footnotes: docxFootnotes(laidOut, width, sheet) } : {}),
    sections: [
      {
        properties: pageSetup(laidOut),
        headers: { default: pageNumberHeader(laidOut), first: firstPageHeader(laidOut, sheet) },
        children,
      },
      ...appendixSections(laidOut, sheet),
    ],
  });
}
