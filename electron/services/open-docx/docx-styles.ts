import { type XmlElement, onOff, wAttr, wChild, wChildren } from './wordml';

/**
 * The run look a style chain gives (w:basedOn followed to the root, nearer styles win): clerks'
 * plans set bold headings and legacy fonts in styles at least as often as on the runs.
 */
export interface RunLook {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  font?: string;
}

interface StyleDef {
  name?: string;
  basedOn?: string;
  run: RunLook;
  align?: string;
  numPr?: XmlElement;
}

export interface StyleSheet {
  defaults: RunLook;
  /** The style a paragraph without w:pStyle has (Normal). */
  defaultParagraphId?: string;
  paragraphLook(styleId: string | undefined): RunLook;
  runStyleLook(styleId: string | undefined): RunLook;
  styleName(styleId: string | undefined): string | undefined;
  styleAlign(styleId: string | undefined): string | undefined;
  /** The w:numPr a paragraph style carries (a heading style linked to a numbered list). */
  styleNumPr(styleId: string | undefined): XmlElement | undefined;
}

export function runLookOf(rPr: XmlElement | undefined): RunLook {
  const look: RunLook = {};
  if (!rPr) return look;
  const bold = onOff(rPr, 'b');
  if (bold !== undefined) look.bold = bold;
  const italic = onOff(rPr, 'i');
  if (italic !== undefined) look.italic = italic;
  const caps = onOff(rPr, 'caps');
  if (caps !== undefined) look.caps = caps;
  const u = wChild(rPr, 'u');
  if (u) look.underline = wAttr(u, 'val') !== 'none';
  const fonts = wChild(rPr, 'rFonts');
  const font = wAttr(fonts, 'ascii') ?? wAttr(fonts, 'hAnsi') ?? wAttr(fonts, 'cs');
  if (font) look.font = font;
  return look;
}

/** `over` wins where it says something. */
export const mergeLook = (under: RunLook, over: RunLook): RunLook => ({ ...under, ...over });

export function readStyleSheet(styles: XmlElement | undefined): StyleSheet {
  const defs = new Map<string, StyleDef>();
  let defaults: RunLook = {};
  let defaultParagraphId: string | undefined;
  if (styles) {
    const docDefaults = wChild(styles, 'docDefaults');
    defaults = runLookOf(wChild(wChild(docDefaults, 'rPrDefault'), 'rPr'));
    for (const style of wChildren(styles, 'style')) {
      const id = wAttr(style, 'styleId');
      if (!id) continue;
      if (wAttr(style, 'type') === 'paragraph' && ['1', 'true', 'on'].includes(wAttr(style, 'default') ?? '')) defaultParagraphId = id;
      const basedOn = wAttr(wChild(style, 'basedOn'), 'val');
      const name = wAttr(wChild(style, 'name'), 'val');
      const align = wAttr(wChild(wChild(style, 'pPr'), 'jc'), 'val');
      const numPr = wChild(wChild(style, 'pPr'), 'numPr');
      defs.set(id, { ...(name ? { name } : {}), ...(basedOn ? { basedOn } : {}), ...(align ? { align } : {}), ...(numPr ? { numPr } : {}), run: runLookOf(wChild(style, 'rPr')) });
    }
  }
  const chainLook = (id: string | undefined): RunLook => {
    const chain: StyleDef[] = [];
    for (let cur = id ? defs.get(id) : undefined; cur && !chain.includes(cur) && chain.length < 20; cur = cur.basedOn ? defs.get(cur.basedOn) : undefined)
      chain.push(cur);
    return chain.reverse().reduce((look, def) => mergeLook(look, def.run), {} as RunLook);
  };
  const chainAlign = (id: string | undefined): string | undefined => {
    const seen = new Set<string>();
    for (let cur = id; cur && !seen.has(cur); cur = defs.get(cur)?.basedOn) {
      seen.add(cur);
      const align = defs.get(cur)?.align;
      if (align) return align;
    }
    return undefined;
  };
  const chainNumPr = (id: string | undefined): XmlElement | undefined => {
    const seen = new Set<string>();
    for (let cur = id; cur && !seen.has(cur); cur = defs.get(cur)?.basedOn) {
      seen.add(cur);
      const numPr = defs.get(cur)?.numPr;
      if (numPr) return numPr;
    }
    return undefined;
  };
  return {
    defaults,
    styleNumPr: chainNumPr,
    ...(defaultParagraphId ? { defaultParagraphId } : {}),
    paragraphLook: chainLook,
    runStyleLook: chainLook,
    styleName: (id) => (id ? defs.get(id)?.name : undefined),
    styleAlign: chainAlign,
  };
}
