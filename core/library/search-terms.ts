import { applyToneMarks } from '../text/tone-marks';
import { cleanText } from '../text/clean-text';

/**
 * The terms of the library search. Vietnamese is written in syllables, so a term is a syllable:
 * NFC, lower-cased the Vietnamese way (Đ → đ), tone marks moved to one placement (hòa = hoà, the
 * same word typed two ways), and never stripped of its diacritics: "thực" and "thuc" are
 * different words and must not find each other.
 */
export function normaliseTerm(raw: string): string {
  // Unicode's case mappings have no Vietnamese-specific rule (only Turkish, Azeri, Lithuanian do), so
  // the plain mapping is the Vietnamese one (Đ → đ, Ữ → ữ: tested against toLocaleLowerCase('vi'))
  // and several times faster, which matters when a large library is indexed as the screen opens.
  return applyToneMarks(cleanText(raw).toLowerCase(), 'uỷ');
}

const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;
/** A number-symbol as typed: letters/digits joined by "-", "/" or "." (32-CT/TU, 4045/QĐ-UBND, 30/2020/NĐ-CP). */
const CODE = /[\p{L}\p{M}\p{N}]+(?:[-/.][\p{L}\p{M}\p{N}]+)+/gu;

/** The syllables of a text ("về việc tăng cường" → về, việc, tăng, cường). */
export function syllableTerms(text: string): string[] {
  return [...normaliseTerm(text).matchAll(SYLLABLE)].map((m) => m[0]);
}

/**
 * The terms a number-symbol is found by: the whole code and each of its parts, so "32-CT/TU",
 * "32", "CT/TU", "CT" all find the Chỉ thị 32. A Party number below 10 is printed "05": "5" finds it too.
 */
export function codeTerms(code: string): string[] {
  const whole = normaliseTerm(code).trim();
  if (whole === '') return [];
  const out = new Set<string>([whole]);
  const parts = whole.split(/[-/.]/).filter(Boolean);
  for (const part of parts) out.add(part);
  // Every tail of the code after a separator: "ct/tu" from "32-ct/tu", "qđ-ubnd" from "4045/qđ-ubnd".
  for (let i = 0; i < whole.length - 1; i += 1) {
    const c = whole.charCodeAt(i);
    if (c === 0x2d || c === 0x2f || c === 0x2e) out.add(whole.slice(i + 1)); // - / .
  }
  for (const part of parts) if (/^0\d+$/.test(part)) out.add(part.replace(/^0+/, ''));
  if (/^0\d/.test(whole)) out.add(whole.replace(/^0+/, ''));
  return [...out];
}

/** The number-symbol field of an entry: its printed code, and number and symbol on their own. */
export function numberSymbolTerms(printed: string, number: string, symbol: string): string[] {
  return [...new Set([...codeTerms(printed), ...codeTerms(symbol), ...syllableTerms(number), ...syllableTerms(number.replace(/^0+(?=\d)/, ''))])];
}

export interface QueryTerm {
  term: string;
  /** The syllable being typed (the last one) matches as a prefix; so does any code ("32-CT" finds 32-CT/TU). */
  prefix: boolean;
}

/**
 * Words of a citation that no field holds ("Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban …" pasted
 * whole): left out of a query of several words, so a pasted citation still finds its document.
 */
const CITATION_WORDS = new Set(['số', 'ngày', 'của']);

/** What the clerk typed in the search box → the terms every result must contain. */
export function queryTerms(query: string): QueryTerm[] {
  const all = queryTermsWithCitationWords(query);
  const kept = all.filter((q) => !CITATION_WORDS.has(q.term) || q.prefix);
  return kept.length > 0 ? kept : all;
}

function queryTermsWithCitationWords(query: string): QueryTerm[] {
  const text = normaliseTerm(query);
  const endsInSpace = /\s$/.test(text);
  const words = text.split(/\s+/).filter(Boolean);
  const out: QueryTerm[] = [];
  words.forEach((word, i) => {
    const last = i === words.length - 1 && !endsInSpace;
    const codes = [...word.matchAll(CODE)].map((m) => m[0]);
    if (codes.length > 0) {
      // The whole code as typed is the term; its pieces are already part of it.
      for (const code of codes) out.push({ term: code, prefix: true });
      const rest = word.replace(CODE, ' ');
      for (const s of syllableTerms(rest)) out.push({ term: s, prefix: last });
      return;
    }
    for (const s of syllableTerms(word)) out.push({ term: s, prefix: last });
  });
  const seen = new Set<string>();
  return out.filter((q) => (seen.has(q.term) ? false : (seen.add(q.term), true)));
}
