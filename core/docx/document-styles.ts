import type { IStylesOptions } from 'docx';
import type { LaidOutDocument } from '../render/layout-types';
import { ptToHalfPoints } from './docx-units';

/**
 * The font is set once, in the document defaults, for all four script slots, so every run
 * (including text typed later in Word) is Times New Roman. Vietnamese letters fall in hAnsi; cs
 * and eastAsia are set too so no theme font can slip in.
 */
export function documentStyles(laidOut: LaidOutDocument): IStylesOptions {
  const font = laidOut.font;
  const size = ptToHalfPoints(laidOut.profile.body.sizePt);
  return {
    default: {
      document: {
        run: { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font }, size, sizeComplexScript: size, color: '000000' },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font }, size },
      },
    ],
  };
}
