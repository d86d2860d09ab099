import { formatShortDate } from '../citation/dates';
import type { DocumentRef } from '../model/document-ref';
import { type CitationMention, citationMentions, issuerKey, numberKey, symbolKey } from './citations-in-text';
import { editable } from './finding';
import type { PlanPlace } from './plan-places';

/**
 * Which known document a plain-text citation names, and how it departs from it. A mention is the
 * document when its number and symbol are the document's (then its date and issuer must be too);
 * failing that, when type and number agree and the symbol or date is what differs, or type,
 * symbol and date agree and the number differs. Several candidates = not known for certain: no match.
 */
export type MentionMatch =
  | { kind: 'same'; doc: DocumentRef }
  | { kind: 'wrong-symbol'; doc: DocumentRef }
  | { kind: 'wrong-number'; doc: DocumentRef };

const only = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

export function matchMention(m: CitationMention, docs: readonly DocumentRef[]): MentionMatch | undefined {
  const num = numberKey(m.number.text);
  const sym = m.symbol ? symbolKey(m.symbol.text) : undefined;
  const byIdentity = only(docs.filter((d) => numberKey(d.number) === num && (sym === undefined ? d.type === m.type.text : symbolKey(d.symbol) === sym)));
  if (byIdentity) return { kind: 'same', doc: byIdentity };
  if (sym === undefined) return undefined;
  const bySymbol = only(
    docs.filter((d) => d.type === m.type.text && numberKey(d.number) === num && d.symbol !== '' && (m.date === undefined || d.date === m.date.iso)),
  );
  if (bySymbol) return { kind: 'wrong-symbol', doc: bySymbol };
  if (m.date === undefined) return undefined;
  const byNumber = only(docs.filter((d) => d.type === m.type.text && symbolKey(d.symbol) === sym && d.date === m.date?.iso && d.number !== ''));
  return byNumber ? { kind: 'wrong-number', doc: byNumber } : undefined;
}

/** The issuer typed is the document's, as far as one can tell (one may be a shorter form of the other). */
export function sameIssuer(typed: string, known: string): boolean {
  const a = issuerKey(typed);
  const b = issuerKey(known.replace(/\s*\([^)]*\)/g, ''));
  // "của Thành ủy" for "Ban Thường vụ Thành ủy": a shorter name of the same body is not a wrong one.
  if (a === '' || b === '' || a.includes(b) || b.includes(a)) return true;
  // Abbreviations ("UBND", "Sở GDĐT") cannot be compared word for word: leave those to the reader.
  return /\b\p{Lu}{2,}/u.test(typed) || /\b\p{Lu}{2,}/u.test(known);
}

/** A date re-typed as the clerk typed the wrong one (figures or words). */
export function dateLike(typed: string, iso: string): string {
  if (/tháng/u.test(typed)) {
    const [y, mo, d] = iso.split('-');
    return `${d} tháng ${Number(mo) <= 2 ? mo : Number(mo)} năm ${y}`;
  }
  return formatShortDate(iso);
}

export interface PlaceMention {
  place: PlanPlace;
  mention: CitationMention;
}

const cache = new WeakMap<PlanPlace, CitationMention[]>();

/** The plain-text citations of each place (only those typed in full, not inside a live reference). */
export function typedMentions(places: readonly PlanPlace[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const place of places) {
    let found = cache.get(place);
    if (!found) {
      found = /\d/.test(place.text) ? citationMentions(place.text).filter((m) => editable(place, m.start, m.end)) : [];
      cache.set(place, found);
    }
    for (const mention of found) out.push({ place, mention });
  }
  return out;
}
