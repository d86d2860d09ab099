import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import type { LaidOutDocument } from '../render/layout-types';
import { ptToHalfPoints } from './docx-units';
import { paragraphProps, runProps } from './look-diff';
import { type Look, NORMAL_ID, type StyleDef, type StyleSheet } from './style-sheet';

/**
 * The font is set once, in the document defaults, for all four script slots, so every run
 * (including text typed later in Word) is Times New Roman. Vietnamese letters fall in hAnsi; cs
 * and eastAsia are set too so no theme font can slip in.
 *
 * The paragraph defaults say single spacing and no space before or after, so what the Normal
 * look (style-sheet.ts) assumes is written in the file, not left to the word processor.
 *
 * Then the named paragraph styles of style-sheet.ts. Each writes only what differs from the style
 * it is based on (a heading only what differs from the body), so a clerk who changes "Thân văn
 * bản" in Word changes the headings' shared figures with it.
 */
export function documentStyles(laidOut: LaidOutDocument, sheet: StyleSheet): IStylesOptions {
  const font = laidOut.font;
  const size = ptToHalfPoints(laidOut.profile.body.sizePt);
  const normal = sheet.normal;
  return {
    default: {
      document: {
        run: { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font }, size, sizeComplexScript: size, color: '000000' },
        paragraph: { spacing: { before: normal.beforeTw, after: normal.afterTw, ...normal.line } },
      },
    },
    paragraphStyles: [
      {
        id: NORMAL_ID,
        name: 'Normal',
        quickFormat: true,
        run: { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font }, size },
      },
      ...sheet.styles.map((style) => paragraphStyle(style, sheet.looks.get(style.basedOn) ?? normal)),
    ],
  };
}

function paragraphStyle(style: StyleDef, base: Look): IParagraphStyleOptions {
  return {
    id: style.id,
    name: style.name,
    basedOn: style.basedOn,
    ...(style.next ? { next: style.next } : {}),
    ...(style.quickFormat ? { quickFormat: true } : {}),
    paragraph: {
      ...paragraphProps(style.look, base),
      ...(style.outlineLevel !== undefined ? { outlineLevel: style.outlineLevel } : {}),
    },
    run: runProps(style.look, base),
  };
}
