import { Document, type Paragraph, type Table } from 'docx';
import type { LaidOutDocument } from '../render/layout-types';
import { closingTable } from './closing-table';
import { documentStyles } from './document-styles';
import { documentTitle } from './document-title';
import { textAreaWidth } from './geometry';
import { headerTable } from './header-table';
import { firstPageHeader, pageNumberHeader } from './page-headers';
import { pageSetup } from './page-setup';
import { paragraphFromPara } from './paragraph';

/**
 * LaidOutDocument → docx Document. A dumb printer: every figure (size, weight, spacing, rule
 * width) was decided by layoutPlan from the format profile; this only translates it to WordprocessingML.
 */
export function buildDocx(laidOut: LaidOutDocument): Document {
  const width = textAreaWidth(laidOut).mm;
  const header = headerTable(laidOut);
  const closing = closingTable(laidOut);
  // The last paragraph travels with the closing block, so the signature never stands alone on a page.
  const body = laidOut.body.map((p, i) => (i === laidOut.body.length - 1 ? { ...p, keepWithNext: true } : p));
  const children: Array<Paragraph | Table> = [
    ...(header ? [header] : []),
    ...laidOut.front.map((p) => paragraphFromPara(p, width)),
    ...body.map((p) => paragraphFromPara(p, width)),
    ...(closing ? [closing] : []),
  ];
  return new Document({
    creator: 'kehoach',
    title: documentTitle(laidOut),
    styles: documentStyles(laidOut),
    sections: [
      {
        properties: pageSetup(laidOut),
        headers: { default: pageNumberHeader(laidOut), first: firstPageHeader(laidOut) },
        children,
      },
    ],
  });
}
