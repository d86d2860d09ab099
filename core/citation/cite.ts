import type { DocumentRef } from '../model/document-ref';
import { type DocumentSet, parentOf } from '../model/document-set';
import { formatCitationDate } from './dates';
import { numberSymbol } from './numbers';
import { type FullCitationStyle, joinList } from './style';

/**
 * Citing documents. First mention: the full form — type, "số", number-symbol, date, issuer, then
 * the chain ("… thực hiện <the document it implements>") or, without a chain, the subject.
 * Later mentions: the short form "Chỉ thị số 32-CT/TU", or the short name once introduced with
 * "(sau đây viết tắt là …)". Every convention that varies between bodies comes from the style
 * (core/citation/style.ts); docs/citations.md shows the sentence each one produces.
 */

/** What one run of citing knows: the set, the style, and what was already said. */
export interface CiteContext {
  set: Pick<DocumentSet, 'documents'>;
  style: FullCitationStyle;
  /** Documents cited in full earlier in the same sentence: a chain reaching one of them uses its short form. */
  citedInSentence: Set<string>;
  /** Documents whose short name has been introduced earlier in the plan. */
  introduced: Set<string>;
  /** False for the summary (trích yếu): it never introduces a short name. */
  allowIntroduce: boolean;
  /** False: cite without the date ("Nghị quyết số 57-NQ/TW của Bộ Chính trị …"). */
  withDate: boolean;
}

/** "Chỉ thị số 32-CT/TU"; a document known by name alone is cited by it ("Nghị quyết Đại hội XIII của Đảng"). */
export function citeHead(doc: DocumentRef): string {
  const ns = numberSymbol(doc).trim();
  return ns === '' ? doc.type : `${doc.type} số ${ns}`;
}

/** "Chương trình hành động số 05": type and number only (how a summary may name its parent). */
export function citeTypeNumber(doc: DocumentRef): string {
  return doc.number.trim() === '' ? citeHead(doc) : `${doc.type} số ${doc.number.trim()}`;
}

/** "Chỉ thị số 32-CT/TU", or the short name once it has been introduced. */
export function citeShort(doc: DocumentRef, shortNameIntroduced = false): string {
  return shortNameIntroduced && doc.shortName ? doc.shortName : citeHead(doc);
}

const dateSeparator = (ctx: CiteContext): string => (ctx.style.commaBeforeDate ? ', ' : ' ');
const datePart = (doc: DocumentRef, ctx: CiteContext): string =>
  ctx.withDate && doc.date !== '' ? `${dateSeparator(ctx)}${formatCitationDate(doc.date, ctx.style)}` : '';

/** The word linking a document to the one it implements: the document's own, else the organisation's. */
const chainLink = (doc: DocumentRef, ctx: CiteContext): string => doc.chainLink?.trim() || ctx.style.chainLink;

/**
 * What follows "… của <issuer>": the chain when the document implements another (even when it
 * has a subject of its own: the chain is what tells the reader where the plan comes from), else
 * its subject. `pending` collects the short names to introduce at the end of the citation.
 */
function citeTail(doc: DocumentRef, ctx: CiteContext, pending: DocumentRef[]): string {
  const parent = parentOf(ctx.set, doc);
  if (parent) {
    // Already cited in full earlier in this sentence (it is also a base): its short form is enough.
    const inner = ctx.citedInSentence.has(parent.id) ? citeShort(parent, ctx.introduced.has(parent.id)) : citeBody(parent, ctx, pending);
    return ` ${chainLink(doc, ctx)} ${inner}`;
  }
  const subject = doc.subject.trim();
  return subject === '' ? '' : ` ${subject}`;
}

/** The full citation without any short-name bracket. */
function citeBody(doc: DocumentRef, ctx: CiteContext, pending: DocumentRef[]): string {
  ctx.citedInSentence.add(doc.id);
  if (ctx.allowIntroduce && doc.shortName?.trim() && !ctx.introduced.has(doc.id) && !pending.includes(doc)) pending.push(doc);
  // An issuer already named in the type ("Nghị quyết Đại hội … của Đảng") is not repeated.
  const issuer = doc.issuer.trim() === '' ? '' : ` của ${doc.issuer}`;
  return `${citeHead(doc)}${datePart(doc, ctx)}${issuer}${citeTail(doc, ctx, pending)}`;
}

/** "(sau đây viết tắt là Chỉ thị số 29-CT/TW)", "(sau đây gọi là A, B)"; marks them introduced. */
export function shortNameBracket(docs: DocumentRef[], ctx: CiteContext): string {
  if (docs.length === 0) return '';
  docs.forEach((doc) => ctx.introduced.add(doc.id));
  return ` (sau đây ${ctx.style.shortNameWord} ${docs.map((doc) => (doc.shortName ?? '').trim()).join(', ')})`;
}

/** "Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc …" (+ its short-name bracket). */
export function citeFull(doc: DocumentRef, ctx: CiteContext): string {
  const pending: DocumentRef[] = [];
  const body = citeBody(doc, ctx, pending);
  return body + shortNameBracket(pending, ctx);
}

/** The subject as cited on its own: its own, or "về thực hiện <the document it implements>". */
export function citeSubject(doc: DocumentRef, ctx: CiteContext): string {
  const own = doc.subject.trim();
  if (own !== '') return own;
  const parent = parentOf(ctx.set, doc);
  return parent ? `${chainLink(doc, ctx)} ${citeFull(parent, ctx)}` : '';
}

/** Consecutive bases that may share one citation, by the style's grouping rule. */
function groupBases(docs: DocumentRef[], ctx: CiteContext): DocumentRef[][] {
  const { grouping } = ctx.style;
  const key = (doc: DocumentRef): string | null => {
    if (grouping === 'none') return null;
    const base = [doc.type, doc.issuer].join('\u0000');
    // Same subject and no chain of its own: "… và Quyết định số … của UBND … về việc …".
    if (grouping === 'same-subject') return doc.implementsId === undefined && doc.subject.trim() !== '' ? `${base}\u0000${doc.subject.trim()}` : null;
    return base;
  };
  const groups: DocumentRef[][] = [];
  let lastKey: string | null = null;
  for (const doc of docs) {
    const k = key(doc);
    const last = groups[groups.length - 1];
    if (last && k !== null && k === lastKey) last.push(doc);
    else groups.push([doc]);
    lastKey = k;
  }
  return groups;
}

/** Several documents of one type and issuer with one subject: "A ngày …, B ngày … và C ngày … của <issuer> <subject>". */
function citeSameSubject(group: DocumentRef[], ctx: CiteContext, pending: DocumentRef[]): string {
  const heads = group.map((doc) => {
    ctx.citedInSentence.add(doc.id);
    if (ctx.allowIntroduce && doc.shortName?.trim() && !ctx.introduced.has(doc.id)) pending.push(doc);
    return `${citeHead(doc)}${datePart(doc, ctx)}`;
  });
  const first = group[0] as DocumentRef;
  return `${joinList(heads, 'comma-and')} của ${first.issuer}${citeTail(first, ctx, pending)}`;
}

/** Several documents of one type and issuer: "các Nghị quyết của Hội đồng nhân dân tỉnh: số …, ngày … về …; số … ". */
function citeSameIssuer(group: DocumentRef[], ctx: CiteContext, pending: DocumentRef[]): string {
  const first = group[0] as DocumentRef;
  const items = group.map((doc) => {
    ctx.citedInSentence.add(doc.id);
    if (ctx.allowIntroduce && doc.shortName?.trim() && !ctx.introduced.has(doc.id)) pending.push(doc);
    return `số ${numberSymbol(doc)}${datePart(doc, ctx)}${citeTail(doc, ctx, pending)}`;
  });
  return `các ${first.type} của ${first.issuer}: ${items.join('; ')}`;
}

/**
 * Several bases in one sentence, grouped and joined as the style says. Short names are
 * introduced after each group ("each") or once after the last base ("joint").
 */
export function citeBases(docs: DocumentRef[], ctx: CiteContext): string {
  const joint: DocumentRef[] = [];
  const parts = groupBases(docs, ctx).map((group) => {
    const pending: DocumentRef[] = ctx.style.shortNameBrackets === 'joint' ? joint : [];
    let text: string;
    const only = group.length === 1 ? (group[0] as DocumentRef) : undefined;
    // A base already cited in full earlier in the sentence (in the chain of another base) is named, not cited again.
    if (only && ctx.citedInSentence.has(only.id)) text = citeShort(only, ctx.introduced.has(only.id));
    else if (only) text = citeBody(only, ctx, pending);
    else if (ctx.style.grouping === 'same-issuer') text = citeSameIssuer(group, ctx, pending);
    else text = citeSameSubject(group, ctx, pending);
    return ctx.style.shortNameBrackets === 'joint' ? text : text + shortNameBracket(pending, ctx);
  });
  const joined = joinList(parts, ctx.style.basesJoin);
  return ctx.style.shortNameBrackets === 'joint' ? joined + shortNameBracket(joint, ctx) : joined;
}

/**
 * "(KHCN)", "(UBND)": an abbreviation introduced in brackets right after the words it stands for.
 * The summary may leave them out (they belong to the opening, where they are first used).
 */
const ABBREVIATION = /\s?\(([\p{Lu}\d&/-]{2,})\)/gu;
export function dropAbbreviations(text: string): string {
  // "(2020)" is a year, not an abbreviation: at least one capital letter.
  return text.replace(ABBREVIATION, (all, inner: string) => (/\p{Lu}/u.test(inner) ? '' : all));
}
