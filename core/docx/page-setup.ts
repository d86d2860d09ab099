import type { ISectionPropertiesOptions } from 'docx';
import type { LaidOutDocument } from '../render/layout-types';
import { mmToTwips } from './docx-units';

/**
 * A4 portrait with the profile's margins (20/20/30/15 mm = 1134/1134/1701/850 twips), the
 * header 10 mm from the top edge, and a distinct first page so page 1 carries no number.
 * Mirror margins for duplex printing are patched into settings.xml after packing
 * (see mirror-margins.ts): the docx library has no option for them.
 */
export function pageSetup(laidOut: LaidOutDocument): ISectionPropertiesOptions {
  const { page, pageNumber } = laidOut;
  return {
    page: {
      size: { width: mmToTwips(page.widthMm), height: mmToTwips(page.heightMm), orientation: 'portrait' },
      margin: {
        top: mmToTwips(page.topMm),
        bottom: mmToTwips(page.bottomMm),
        left: mmToTwips(page.leftMm),
        right: mmToTwips(page.rightMm),
        header: mmToTwips(pageNumber.fromTopMm),
        footer: mmToTwips(10),
        gutter: 0,
      },
    },
    // Always a distinct first page: it never shows the number, only the circulation mark.
    titlePage: true,
  };
}
