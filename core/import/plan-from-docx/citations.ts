import { DOCUMENT_TYPES, type DocumentRef } from '../../model/document-ref';
import { CHAIN_LINKS } from '../../model/organisation';

/**
 * Citations of documents read off running text: "Chỉ thị số 32-CT/TU, ngày 24/4/2024 của Ban
 * Thường vụ Thành ủy về …", "Quyết định số 4045/QĐ-UBND ngày 11/8/2023 và Quyết định số
 * 4354/QĐ-UBND ngày 31/8/2023 của UBND thành phố Hà Nội về …", chains "… về thực hiện Nghị quyết
 * số 71-NQ/TW …". Party numbers are joined to the symbol by "-", state ones by "/".
 */

export type CitedDocument = Omit<DocumentRef, 'id' | 'implementsId'> & { implements?: CitedDocument };

export interface CitationStyleSeen {
  commaBeforeDate: boolean;
  dateStyle: 'numeric' | 'words';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TYPES = [...DOCUMENT_TYPES, 'Quy chế phối hợp', 'Kế hoạch phối hợp', 'Chương trình phối hợp', 'Hướng dẫn liên tịch']
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
/** "Chỉ thị số 32-CT/TU", "Quyết định số 4045/QĐ-UBND", "Nghị định 30/2020/NĐ-CP" ("số" often left out). */
const HEAD = new RegExp(`(${TYPES})\\s+(?:số\\s*:?\\s*)?(\\d+)\\s*([-/])\\s*([\\p{Lu}\\d][\\p{L}\\d&]*(?:[-/][\\p{L}\\d&]+)*)`, 'giu');
const DATE = /^(,?)\s*ngày\s+(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/u;
const LINKS = [...CHAIN_LINKS].sort((a, b) => b.length - a.length);

const pad = (n: string): string => n.padStart(2, '0');
const iso = (d: string, m: string, y: string): string => `${y}-${pad(m)}-${pad(d)}`;

interface Head {
  start: number;
  end: number;
  type: string;
  number: string;
  symbol: string;
  regime: 'dang' | 'nha-nuoc';
}

/** Every citation head in `text`, in order. */
export function findHeads(text: string): Head[] {
  const out: Head[] = [];
  for (const m of text.matchAll(HEAD)) {
    const typed = m[1]!;
    const type = DOCUMENT_TYPES.find((t) => t.toLowerCase() === typed.toLowerCase()) ?? typed;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: type[0]!.toUpperCase() + type.slice(1), number: m[2]!, symbol: m[4]!, regime: m[3] === '-' ? 'dang' : 'nha-nuoc' });
  }
  return out;
}

/**
 * Reads the documents cited in a span made only of citations (the bases of an opening sentence:
 * "A; B và C"). Returns null when the span holds anything else, so the caller keeps it as text.
 */
export function parseCitationList(span: string): { documents: CitedDocument[]; style: CitationStyleSeen } | null {
  const heads = findHeads(span);
  if (heads.length === 0 || span.slice(0, heads[0]!.start).trim() !== '') return null;
  const style: CitationStyleSeen = { commaBeforeDate: false, dateStyle: 'numeric' };
  let styleSeen = false;
  // Split into top-level citations: a head preceded by a chain link belongs to the citation before it.
  const tops: Array<{ heads: Head[]; from: number; to: number; joinedByAnd: boolean }> = [];
  heads.forEach((head, i) => {
    const before = i === 0 ? '' : span.slice(heads[i - 1]!.end, head.start);
    const chained = i > 0 && LINKS.some((link) => new RegExp(`\\s${escape(link)}\\s*$`, 'u').test(before));
    if (chained) tops[tops.length - 1]!.heads.push(head);
    else tops.push({ heads: [head], from: head.start, to: span.length, joinedByAnd: false });
  });
  for (let i = 0; i < tops.length - 1; i += 1) {
    const next = tops[i + 1]!;
    const gap = span.slice(0, next.from);
    const sep = /(;|,|\svà)\s*$/u.exec(gap);
    if (!sep) return null;
    tops[i]!.to = next.from - sep[0].length;
    tops[i]!.joinedByAnd = sep[1]!.trim() === 'và';
  }
  const documents: CitedDocument[] = [];
  for (const top of tops) {
    const doc = parseOne(span.slice(top.from, top.to), top.heads.map((h) => ({ ...h, start: h.start - top.from, end: h.end - top.from })), (seen) => {
      if (!styleSeen) Object.assign(style, seen);
      styleSeen = true;
    });
    if (!doc) return null;
    documents.push(doc);
  }
  // "A ngày … và B ngày … của <issuer> về <subject>": A takes B's issuer and subject.
  for (let i = tops.length - 2; i >= 0; i -= 1) {
    const doc = documents[i]!;
    const next = documents[i + 1]!;
    if (tops[i]!.joinedByAnd && doc.issuer === '' && doc.type === next.type) {
      doc.issuer = next.issuer;
      if (doc.subject === '' && !doc.implements) doc.subject = next.subject;
    }
  }
  return { documents, style };
}

/** One citation with its chain: head, date, "của <issuer>", then "về <subject>" or "<link> <parent>". */
function parseOne(text: string, heads: Head[], seeStyle: (s: CitationStyleSeen) => void): CitedDocument | null {
  const head = heads[0]!;
  let rest = text.slice(head.end);
  const doc: CitedDocument = { type: head.type, regime: head.regime, number: head.number, symbol: head.symbol, date: '', issuer: '', subject: '' };
  const date = DATE.exec(rest);
  if (date) {
    doc.date = date[2] ? iso(date[2], date[3]!, date[4]!) : iso(date[5]!, date[6]!, date[7]!);
    seeStyle({ commaBeforeDate: date[1] === ',', dateStyle: date[2] ? 'numeric' : 'words' });
    rest = rest.slice(date[0].length);
  }
  const chainAt = heads.length > 1 ? heads[1]!.start - head.end - (date ? date[0].length : 0) : -1;
  let tail = chainAt >= 0 ? rest.slice(0, chainAt) : rest;
  const issuer = /^\s*,?\s*của\s+(.+?)(?=\s+về\s|\s*$|\s+(?:thực hiện|triển khai thực hiện)\s*$)/u.exec(tail);
  if (issuer) {
    doc.issuer = issuer[1]!.trim();
    tail = tail.slice(issuer[0].length);
  }
  if (chainAt >= 0) {
    const link = tail.trim();
    if (!LINKS.includes(link as (typeof LINKS)[number]) && link !== '') return null;
    if (link !== 'về thực hiện') doc.chainLink = link;
    const parent = parseOne(text.slice(heads[1]!.start), heads.slice(1).map((h) => ({ ...h, start: h.start - heads[1]!.start, end: h.end - heads[1]!.start })), () => undefined);
    if (!parent) return null;
    doc.implements = parent;
    return doc;
  }
  const subject = tail.trim();
  if (subject !== '' && !/^về\s/u.test(subject)) return null;
  doc.subject = subject;
  return doc;
}
