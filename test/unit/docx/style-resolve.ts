import type { Document as XmlDocument, Element } from '@xmldom/xmldom';
import { child, children, elements, runText } from '../../helpers/docx-xml';

/**
 * Reads a paragraph's formatting the way Word resolves it: the paragraph's own properties, then
 * its style, the style that one is based on, and so on to the document defaults. With
 * `ignoreStyles`, the paragraph is read as if it named no style (Normal), which is how files
 * were read before the writer named styles: equal results mean a style changes nothing on paper.
 */

export interface ResolvedRun {
  text: string;
  size?: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface ResolvedPara {
  styleId: string;
  styleName?: string;
  align?: string;
  before?: string;
  after?: string;
  line?: string;
  lineRule?: string;
  firstLine?: string;
  left?: string;
  right?: string;
  keepNext: boolean;
  outlineLevel?: number;
  markSize?: string;
  runs: ResolvedRun[];
}

export interface StyleTable {
  byId: Map<string, Element>;
  pPrDefault?: Element;
  rPrDefault?: Element;
}

export function styleTable(styles: XmlDocument): StyleTable {
  const byId = new Map<string, Element>();
  for (const s of elements(styles, 'w:style')) byId.set(s.getAttribute('w:styleId') ?? '', s);
  return {
    byId,
    pPrDefault: child(elements(styles, 'w:pPrDefault')[0], 'w:pPr'),
    rPrDefault: child(elements(styles, 'w:rPrDefault')[0], 'w:rPr'),
  };
}

/** The style and the styles it is based on, nearest first. */
export function styleChain(table: StyleTable, id: string): Element[] {
  const chain: Element[] = [];
  for (let s = table.byId.get(id); s && !chain.includes(s); s = table.byId.get(child(s, 'w:basedOn')?.getAttribute('w:val') ?? '')) {
    chain.push(s);
  }
  return chain;
}

const onOff = (el: Element | undefined): boolean | undefined =>
  el === undefined ? undefined : !['false', '0', 'off'].includes(el.getAttribute('w:val') ?? '');

/** The first of the property sets that says anything about `read`. */
function first<T>(sets: Array<Element | undefined>, read: (set: Element) => T | undefined): T | undefined {
  for (const set of sets) {
    if (!set) continue;
    const value = read(set);
    if (value !== undefined) return value;
  }
  return undefined;
}

const attrOf = (tag: string, name: string) => (set: Element) => child(set, tag)?.getAttribute(name) || undefined;

export function resolvePara(p: Element, table: StyleTable, ignoreStyles = false): ResolvedPara {
  const pPr = child(p, 'w:pPr');
  const named = child(pPr, 'w:pStyle')?.getAttribute('w:val') ?? 'Normal';
  const styleId = ignoreStyles ? 'Normal' : named;
  const chain = styleChain(table, styleId);
  const pSets = [pPr, ...chain.map((s) => child(s, 'w:pPr')), table.pPrDefault];
  const styleRSets = [...chain.map((s) => child(s, 'w:rPr')), table.rPrDefault];
  const runs = children(p, 'w:r').map((r): ResolvedRun => {
    const sets = [child(r, 'w:rPr'), ...styleRSets];
    const u = first(sets, attrOf('w:u', 'w:val'));
    return {
      text: runText(r),
      size: first(sets, attrOf('w:sz', 'w:val')),
      bold: first(sets, (s) => onOff(child(s, 'w:b'))) ?? false,
      italic: first(sets, (s) => onOff(child(s, 'w:i'))) ?? false,
      underline: u !== undefined && u !== 'none',
    };
  });
  const outline = first(pSets, attrOf('w:outlineLvl', 'w:val'));
  return {
    styleId,
    styleName: child(table.byId.get(styleId), 'w:name')?.getAttribute('w:val') ?? undefined,
    // Word's default alignment when nothing says otherwise.
    align: first(pSets, attrOf('w:jc', 'w:val')) ?? 'left',
    before: first(pSets, attrOf('w:spacing', 'w:before')),
    after: first(pSets, attrOf('w:spacing', 'w:after')),
    line: first(pSets, attrOf('w:spacing', 'w:line')),
    lineRule: first(pSets, attrOf('w:spacing', 'w:lineRule')),
    firstLine: first(pSets, attrOf('w:ind', 'w:firstLine')),
    left: first(pSets, (s) => attrOf('w:ind', 'w:left')(s) ?? attrOf('w:ind', 'w:start')(s)),
    right: first(pSets, (s) => attrOf('w:ind', 'w:right')(s) ?? attrOf('w:ind', 'w:end')(s)),
    keepNext: first(pSets, (s) => onOff(child(s, 'w:keepNext'))) ?? false,
    ...(outline !== undefined ? { outlineLevel: Number(outline) } : {}),
    markSize: first([child(pPr, 'w:rPr'), ...styleRSets], attrOf('w:sz', 'w:val')),
    runs,
  };
}

/** A style read on its own, as a paragraph that names it and says nothing else would look. */
export function resolveStyle(table: StyleTable, id: string): ResolvedPara {
  const chain = styleChain(table, id);
  if (chain.length === 0) throw new Error(`no style ${id}`);
  const sets = [...chain.map((s) => child(s, 'w:pPr')), table.pPrDefault];
  const rSets = [...chain.map((s) => child(s, 'w:rPr')), table.rPrDefault];
  const outline = first(sets, attrOf('w:outlineLvl', 'w:val'));
  const u = first(rSets, attrOf('w:u', 'w:val'));
  return {
    styleId: id,
    styleName: child(chain[0], 'w:name')?.getAttribute('w:val') ?? undefined,
    align: first(sets, attrOf('w:jc', 'w:val')) ?? 'left',
    before: first(sets, attrOf('w:spacing', 'w:before')),
    after: first(sets, attrOf('w:spacing', 'w:after')),
    line: first(sets, attrOf('w:spacing', 'w:line')),
    lineRule: first(sets, attrOf('w:spacing', 'w:lineRule')),
    firstLine: first(sets, attrOf('w:ind', 'w:firstLine')),
    keepNext: first(sets, (s) => onOff(child(s, 'w:keepNext'))) ?? false,
    ...(outline !== undefined ? { outlineLevel: Number(outline) } : {}),
    markSize: first(rSets, attrOf('w:sz', 'w:val')),
    runs: [
      {
        text: '',
        size: first(rSets, attrOf('w:sz', 'w:val')),
        bold: first(rSets, (s) => onOff(child(s, 'w:b'))) ?? false,
        italic: first(rSets, (s) => onOff(child(s, 'w:i'))) ?? false,
        underline: u !== undefined && u !== 'none',
      },
    ],
  };
}
