/** A word of the text and where it is (UTF-16 offsets, end exclusive). */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

// Letters (with their combining marks) and digits, joined by inner "-", "/", ".", "@" or an apostrophe
// so 71-NQ/TW, 195/KH-UBND, TP.HCM, Covid-19 and e-mail addresses come out as one token.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-/.'’@][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a text, in order. */
export function tokenize(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Words the checker never judges: anything with a digit or inner punctuation (number-symbols,
 * dates, compounds), one letter (list markers a, b, đ), words in capitals (UBND, HĐND, GDĐT; a
 * heading typed in capitals is left alone too rather than flag its abbreviations), and words with a
 * capital inside (eKYC, iPhone: foreign by their look).
 */
export function isCheckable(word: string): boolean {
  if (/[\p{N}\-/.'’@]/u.test(word)) return false;
  if ([...word].length < 2) return false;
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase()) return false;
  return true;
}
