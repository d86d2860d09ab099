import { fromRoman } from '../../render/numbering';
/**
 * The number a paragraph of a plan starts with, as clerks type it: "I.", "II -", "A.", "1.",
 * "1)", "1.1.", "1.1", "a)", "đ)". Only the shape is read here; whether "I." is the Roman one or
 * the ninth letter is decided by `section-tree.ts`, which knows the siblings before it.
 */

export type LabelKind = 'roman' | 'alpha' | 'arabic' | 'nested' | 'lower';

export interface NumberLabel {
  /** As printed, without the space after it: "II.", "1)", "1.1.", "a)". */
  label: string;
  /** The candidate readings: "I." may be roman 1 or alpha 9, "C." roman 100 or alpha 3. */
  readings: Array<{ kind: LabelKind; value: number; depth?: number }>;
  /** The text after the label and its spaces. */
  rest: string;
}

/** Vietnamese documents letter their points a), b), c), d), đ), e), g) … (no f, j, w, z). */
const VI_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');
/** The value of a Roman numeral, or null (core/render/numbering.ts). */
export const romanValue = fromRoman;

// Terminators: "." or ")" right after the number, or a dash with spaces around it ("I - ", "1- ").
const UPPER = /^([IVXLCDM]+|[A-Z])(\.|\)|\s*[-–]\s)\s*/;
const NESTED = /^(\d{1,2}(?:\.\d{1,2})+)(\.|\))?\s+/;
const ARABIC = /^(\d{1,2})(\.|\)|\s*[-–]\s)\s*/;
const LOWER = /^([a-zđ])\)\s*/;

/** Reads the label at the start of `text`, or null. A label must be followed by text. */
export function readNumberLabel(text: string): NumberLabel | null {
  const nested = NESTED.exec(text);
  if (nested && nested[0].length < text.length) {
    const parts = nested[1]!.split('.').map(Number);
    return { label: `${nested[1]}${nested[2] ?? ''}`, readings: [{ kind: 'nested', value: parts[parts.length - 1]!, depth: parts.length }], rest: text.slice(nested[0].length) };
  }
  const arabic = ARABIC.exec(text);
  if (arabic && arabic[0].length < text.length && Number(arabic[1]) > 0) {
    return { label: `${arabic[1]}${arabic[2]!.trim()}`, readings: [{ kind: 'arabic', value: Number(arabic[1]) }], rest: text.slice(arabic[0].length) };
  }
  const upper = UPPER.exec(text);
  if (upper && upper[0].length < text.length) {
    const token = upper[1]!;
    const readings: NumberLabel['readings'] = [];
    const roman = romanValue(token);
    if (roman !== null) readings.push({ kind: 'roman', value: roman });
    if (token.length === 1) readings.push({ kind: 'alpha', value: token.charCodeAt(0) - 64 });
    if (readings.length > 0) return { label: `${token}${upper[2]!.trim()}`, readings, rest: text.slice(upper[0].length) };
  }
  const lower = LOWER.exec(text);
  if (lower && lower[0].length < text.length) {
    return { label: `${lower[1]})`, readings: [{ kind: 'lower', value: VI_LETTERS.indexOf(lower[1]!) + 1 }], rest: text.slice(lower[0].length) };
  }
  return null;
}

/** "- …", "+ …", "– …" items (a dash without a space is a hyphenated word, not an item). */
export function readItemMarker(text: string): { marker: '-' | '+'; rest: string } | null {
  const m = /^([-–+•])\s+/.exec(text);
  if (!m || m[0].length >= text.length) return null;
  return { marker: m[1] === '+' ? '+' : '-', rest: text.slice(m[0].length) };
}
