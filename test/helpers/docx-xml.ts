import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

/**
 * Reads an exported .docx the way Word would: unzip, parse the parts, and expose paragraphs,
 * runs, tables and section properties with the attributes the format rules are about. A
 * paragraph's and a run's figures are resolved through the style chain (see resolvePara), so
 * they are what Word shows, wherever in the file they are written.
 */

export interface DocxParts {
  document: XmlDocument;
  documentXml: string;
  settingsXml: string;
  stylesXml: string;
  styles: XmlDocument;
  /** Header parts by the type they are referenced as in sectPr: default, first. */
  headers: Record<string, XmlDocument>;
  files: string[];
}

const parse = (xml: string): XmlDocument => new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlDocument;

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the package`);
    return file.async('string');
  };
  const documentXml = await read('word/document.xml');
  const document = parse(documentXml);
  const rels = parse(await read('word/_rels/document.xml.rels'));
  const targets = new Map<string, string>();
  for (const rel of elements(rels, 'Relationship')) targets.set(rel.getAttribute('Id') ?? '', rel.getAttribute('Target') ?? '');
  const headers: Record<string, XmlDocument> = {};
  for (const ref of elements(document, 'w:headerReference')) {
    const target = targets.get(ref.getAttribute('r:id') ?? '');
    if (target) headers[ref.getAttribute('w:type') ?? 'default'] = parse(await read(`word/${target}`));
  }
  const stylesXml = await read('word/styles.xml');
  const styles = parse(stylesXml);
  const table = styleTable(styles);
  for (const part of [document, ...Object.values(headers)]) tableOfPart.set(part, table);
  return {
    document,
    documentXml,
    settingsXml: await read('word/settings.xml'),
    stylesXml,
    styles,
    headers,
    files: Object.keys(zip.files),
  };
}

export function elements(root: XmlDocument | Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag) as unknown as ArrayLike<Element>);
}

/** Direct children with the given tag. */
export function children(el: Element, tag: string): Element[] {
  return Array.from(el.childNodes as unknown as ArrayLike<Element>).filter((n) => n.nodeType === 1 && n.nodeName === tag);
}

export const child = (el: Element | undefined, tag: string): Element | undefined => (el ? children(el, tag)[0] : undefined);

const attr = (el: Element | undefined, name: string): string | undefined => el?.getAttribute(name) ?? undefined;
const num = (value: string | undefined): number | undefined => (value === undefined ? undefined : Number(value));

/* ---------------------------------------------------------------------------------------------
 * Styles. A paragraph's formatting is read the way Word resolves it: the paragraph's (or run's)
 * own properties, then its style, the style that one is based on, and so on to the document
 * defaults. Every reader below (paraInfo, runInfo, resolvePara) goes through this one resolver,
 * so a test asserts what Word shows, whether the figure is written on the paragraph or its style.
 * ------------------------------------------------------------------------------------------- */

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

/** The style table each part read by readDocx resolves its paragraphs against. */
const tableOfPart = new WeakMap<object, StyleTable>();
const NO_STYLES: StyleTable = { byId: new Map() };

/** The style and the styles it is based on, nearest first. */
export function styleChain(table: StyleTable, id: string): Element[] {
  const chain: Element[] = [];
  for (let s = table.byId.get(id); s && !chain.includes(s); s = table.byId.get(child(s, 'w:basedOn')?.getAttribute('w:val') ?? '')) {
    chain.push(s);
  }
  return chain;
}

/** An on/off property like <w:b/>: on unless w:val says false; undefined when not there. */
const onOffOf = (el: Element | undefined): boolean | undefined =>
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

const attrIn = (tag: string, name: string) => (set: Element) => child(set, tag)?.getAttribute(name) || undefined;

export interface ResolvedRun {
  text: string;
  size?: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** w:u's value ("single", …); undefined when not underlined. */
  underlineType?: string;
  /** Character scale (w:w), percent. */
  scale?: string;
}

export interface ResolvedPara {
  styleId: string;
  styleName?: string;
  align?: string;
  before?: string;
  after?: string;
  line?: string;
  lineRule?: string;
  /** First-line and hanging indents are one property: whichever the nearest set that says one of them says. */
  firstLine?: string;
  hanging?: string;
  left?: string;
  right?: string;
  keepNext: boolean;
  outlineLevel?: number;
  markSize?: string;
  borderTop?: { val?: string; sz?: string };
  borderBottom?: { val?: string; sz?: string };
  runs: ResolvedRun[];
}

function resolveRun(sets: Array<Element | undefined>, text: string): ResolvedRun {
  const u = first(sets, attrIn('w:u', 'w:val'));
  const underlined = u !== undefined && u !== 'none';
  const scale = first(sets, attrIn('w:w', 'w:val'));
  return {
    text,
    size: first(sets, attrIn('w:sz', 'w:val')),
    bold: first(sets, (s) => onOffOf(child(s, 'w:b'))) ?? false,
    italic: first(sets, (s) => onOffOf(child(s, 'w:i'))) ?? false,
    underline: underlined,
    ...(underlined ? { underlineType: u } : {}),
    ...(scale !== undefined ? { scale } : {}),
  };
}

/** Paragraph properties through the sets, nearest first; `runs` already resolved. */
function resolveParaSets(styleId: string, table: StyleTable, pSets: Array<Element | undefined>, markSets: Array<Element | undefined>, runs: ResolvedRun[]): ResolvedPara {
  const outline = first(pSets, attrIn('w:outlineLvl', 'w:val'));
  const ind = first(pSets, (s) => {
    const el = child(s, 'w:ind');
    return el && (el.hasAttribute('w:firstLine') || el.hasAttribute('w:hanging')) ? el : undefined;
  });
  const hanging = attr(ind, 'w:hanging');
  const border = (side: string) => {
    const b = first(pSets, (s) => child(child(s, 'w:pBdr'), side));
    return b ? { val: attr(b, 'w:val'), sz: attr(b, 'w:sz') } : undefined;
  };
  const top = border('w:top');
  const bottom = border('w:bottom');
  return {
    styleId,
    styleName: child(table.byId.get(styleId), 'w:name')?.getAttribute('w:val') ?? undefined,
    // Word's default alignment when nothing says otherwise.
    align: first(pSets, attrIn('w:jc', 'w:val')) ?? 'left',
    before: first(pSets, attrIn('w:spacing', 'w:before')),
    after: first(pSets, attrIn('w:spacing', 'w:after')),
    line: first(pSets, attrIn('w:spacing', 'w:line')),
    lineRule: first(pSets, attrIn('w:spacing', 'w:lineRule')),
    ...(hanging !== undefined ? { hanging } : { firstLine: attr(ind, 'w:firstLine') }),
    left: first(pSets, (s) => attrIn('w:ind', 'w:left')(s) ?? attrIn('w:ind', 'w:start')(s)),
    right: first(pSets, (s) => attrIn('w:ind', 'w:right')(s) ?? attrIn('w:ind', 'w:end')(s)),
    keepNext: first(pSets, (s) => onOffOf(child(s, 'w:keepNext'))) ?? false,
    ...(outline !== undefined ? { outlineLevel: Number(outline) } : {}),
    markSize: first(markSets, attrIn('w:sz', 'w:val')),
    ...(top ? { borderTop: top } : {}),
    ...(bottom ? { borderBottom: bottom } : {}),
    runs,
  };
}

/** A paragraph as Word shows it: its own properties, then its style chain (Normal when it names none), then the defaults. */
export function resolvePara(p: Element, table: StyleTable = (p.ownerDocument && tableOfPart.get(p.ownerDocument)) || NO_STYLES): ResolvedPara {
  const pPr = child(p, 'w:pPr');
  const styleId = child(pPr, 'w:pStyle')?.getAttribute('w:val') ?? 'Normal';
  const chain = styleChain(table, styleId);
  const styleRSets = [...chain.map((s) => child(s, 'w:rPr')), table.rPrDefault];
  const runs = children(p, 'w:r').map((r) => resolveRun([child(r, 'w:rPr'), ...styleRSets], runText(r)));
  return resolveParaSets(styleId, table, [pPr, ...chain.map((s) => child(s, 'w:pPr')), table.pPrDefault], [child(pPr, 'w:rPr'), ...styleRSets], runs);
}

/** A style read on its own, as a paragraph that names it and says nothing else would look (one empty run). */
export function resolveStyle(table: StyleTable, id: string): ResolvedPara {
  const chain = styleChain(table, id);
  if (chain.length === 0) throw new Error(`no style ${id}`);
  const rSets = [...chain.map((s) => child(s, 'w:rPr')), table.rPrDefault];
  return resolveParaSets(id, table, [...chain.map((s) => child(s, 'w:pPr')), table.pPrDefault], rSets, [resolveRun(rSets, '')]);
}

/* ------------------------------------------------------------------------------------------- */

export interface RunInfo {
  text: string;
  /** Half-points, as Word resolves them (the run's own size, else its paragraph style's, else the default). */
  size?: number;
  bold: boolean;
  italic: boolean;
  underline?: string;
  scale?: number;
  /** The run itself names a font (w:rFonts of its own), instead of taking the document default. */
  hasFonts: boolean;
}

export interface ParaInfo {
  el: Element;
  /** The style the paragraph names (Normal when it names none). */
  styleId: string;
  text: string;
  runs: RunInfo[];
  align?: string;
  spacing: { before?: number; after?: number; line?: number; lineRule?: string };
  indent: { firstLine?: number; hanging?: number; left?: number; right?: number };
  borderBottom?: { val?: string; sz?: number };
  borderTop?: { val?: string; sz?: number };
  keepNext: boolean;
  /** Size of the paragraph mark (w:pPr/w:rPr/w:sz, else the style's), half-points. */
  markSize?: number;
}

/** A run's text as Word shows it: a non-breaking hyphen reads "-", a line break "\n". */
export function runText(r: Element): string {
  return Array.from(r.childNodes as unknown as ArrayLike<Element>)
    .map((n) => (n.nodeName === 'w:t' ? (n.textContent ?? '') : n.nodeName === 'w:noBreakHyphen' ? '-' : n.nodeName === 'w:br' ? '\n' : ''))
    .join('');
}

function toRunInfo(resolved: ResolvedRun, r: Element): RunInfo {
  return {
    text: resolved.text,
    size: num(resolved.size),
    bold: resolved.bold,
    italic: resolved.italic,
    underline: resolved.underlineType,
    scale: num(resolved.scale),
    hasFonts: child(child(r, 'w:rPr'), 'w:rFonts') !== undefined,
  };
}

/** A run as Word shows it, resolved through its paragraph's style. */
export function runInfo(r: Element): RunInfo {
  const p = r.parentNode as Element | null;
  const resolved = p && p.nodeName === 'w:p' ? resolvePara(p).runs[children(p, 'w:r').indexOf(r)] : undefined;
  return toRunInfo(resolved ?? resolveRun([child(r, 'w:rPr')], runText(r)), r);
}

/** A paragraph as Word shows it: every figure resolved through its style chain to the document defaults. */
export function paraInfo(p: Element): ParaInfo {
  const resolved = resolvePara(p);
  const runEls = children(p, 'w:r');
  const border = (b: ResolvedPara['borderTop']) => (b ? { val: b.val, sz: num(b.sz) } : undefined);
  const runs = resolved.runs.map((r, i) => toRunInfo(r, runEls[i]!));
  return {
    el: p,
    styleId: resolved.styleId,
    text: runs.map((r) => r.text).join(''),
    runs,
    align: resolved.align,
    spacing: { before: num(resolved.before), after: num(resolved.after), line: num(resolved.line), lineRule: resolved.lineRule },
    indent: { firstLine: num(resolved.firstLine), hanging: num(resolved.hanging), left: num(resolved.left), right: num(resolved.right) },
    borderBottom: border(resolved.borderBottom),
    borderTop: border(resolved.borderTop),
    keepNext: resolved.keepNext,
    markSize: num(resolved.markSize),
  };
}

export function paragraphs(root: XmlDocument | Element): ParaInfo[] {
  return elements(root, 'w:p').map(paraInfo);
}

/** The first paragraph whose text matches. */
export function findPara(root: XmlDocument | Element, match: string | RegExp): ParaInfo {
  const found = paragraphs(root).find((p) => (typeof match === 'string' ? p.text === match : match.test(p.text)));
  if (!found) throw new Error(`no paragraph matching ${String(match)}`);
  return found;
}

/** Top-level body tables (not nested), in order. */
export function bodyTables(doc: XmlDocument): Element[] {
  const body = elements(doc, 'w:body')[0];
  return body ? children(body, 'w:tbl') : [];
}

/** Width of a table cell in twips (w:tcW). */
export const cellWidth = (tc: Element): number => Number(attr(child(child(tc, 'w:tcPr'), 'w:tcW'), 'w:w'));

/** The cell a paragraph sits in. */
export function cellOf(p: ParaInfo): Element {
  let node = p.el.parentNode as Element | null;
  while (node && node.nodeName !== 'w:tc') node = node.parentNode as Element | null;
  if (!node) throw new Error(`paragraph "${p.text}" is not in a table cell`);
  return node;
}

/** Width a rule paragraph draws, in twips: its cell's width minus its side indents. */
export function ruleWidthTwips(p: ParaInfo, columnTwips: number): number {
  return columnTwips - (p.indent.left ?? 0) - (p.indent.right ?? 0);
}

export const twipsToMm = (twips: number): number => (twips * 25.4) / 1440;

export function sectPr(doc: XmlDocument): Element {
  const all = elements(doc, 'w:sectPr');
  const last = all[all.length - 1];
  if (!last) throw new Error('no sectPr');
  return last;
}

export const attrOf = (el: Element | undefined, name: string): string | undefined => attr(el, name);

/** True when the paragraph sits inside a table (header or closing block). */
export function inTable(p: ParaInfo): boolean {
  for (let node = p.el.parentNode as Element | null; node; node = node.parentNode as Element | null) {
    if (node.nodeName === 'w:tbl') return true;
  }
  return false;
}
