import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import { child, childElements, onOff, wAttr } from './docx-xml';

/**
 * Run and paragraph properties that styles give: the font (what decides a legacy encoding),
 * bold, alignment and list numbering. A run's property is its own, else its character style's,
 * else its paragraph style's (each along its basedOn chain), else the document default.
 */
export interface RunLook {
  font?: string;
  bold?: boolean;
}

interface StyleDef {
  basedOn?: string;
  run: RunLook;
  jc?: string;
  num?: { numId: string; ilvl: number };
}

export interface StyleSheet {
  runLook(rPr: XmlElement | undefined, rStyle: string | undefined, pStyle: string | undefined): Required<Pick<RunLook, 'bold'>> & RunLook;
  paragraphJc(pStyle: string | undefined): string | undefined;
  paragraphNum(pStyle: string | undefined): { numId: string; ilvl: number } | undefined;
}

/** The font of runs written in the high half of Latin-1 (where legacy letters live): hAnsi, else ascii. */
export function runFont(rPr: XmlElement | undefined): string | undefined {
  const fonts = child(rPr, 'rFonts');
  return wAttr(fonts, 'hAnsi') ?? wAttr(fonts, 'ascii');
}

export const runLookOf = (rPr: XmlElement | undefined): RunLook => ({ font: runFont(rPr), bold: onOff(child(rPr, 'b')) });

export function readStyleSheet(styles: XmlDocument | undefined): StyleSheet {
  const defs = new Map<string, StyleDef>();
  let defaultParagraph: string | undefined;
  let docDefault: RunLook = {};
  const root = styles?.documentElement;
  for (const el of childElements(root)) {
    if (el.localName === 'docDefaults') docDefault = runLookOf(child(child(el, 'rPrDefault'), 'rPr'));
    if (el.localName !== 'style') continue;
    const id = wAttr(el, 'styleId');
    if (!id) continue;
    if (wAttr(el, 'type') === 'paragraph' && (wAttr(el, 'default') === '1' || wAttr(el, 'default') === 'true')) defaultParagraph = id;
    const pPr = child(el, 'pPr');
    const numPr = child(pPr, 'numPr');
    const numId = wAttr(child(numPr, 'numId'), 'val');
    defs.set(id, {
      basedOn: wAttr(child(el, 'basedOn'), 'val'),
      run: runLookOf(child(el, 'rPr')),
      jc: wAttr(child(pPr, 'jc'), 'val'),
      num: numId ? { numId, ilvl: Number(wAttr(child(numPr, 'ilvl'), 'val') ?? 0) } : undefined,
    });
  }
  /** Walks a style's basedOn chain (cycle-safe) and returns the first value found. */
  const inherit = <T>(id: string | undefined, pick: (d: StyleDef) => T | undefined): T | undefined => {
    const seen = new Set<string>();
    for (let at = id; at && !seen.has(at); at = defs.get(at)?.basedOn) {
      seen.add(at);
      const def = defs.get(at);
      const v = def ? pick(def) : undefined;
      if (v !== undefined) return v;
    }
    return undefined;
  };
  return {
    runLook(rPr, rStyle, pStyle) {
      const own = runLookOf(rPr);
      const para = pStyle ?? defaultParagraph;
      return {
        font: own.font ?? inherit(rStyle, (d) => d.run.font) ?? inherit(para, (d) => d.run.font) ?? docDefault.font,
        bold: own.bold ?? inherit(rStyle, (d) => d.run.bold) ?? inherit(para, (d) => d.run.bold) ?? docDefault.bold ?? false,
      };
    },
    paragraphJc: (pStyle) => inherit(pStyle ?? defaultParagraph, (d) => d.jc),
    paragraphNum: (pStyle) => inherit(pStyle, (d) => d.num),
  };
}
