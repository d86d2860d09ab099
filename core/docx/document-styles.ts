import { type IParagraphStyleOptions, type IStylesOptions, UnderlineType } from 'docx';
import type { LaidOutDocument } from '../render/layout-types';
import { ptToHalfPoints } from './docx-units';
import { type Look, NORMAL_ID, neutralLook, styleSheet, type StyleDef } from './style-sheet';

/**
 * The font is set once, in the document defaults, for all four script slots, so every run
 * (including text typed later in Word) is Times New Roman. Vietnamese letters fall in hAnsi; cs
 * and eastAsia are set too so no theme font can slip in.
 *
 * Then the named paragraph styles of style-sheet.ts. Each writes only what differs from the style
 * it is based on (a heading only what differs from the body), so a clerk who changes "Thân văn
 * bản" in Word changes the headings' shared figures with it.
 */
export function documentStyles(laidOut: LaidOutDocument): IStylesOptions {
  const font = laidOut.font;
  const size = ptToHalfPoints(laidOut.profile.body.sizePt);
  const sheet = styleSheet(laidOut);
  const looks = new Map<string, Look>([[NORMAL_ID, neutralLook(laidOut)], ...sheet.map((s): [string, Look] => [s.id, s.look])]);
  return {
    default: {
      document: {
        run: { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font }, size, sizeComplexScript: size, color: '000000' },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      {
        id: NORMAL_ID,
        name: 'Normal',
        quickFormat: true,
        run: { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font }, size },
      },
      ...sheet.map((style) => paragraphStyle(style, looks.get(style.basedOn) ?? neutralLook(laidOut))),
    ],
  };
}

function paragraphStyle(style: StyleDef, base: Look): IParagraphStyleOptions {
  const look = style.look;
  const differs = <K extends keyof Look>(key: K): boolean => JSON.stringify(look[key]) !== JSON.stringify(base[key]);
  const spacing = differs('beforeTw') || differs('afterTw') || differs('line');
  return {
    id: style.id,
    name: style.name,
    basedOn: style.basedOn,
    ...(style.next ? { next: style.next } : {}),
    ...(style.quickFormat ? { quickFormat: true } : {}),
    paragraph: {
      ...(differs('align') ? { alignment: look.align } : {}),
      ...(spacing ? { spacing: { before: look.beforeTw, after: look.afterTw, ...look.line } } : {}),
      ...(differs('firstLineTw') ? { indent: { firstLine: look.firstLineTw } } : {}),
      ...(differs('keepNext') ? { keepNext: look.keepNext } : {}),
      ...(style.outlineLevel !== undefined ? { outlineLevel: style.outlineLevel } : {}),
    },
    run: {
      ...(differs('sizeHalfPt') ? { size: look.sizeHalfPt, sizeComplexScript: look.sizeHalfPt } : {}),
      ...(differs('bold') ? { bold: look.bold } : {}),
      ...(differs('italic') ? { italics: look.italic } : {}),
      ...(differs('underline') ? { underline: { type: look.underline ? UnderlineType.SINGLE : UnderlineType.NONE } } : {}),
    },
  };
}
