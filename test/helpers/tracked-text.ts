import type { Document as XmlDocument, Element } from '@xmldom/xmldom';
import { child, elements } from './docx-xml';

/**
 * The text a Word file with tracked changes gives once every change is accepted (or rejected),
 * read from its XML the way Word applies the changes: accepted, w:ins text stays, w:del text goes
 * and a paragraph whose mark was deleted joins the next one; rejected, the other way round. Body
 * paragraphs only (tables left out), one string per paragraph.
 */
export function trackedText(document: XmlDocument, mode: 'accept' | 'reject', skipStyles: string[] = []): string[] {
  const body = elements(document, 'w:body')[0]!;
  const out: string[] = [];
  let carry = '';
  for (const p of elements(body, 'w:p')) {
    if (insideTable(p)) continue;
    if (skipStyles.includes(child(child(p, 'w:pPr'), 'w:pStyle')?.getAttribute('w:val') ?? '')) continue;
    const mark = child(child(p, 'w:pPr'), 'w:rPr');
    const markGone = mode === 'accept' ? child(mark, 'w:del') !== undefined : child(mark, 'w:ins') !== undefined;
    let text = '';
    for (const node of textNodes(p)) {
      const inIns = ancestor(node, 'w:ins');
      const inDel = ancestor(node, 'w:del');
      if (mode === 'accept' && !inDel) text += nodeText(node);
      if (mode === 'reject' && !inIns) text += nodeText(node);
    }
    // The empty paragraph that carries a section break after a table (Word needs one) is not text.
    if (text === '' && carry === '' && child(child(p, 'w:pPr'), 'w:sectPr') !== undefined) continue;
    if (markGone) carry += text;
    else {
      out.push(carry + text);
      carry = '';
    }
  }
  return out;
}

const insideTable = (el: Element): boolean => ancestor(el, 'w:tbl');

/** Text, deleted text and non-breaking hyphens (a number symbol's "-"), in document order. */
const textNodes = (p: Element): Element[] => [...elements(p, 'w:t'), ...elements(p, 'w:delText'), ...elements(p, 'w:noBreakHyphen')].sort(documentOrder);
const nodeText = (node: Element): string => (node.nodeName === 'w:noBreakHyphen' ? '-' : (node.textContent ?? ''));

function ancestor(el: Element, tag: string): boolean {
  for (let n = el.parentNode as Element | null; n; n = n.parentNode as Element | null) if (n.nodeName === tag) return true;
  return false;
}

function documentOrder(a: Element, b: Element): number {
  // DOCUMENT_POSITION_FOLLOWING = 4 is not implemented by xmldom everywhere: compare paths instead.
  const path = (e: Element): number[] => {
    const out: number[] = [];
    for (let n: Element | null = e; n && n.parentNode; n = n.parentNode as Element | null) {
      out.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
    }
    return out;
  };
  const pa = path(a);
  const pb = path(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return pa.length - pb.length;
}

/** The paragraphs inside the document's tables (header and closing blocks), changes accepted or rejected, in order. */
export function tableText(document: XmlDocument, mode: 'accept' | 'reject'): string[] {
  const body = elements(document, 'w:body')[0]!;
  // A row whose insertion is rejected, or whose deletion is accepted, goes with its cells.
  const rowGone = (p: Element): boolean => {
    let tr: Element | null = p.parentNode as Element | null;
    while (tr && tr.nodeName !== 'w:tr') tr = tr.parentNode as Element | null;
    const trPr = tr ? child(tr, 'w:trPr') : undefined;
    return child(trPr, mode === 'accept' ? 'w:del' : 'w:ins') !== undefined;
  };
  return elements(body, 'w:p')
    .filter((p) => insideTable(p) && !rowGone(p))
    .map((p) =>
      textNodes(p)
        .filter((node) => (mode === 'accept' ? !ancestor(node, 'w:del') : !ancestor(node, 'w:ins')))
        .map(nodeText)
        .join(''),
    );
}
