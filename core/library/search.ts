import MiniSearch from 'minisearch';
import { numberSymbol } from '../citation/numbers';
import { formatShortDate } from '../citation/dates';
import type { LibraryEntry } from './library-entry';
import { numberSymbolTerms, queryTerms, syllableTerms } from './search-terms';

/**
 * Search of the library as the clerk types (library screen, "Chọn từ thư viện" in the new-plan
 * form): BM25 ranking by `minisearch` over Vietnamese syllables (see search-terms.ts), every typed
 * word required, the last one matched as a prefix. A hit in the number-symbol or short name counts
 * more than one in the subject.
 */
export interface LibraryHit {
  entry: LibraryEntry;
  score: number;
}

type Field = 'type' | 'numberSymbol' | 'subject' | 'shortName' | 'issuer' | 'date';
const FIELDS: Field[] = ['type', 'numberSymbol', 'subject', 'shortName', 'issuer', 'date'];
const BOOST: Record<Field, number> = { numberSymbol: 4, shortName: 3, type: 2, subject: 1, issuer: 1, date: 1 };

interface Indexed {
  id: string;
  type: string;
  numberSymbol: string;
  subject: string;
  shortName: string;
  issuer: string;
  date: string;
}

// Each field arrives already split into its terms (joined by a character no term contains).
const SEP = '\u0001';

function termsOf(entry: LibraryEntry): Indexed {
  // As cited (24/4/2024, 05/01/2024) and as typed in forms (24/04/2024).
  const date = entry.date ? [formatShortDate(entry.date), entry.date.split('-').reverse().join('/'), entry.date.slice(0, 4)] : [];
  return {
    id: entry.id,
    type: syllableTerms(entry.type).join(SEP),
    numberSymbol: numberSymbolTerms(numberSymbol(entry), entry.number, entry.symbol).join(SEP),
    subject: syllableTerms(entry.subject).join(SEP),
    shortName: syllableTerms(entry.shortName ?? '').join(SEP),
    issuer: syllableTerms(entry.issuer).join(SEP),
    date: [...date, ...date.flatMap((d) => d.split('/'))].join(SEP),
  };
}

/** Newest first, then by type and number: the order of the list when nothing is typed. */
export function byDateDesc(a: LibraryEntry, b: LibraryEntry): number {
  return b.date.localeCompare(a.date) || a.type.localeCompare(b.type, 'vi') || a.number.localeCompare(b.number, 'vi', { numeric: true });
}

export interface LibrarySearch {
  search(query: string, limit?: number): LibraryHit[];
}

export function createLibrarySearch(entries: readonly LibraryEntry[]): LibrarySearch {
  const byId = new Map(entries.map((e) => [e.id, e] as const));
  const index = new MiniSearch<Indexed>({
    fields: FIELDS,
    idField: 'id',
    tokenize: (text) => text.split(SEP).filter(Boolean),
    processTerm: (term) => term,
    searchOptions: { boost: BOOST, tokenize: (text) => text.split(SEP).filter(Boolean), processTerm: (term) => term },
  });
  index.addAll(entries.map(termsOf));
  return {
    search(query, limit = 50) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [...entries].sort(byDateDesc).slice(0, limit).map((entry) => ({ entry, score: 0 }));
      const results = index.search({
        combineWith: 'AND',
        queries: terms.map((t) => ({ queries: [t.term], prefix: t.prefix, combineWith: 'OR' })),
      } as never);
      return results
        .map((r) => ({ entry: byId.get(String(r.id))!, score: r.score }))
        .filter((h) => h.entry !== undefined)
        .sort((a, b) => b.score - a.score || byDateDesc(a.entry, b.entry))
        .slice(0, limit);
    },
  };
}

/** One-off search (the CLI, tests); the screens keep one index per library load. */
export function searchLibrary(entries: readonly LibraryEntry[], query: string, limit?: number): LibraryHit[] {
  return createLibrarySearch(entries).search(query, limit);
}
