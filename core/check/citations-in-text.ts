import { DOCUMENT_TYPES, type DocumentRef } from '../model/document-ref';
import { textDates } from './text-dates';
import { memoByText } from '../text/text-memo';
import { LETTER, UPPER, isViLetter } from './vi-letters';

/**
 * Citations written as plain text in running text: "Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban
 * Thường vụ Thành ủy", "Chỉ thị 32-CT/TU", "Chương trình hành động số 05", "Công văn số
 * 3360/SGDĐT-CTTT", "Thông tư số 31/2017/TT-BGDĐT". Each part is kept with its range so a rule can
 * point at (and fix) exactly the wrong part.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface CitationMention {
  start: number;
  end: number;
  type: Span;
  /** The word "số" (absent when the clerk left it out). */
  so?: Span;
  number: Span;
  /** "CT/TU", "SGDĐT-CTTT", "2017/TT-BGDĐT", as typed (spaces kept). */
  symbol?: Span;
  /** The separator typed between number and symbol. */
  separator?: '-' | '/';
  date?: Span & { iso: string };
  /** Whether a comma stands before "ngày". */
  commaBeforeDate?: boolean;
  /** "của <issuer>" up to "về", a comma or the end of the clause. */
  issuer?: Span;
}

const TYPES = [...DOCUMENT_TYPES].sort((a, b) => b.length - a.length).join('|');
// No "u" flag and no Unicode property escapes: see vi-letters.ts (the checker runs as the clerk types).
export const CODE = String.raw`(?:[${UPPER}] (?=[${UPPER}]{2}))?[${UPPER}&][${LETTER}&]*`;
export const SYMBOL = String.raw`(?:\d{4}\/)?${CODE}(?:[-/]${CODE})*`;
const MENTION = new RegExp(String.raw`(${TYPES})\s+(?:(số)\s*:?\s*)?(\d+[a-z]?)(?:([-/])(${SYMBOL}))?`, 'g');
const DATE_AFTER = /^(\s*(,)?\s*)ngày\s+/u;
const ISSUER_AFTER = /^\s*của\s+/u;
const ISSUER_END = /\s+(?:về|thực hiện|triển khai|hướng dẫn|quy định|ban hành|giữa)(?:\s|$)|[,;:()“”"]|\s+(?:và|với)\s|$/u;

/** The citations of a text (remembered by text: see text-memo.ts). */
export const citationMentions = memoByText(findMentions);

function findMentions(text: string): CitationMention[] {
  const out: CitationMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const [whole, type = '', so, number = '', separator, symbol] = m;
    // "Chương trình 2023" or "Kế hoạch 2" are not citations: a number alone needs "số".
    if (so === undefined && symbol === undefined) continue;
    // Glued to a word or figure on either side ("32-CT/TU3.1."), it is not a citation to read or mend.
    const after = text[m.index + whole.length];
    if (isViLetter(text[m.index - 1]) || /\d/.test(text[m.index - 1] ?? '') || isViLetter(after) || /\d/.test(after ?? '')) continue;
    let at = m.index;
    const span = (value: string, from: number): Span => ({ start: from, end: from + value.length, text: value });
    const typeSpan = span(type, at);
    const soAt = so !== undefined ? text.indexOf(so, at + type.length) : -1;
    const numberAt = text.indexOf(number, (soAt >= 0 ? soAt + 2 : at + type.length));
    const mention: CitationMention = {
      start: m.index,
      end: m.index + whole.length,
      type: typeSpan,
      number: span(number, numberAt),
      ...(so !== undefined ? { so: span(so, soAt) } : {}),
    };
    if (symbol !== undefined && separator !== undefined) {
      mention.symbol = span(symbol, numberAt + number.length + 1);
      mention.separator = separator as '-' | '/';
    }
    at = mention.end;
    const dateHead = DATE_AFTER.exec(text.slice(at));
    if (dateHead) {
      const from = at + dateHead[0].length;
      // Read from "ngày " so both "24/4/2024" and "24 tháng 4 năm 2024" are dates.
      const found = textDates(`ngày ${text.slice(from, from + 24)}`).find((d) => d.start === 5);
      if (found) {
        const start = from;
        const end = from + (found.end - found.start);
        const iso = `${found.year}-${String(found.month).padStart(2, '0')}-${String(found.day).padStart(2, '0')}`;
        mention.date = { ...span(text.slice(start, end), start), iso };
        mention.commaBeforeDate = dateHead[2] !== undefined;
        mention.end = end;
        at = end;
      }
    }
    const issuerHead = ISSUER_AFTER.exec(text.slice(at));
    if (issuerHead) {
      const from = at + issuerHead[0].length;
      const rest = text.slice(from, from + 120);
      const stop = ISSUER_END.exec(rest);
      const value = rest.slice(0, stop ? stop.index : rest.length).trimEnd();
      if (value !== '' && /^\p{Lu}/u.test(value)) mention.issuer = span(value, from);
    }
    out.push(mention);
  }
  return out;
}

/** A symbol compared as written by any hand: spaces dropped, "Đ" and "D" kept apart. */
export const symbolKey = (symbol: string): string => symbol.replace(/\s+/g, '').normalize('NFC');

/** A number compared without leading zeros ("05" is "5"). */
export const numberKey = (number: string): string => number.replace(/^0+(?=\d)/, '');

/** Issuers compared loosely: case, tone-mark placement and spacing aside. */
export const issuerKey = (issuer: string): string =>
  issuer
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('vi')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();

/** The documents a mention can be checked against: the plan's own set first, then the library. */
export function candidateDocuments(documents: readonly DocumentRef[], library: readonly DocumentRef[]): DocumentRef[] {
  const seen = new Set<string>();
  const out: DocumentRef[] = [];
  for (const doc of [...documents, ...library]) {
    if (doc.number.trim() === '' && doc.symbol.trim() === '') continue;
    const key = `${doc.type}|${numberKey(doc.number)}|${symbolKey(doc.symbol)}|${doc.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(doc);
  }
  return out;
}
