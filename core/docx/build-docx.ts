import { Document, type Paragraph, type Table } from 'docx';
import type { LaidOutDocument } from '../render/layout-types';
import { closingTable } from './closing-table';
import { documentStyles } from './document-styles';
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
  // Keep-with-next (the last paragraph travels with the closing block) was decided by the layout.
  const body = laidOut.body;
  const children: Array<Paragraph | Table> = [
    ...(header ? [header] : []),
    ...laidOut.front.map((p) => paragraphFromPara(p, width)),
    ...body.map((p) => paragraphFromPara(p, width)),
    ...(closing ? [closing] : []),
  ];
  return new Document({
    creator: 'kehoach',
    title: laidOut.front.map((p) => p.runs.map((r) => r.text).join('')).filter(Boolean).slice(0, 2).join(' '),
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
