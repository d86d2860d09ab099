import type { NumberingStyle, Plan, Section } from '../model/plan';
import { getProfile } from '../profiles/profile';

/**
 * Section numbers are computed from the tree, never typed, so adding, removing or moving a
 * section renumbers the rest and a gap or a duplicate (Thanh Xuân jumps from 3.1 to 3.3)
 * cannot happen.
 */

/** Vietnamese documents letter their points a), b), c), d), đ), e), g) … (no f, j, w, z). */
const VI_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
const LATIN_CAPS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, glyph] of table) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

const ROMAN_NUMERAL = /^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** The value of a Roman numeral ("XIV" → 14), or null when the text is not one. */
export function fromRoman(s: string): number | null {
  if (s === '' || !ROMAN_NUMERAL.test(s)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i += 1) {
    const v = values[s[i]!]!;
    const next = values[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * A counter as Word draws it for a numbering format of numbering.xml: upperRoman, lowerRoman,
 * upperLetter, lowerLetter (a … z, then aa, ab …), anything else as a decimal.
 */
export function formatWordCounter(format: string, n: number): string {
  const letters = (upper: boolean): string => {
    let out = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
    return upper ? out.toUpperCase() : out;
  };
  switch (format) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return letters(true);
    case 'lowerLetter':
      return letters(false);
    default:
      return String(n);
  }
}

const sequence = (alphabet: readonly string[], n: number): string => {
  // a … y, then aa, ab … (never reached in practice, but never a duplicate either)
  let out = '';
  let k = n;
  while (k > 0) {
    const i = (k - 1) % alphabet.length;
    out = (alphabet[i] as string) + out;
    k = Math.floor((k - 1) / alphabet.length);
  }
  return out;
};

/** The label of the n-th (1-based) numbered sibling; `parent` is the parent's label for nested "1.1.". */
export function formatNumber(style: NumberingStyle, n: number, parent: string): string {
  switch (style) {
    case 'upper-roman':
      return `${toRoman(n)}.`;
    case 'upper-alpha':
      return `${sequence(LATIN_CAPS.split(''), n)}.`;
    case 'arabic':
      return `${n}.`;
    case 'nested':
      return parent === '' ? `${n}.` : `${parent.replace(/\.$/, '')}.${n}.`;
    case 'lower-alpha':
      return `${sequence(VI_LETTERS, n)})`;
    case 'none':
      return '';
  }
}

export function effectiveLevels(plan: Pick<Plan, 'options' | 'profile'>): NumberingStyle[] {
  return plan.options.levels ?? getProfile(plan.profile).defaultLevels;
}

/** Map from section id to its label ("I.", "1.", "1.1.", "a)", or "" for unnumbered). */
export function computeSectionNumbers(sections: Section[], levels: NumberingStyle[]): Map<string, string> {
  const numbers = new Map<string, string>();
  const walk = (siblings: Section[], depth: number, style: NumberingStyle, parentLabel: string): void => {
    let n = 0;
    for (const section of siblings) {
      const label = style === 'none' ? '' : formatNumber(style, (n += 1), parentLabel);
      numbers.set(section.id, label);
      const childStyle = section.childNumbering ?? levels[depth + 1] ?? 'none';
      walk(section.children, depth + 1, childStyle, label);
    }
  };
  walk(sections, 0, levels[0] ?? 'upper-roman', '');
  return numbers;
}

/** Sections in document order with their depth (1 = top level). */
export function flattenSections(sections: Section[], depth = 1): Array<{ section: Section; depth: number }> {
  return sections.flatMap((section) => [{ section, depth }, ...flattenSections(section.children, depth + 1)]);
}
