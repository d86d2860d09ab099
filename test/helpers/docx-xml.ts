import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

/**
 * Reads an exported .docx the way Word would: unzip, parse the parts, and expose paragraphs,
 * runs, tables and section properties with the attributes the format rules are about.
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
  return {
    document,
    documentXml,
    settingsXml: await read('word/settings.xml'),
    stylesXml,
    styles: parse(stylesXml),
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
/** An on/off property like <w:b/>: on unless w:val says false. */
const onOff = (el: Element | undefined): boolean => el !== undefined && !['false', '0', 'off'].includes(attr(el, 'w:val') ?? '');

export interface RunInfo {
  text: string;
  /** Half-points, as stored. */
  size?: number;
  bold: boolean;
  italic: boolean;
  underline?: string;
  scale?: number;
  hasFonts: boolean;
}

export interface ParaInfo {
  el: Element;
  text: string;
  runs: RunInfo[];
  align?: string;
  spacing: { before?: number; after?: number; line?: number; lineRule?: string };
  indent: { firstLine?: number; left?: number; right?: number };
  borderBottom?: { val?: string; sz?: number };
  borderTop?: { val?: string; sz?: number };
  keepNext: boolean;
  /** Size of the paragraph mark (w:pPr/w:rPr/w:sz), half-points. */
  markSize?: number;
}

/** A run's text as Word shows it: a non-breaking hyphen reads "-", a line break "\n". */
export function runText(r: Element): string {
  return Array.from(r.childNodes as unknown as ArrayLike<Element>)
    .map((n) => (n.nodeName === 'w:t' ? (n.textContent ?? '') : n.nodeName === 'w:noBreakHyphen' ? '-' : n.nodeName === 'w:br' ? '\n' : ''))
    .join('');
}

export function runInfo(r: Element): RunInfo {
  const rPr = child(r, 'w:rPr');
  return {
    text: runText(r),
    size: num(attr(child(rPr, 'w:sz'), 'w:val')),
    bold: onOff(child(rPr, 'w:b')),
    italic: onOff(child(rPr, 'w:i')),
    underline: attr(child(rPr, 'w:u'), 'w:val'),
    scale: num(attr(child(rPr, 'w:w'), 'w:val')),
    hasFonts: child(rPr, 'w:rFonts') !== undefined,
  };
}

export function paraInfo(p: Element): ParaInfo {
  const pPr = child(p, 'w:pPr');
  const spacing = child(pPr, 'w:spacing');
  const ind = child(pPr, 'w:ind');
  const bdr = child(pPr, 'w:pBdr');
  const border = (side: string) => {
    const b = child(bdr, side);
    return b ? { val: attr(b, 'w:val'), sz: num(attr(b, 'w:sz')) } : undefined;
  };
  const runs = children(p, 'w:r').map(runInfo);
  return {
    el: p,
    text: runs.map((r) => r.text).join(''),
    runs,
    align: attr(child(pPr, 'w:jc'), 'w:val'),
    spacing: {
      before: num(attr(spacing, 'w:before')),
      after: num(attr(spacing, 'w:after')),
      line: num(attr(spacing, 'w:line')),
      lineRule: attr(spacing, 'w:lineRule'),
    },
    indent: {
      firstLine: num(attr(ind, 'w:firstLine')),
      left: num(attr(ind, 'w:left') ?? attr(ind, 'w:start')),
      right: num(attr(ind, 'w:right') ?? attr(ind, 'w:end')),
    },
    borderBottom: border('w:bottom'),
    borderTop: border('w:top'),
    keepNext: onOff(child(pPr, 'w:keepNext')),
    markSize: num(attr(child(child(pPr, 'w:rPr'), 'w:sz'), 'w:val')),
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
