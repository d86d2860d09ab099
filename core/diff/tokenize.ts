import { applyToneMarks } from '../text/tone-marks';
import type { DiffOptions } from './types';

/**
 * Text → tokens for the word-by-word comparison of drafts. A reviewer reads Vietnamese syllable
 * by syllable, and a document number as one thing: "32-CT/TU" → "33-CT/TU" is one changed token,
 * not "32" → "33" with "-CT/TU" kept, and "03/01/2024" is one date. So the tokens are:
 * - number symbols and dates: a run of letters and digits holding a digit, joined by - / . , : &
 *   to more letters or digits ("32-CT/TU", "4354/QĐ-UBND", "03/01/2024", "3.1", "1.000");
 * - symbols in capitals joined the same way ("GD&ĐT", "KH-UBND", "CT/TW");
 * - syllables: runs of letters (and stray combining marks) and digits;
 * - runs of white space; any other character alone (punctuation).
 * The text is NFC first, so a draft typed with combining marks (NFD) equals its NFC twin.
 */
const TOKEN =
  /[\p{L}\p{M}\p{N}]*\p{N}[\p{L}\p{M}\p{N}]*(?:[-/.,:&][\p{L}\p{M}\p{N}]+)+|\p{Lu}[\p{Lu}\p{M}\p{N}]*(?:[-/&][\p{Lu}\p{M}\p{N}]+)+|[\p{L}\p{M}\p{N}]+|\s+|[\s\S]/gu;

export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? [];
}

/**
 * The comparison key of a token: the token itself, or with `ignoreToneMarks` one placement for
 * both ("hoà" and "hòa" → "hòa"). Runs of white space compare equal whatever their length, so a
 * double space fixed is not a change of words (the text kept is the new one's).
 */
export function tokenKey(token: string, options?: DiffOptions): string {
  if (/^\s+$/.test(token)) return ' ';
  return options?.ignoreToneMarks ? applyToneMarks(token, 'ủy') : token;
}

/** The key of a whole text, for aligning paragraphs: NFC, spaces collapsed, tone placement unified on request. */
export function textKey(text: string, options?: DiffOptions): string {
  const nfc = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return options?.ignoreToneMarks ? applyToneMarks(nfc, 'ủy') : nfc;
}
