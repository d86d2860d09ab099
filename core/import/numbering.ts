import type { ImportedParagraph, NumberingKind } from './imported-text';
import { fromRoman } from '../render/numbering';

/**
 * Recognises the numbering a paragraph of a Vietnamese document starts with ("II.", "2.", "2.1.",
 * "b)", "A.", "-", "+") and gives each paragraph its depth in the document's outline. Shared by
 * the import readers, the Word-plan opener and the coverage index. Pure: no Node, no DOM.
 *
 * Depths are relative to what the document uses: a Party plan numbers I. / 1. / a), a state plan
 * may put A. above I. in one part and go straight from A. to 1. and 1.1. in another. So the kinds
 * are ranked by their usual order (A. above I. above 1. above 1.1. above a)) and a heading sits
 * under the nearest open heading of a higher rank: its depth is its place in the tree as read.
 * "-" and "+" items sit under the numbered paragraph they follow.
 */

export interface LabelMatch {
  label: string;
  kind: NumberingKind;
  /** The text after the label, trimmed. */
  rest: string;
}

const ROMAN = /^(?=[IVXLC])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;

// A label is followed by a space, or directly by a letter or an opening quote ("1.Mục tiêu"
// is typed too); "1.000 học sinh" or "2023-2024" is never a label.
const AFTER = String.raw`(?:\s+|(?=[\p{L}"“‘(]))`;
// Later parts have one or two digits: "1.000" is a thousand, Vietnamese style.
const DECIMAL = new RegExp(String.raw`^(\d{1,3}(?:\.\d{1,2})+)\.?${AFTER}`, 'u');
const ARABIC = new RegExp(String.raw`^(\d{1,3})[.)]${AFTER}`, 'u');
const LETTER = new RegExp(String.raw`^([a-zđ])\)${AFTER}`, 'u');
const UPPER = new RegExp(String.raw`^([A-ZĐ]{1,4})\.${AFTER}`, 'u');
const DASH = /^[-–—•]\s*(?=[^\s\-–—•.])/u;
const PLUS = /^\+\s*(?=[^\s+])/u;

/** The label a paragraph starts with, or null. `text` is trimmed NFC text. */
export function parseNumberingLabel(text: string): LabelMatch | null {
  const take = (label: string, kind: NumberingKind, length: number): LabelMatch => ({
    label,
    kind,
    rest: text.slice(length).trim(),
  });
  let m = DECIMAL.exec(text);
  if (m) return take(`${m[1]}.`, 'decimal', m[0].length);
  m = ARABIC.exec(text);
  if (m) return take(text.slice(0, m[1]!.length + 1), 'arabic', m[0].length);
  m = LETTER.exec(text);
  if (m) return take(`${m[1]})`, 'letter', m[0].length);
  m = UPPER.exec(text);
  if (m) {
    const head = m[1]!;
    if (ROMAN.test(head) && !isLetterHeading(head)) return take(`${head}.`, 'roman', m[0].length);
    // "A.", "B.": a capital letter heading of a state plan; "UBND." or "TP." is no label.
    if (head.length === 1) return take(`${head}.`, 'upper-letter', m[0].length);
    return null;
  }
  m = DASH.exec(text);
  if (m) return take(text[0] === '•' ? '-' : text[0]!, 'dash', m[0].length);
  m = PLUS.exec(text);
  if (m) return take('+', 'plus', m[0].length);
  return null;
}

/** "C.", "D.", "L.", "M." are letters, never Roman numerals (100, 500… are no heading numbers). */
function isLetterHeading(head: string): boolean {
  return head.length === 1 && (fromRoman(head) ?? 0) >= 50;
}

/** The usual order of numbered kinds, outermost first; decimals rank by their depth. */
function rank(kind: NumberingKind, label: string): number | null {
  switch (kind) {
    case 'upper-letter':
      return 0;
    case 'roman':
      return 1;
    case 'arabic':
      return 2;
    case 'decimal':
      return 2 + (label.split('.').filter(Boolean).length - 1);
    case 'letter':
      return 20;
    default:
      return null;
  }
}

export interface RawParagraph extends Omit<ImportedParagraph, 'level' | 'label' | 'kind'> {
  /** The paragraph as printed, its label included. */
  text: string;
}

/**
 * Splits each paragraph's label off and gives every paragraph its outline depth. Table cells
 * keep their label but take depth 0 and do not move the outline (a task table's "1." is no
 * section). A lone "I." that follows "H." is the letter I, not the Roman one.
 */
export function recogniseNumbering(paragraphs: RawParagraph[]): ImportedParagraph[] {
  const matches = paragraphs.map((p) => (p.text === '' ? null : parseNumberingLabel(p.text)));
  fixLetterRomanClash(matches);
  // The open numbered headings, outermost first, by rank: a heading closes those of its rank or deeper.
  const open: number[] = [];
  let numbered = 0;
  let dash = 0;
  return paragraphs.map((p, i) => {
    const m = matches[i];
    if (!m) return { ...p, level: 0 };
    const base = { ...p, text: m.rest, label: m.label, kind: m.kind };
    if (p.table !== undefined) return { ...base, level: 0 };
    const r = rank(m.kind, m.label);
    if (r !== null) {
      while (open.length > 0 && open.at(-1)! >= r) open.pop();
      open.push(r);
      numbered = open.length;
      dash = 0;
      return { ...base, level: numbered };
    }
    if (m.kind === 'dash') {
      dash = numbered + 1;
      return { ...base, level: dash };
    }
    return { ...base, level: (dash || numbered) + 1 };
  });
}

/** In "A. B. … H. I." the I is a letter; in "I. II. III." it is Roman. Decided by what precedes. */
function fixLetterRomanClash(matches: Array<LabelMatch | null>): void {
  let lastLetter = '';
  let lastRoman = 0;
  for (const m of matches) {
    if (!m) continue;
    const head = m.label.slice(0, -1);
    if (m.kind === 'upper-letter') lastLetter = head;
    else if (m.kind === 'roman') {
      const value = fromRoman(head) ?? 0;
      const letterNext = lastLetter !== '' && String.fromCharCode(lastLetter.charCodeAt(0) + 1) === head;
      if (head.length === 1 && letterNext && (lastRoman === 0 || value !== lastRoman + 1)) {
        m.kind = 'upper-letter';
        lastLetter = head;
      } else lastRoman = value;
    }
  }
}
