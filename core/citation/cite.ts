import type { DocumentRef } from '../model/document-ref';
import type { CitationStyle } from '../model/organisation';
import { formatCitationDate } from './dates';
import { numberSymbol } from './numbers';

/**
 * Citing a document. First mention: the full form, type, "số", number-symbol, date, issuer,
 * subject (chained: "… về thực hiện <the document it implements>"). Later mentions: the short
 * form "Chỉ thị số 32-CT/TU". A short name may be introduced once: "(sau đây viết tắt là …)".
 */
export interface CiteOptions {
  /** Append "(sau đây viết tắt là <shortName>)" when the document has a short name. */
  introduceShortName?: boolean;
}

/** "Chỉ thị số 32-CT/TU"; the number-symbol alone when the type is missing. */
export function citeHead(doc: DocumentRef): string {
  return `${doc.type} số ${numberSymbol(doc)}`;
}

/** "Chương trình hành động số 05": type and number only (how a summary may name its parent). */
export function citeTypeNumber(doc: DocumentRef): string {
  return doc.number.trim() === '' ? citeHead(doc) : `${doc.type} số ${doc.number.trim()}`;
}

/** The subject as cited; a document with no subject of its own that implements another is "về thực hiện <that one>". */
export function effectiveSubject(doc: DocumentRef, style: CitationStyle): string {
  const own = doc.subject.trim();
  if (own !== '') return own;
  return doc.implements ? `về thực hiện ${citeFull(doc.implements, style)}` : '';
}

function dateAndIssuer(doc: DocumentRef, style: CitationStyle): string {
  const separator = style.commaBeforeDate ? ', ' : ' ';
  return `${separator}${formatCitationDate(doc.date, style)} của ${doc.issuer}`;
}

function withSubject(text: string, doc: DocumentRef, style: CitationStyle): string {
  const subject = effectiveSubject(doc, style);
  return subject === '' ? text : `${text} ${subject}`;
}

function shortNameIntro(doc: DocumentRef, options: CiteOptions): string {
  return options.introduceShortName && doc.shortName ? ` (sau đây viết tắt là ${doc.shortName})` : '';
}

/** "Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc …". */
export function citeFull(doc: DocumentRef, style: CitationStyle, options: CiteOptions = {}): string {
  return withSubject(`${citeHead(doc)}${dateAndIssuer(doc, style)}`, doc, style) + shortNameIntro(doc, options);
}

/** "Chỉ thị số 32-CT/TU", or the short name once it has been introduced. */
export function citeShort(doc: DocumentRef, shortNameIntroduced = false): string {
  return shortNameIntroduced && doc.shortName ? doc.shortName : citeHead(doc);
}

const groupKey = (doc: DocumentRef, style: CitationStyle): string =>
  [doc.type, doc.issuer, effectiveSubject(doc, style)].join('\u0000');

/**
 * Several bases in one opening sentence. Consecutive documents of the same type, issuer and
 * subject share them ("Quyết định số 4045/QĐ-UBND ngày 11/8/2023 và Quyết định số 4354/QĐ-UBND
 * ngày 31/8/2023 của …"); the groups are joined by "; ".
 */
export function citeBases(docs: DocumentRef[], style: CitationStyle, introduce: (doc: DocumentRef) => boolean = () => false): string {
  const groups: DocumentRef[][] = [];
  for (const doc of docs) {
    const last = groups[groups.length - 1];
    if (last && groupKey(last[0] as DocumentRef, style) === groupKey(doc, style)) last.push(doc);
    else groups.push([doc]);
  }
  return groups
    .map((group) => {
      if (group.length === 1) {
        const only = group[0] as DocumentRef;
        return citeFull(only, style, { introduceShortName: introduce(only) });
      }
      const separator = style.commaBeforeDate ? ', ' : ' ';
      const heads = group.map((doc) => `${citeHead(doc)}${separator}${formatCitationDate(doc.date, style)}`);
      const joined = `${heads.slice(0, -1).join(', ')} và ${heads[heads.length - 1]}`;
      const first = group[0] as DocumentRef;
      return withSubject(`${joined} của ${first.issuer}`, first, style);
    })
    .join('; ');
}
