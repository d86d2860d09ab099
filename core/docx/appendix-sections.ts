import type { ISectionOptions, Paragraph, Table } from 'docx';
import type { LaidOutDocument } from '../render/layout-types';
import { mmToTwips } from './docx-units';
import { pageNumberHeader } from './page-headers';
import { pageSetup } from './page-setup';
import { paragraphFromPara } from './paragraph';
import type { StyleSheet } from './style-sheet';
import { tableFromPara } from './table';

/**
 * Each Phụ lục is a section of its own (a new page): portrait or landscape (w:orient="landscape",
 * w:pgSz width and height swapped), the plan's margins, the page number continuing in the header.
 */
export function appendixSections(laidOut: LaidOutDocument, sheet: StyleSheet): ISectionOptions[] {
  return (laidOut.appendices ?? []).map((a) => {
    const widthMm = a.page.widthMm - laidOut.page.leftMm - laidOut.page.rightMm;
    const children: Array<Paragraph | Table> = a.paras.map((p) => (p.table ? tableFromPara(p, sheet) : paragraphFromPara(p, widthMm, sheet)));
    return appendixSection(laidOut, a.orientation === 'landscape', children);
  });
}

/** One Phụ lục's section: its own page setup and orientation, the page number header, these children (also used by the comparison file). */
export function appendixSection(laidOut: LaidOutDocument, landscape: boolean, children: Array<Paragraph | Table>): ISectionOptions {
  return {
    properties: {
      page: {
        ...pageSetup(laidOut).page,
        // The docx library swaps width and height itself for a landscape page: give it the portrait sheet.
        size: { width: mmToTwips(laidOut.page.widthMm), height: mmToTwips(laidOut.page.heightMm), orientation: landscape ? 'landscape' : 'portrait' },
      },
    },
    headers: { default: pageNumberHeader(laidOut) },
    children,
  } as ISectionOptions;
}
