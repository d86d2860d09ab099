import type { LaidOutDocument, Para, Run } from './layout-types';

/**
 * Number-symbols are never broken across lines ("71-" at the end of a line, "NQ/TW" on the
 * next): the layout finds them in the laid-out text and marks them Run.noBreak; the DOCX writer
 * and the preview only follow the mark.
 *
 * A number-symbol is digits (with /year parts: 30/2020), "-" or "/", then a part that starts
 * with a letter, then more "-" or "/" parts: 05-CTr/TU, 195/KH-UBND, 30/2020/NĐ-CP,
 * 3360/SGDĐT-CTTT. Dates (24/4/2024) and year ranges (2023-2024) have no letter part and are left alone.
 * The look-behind keeps the search linear: it never restarts inside a run of digits or letters.
 */
export const NUMBER_SYMBOL = /(?<![\p{L}\p{N}])\p{N}+(?:\/\p{N}+)*[-/]\p{L}[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*/gu;

/**
 * The same pattern tried only where a number-symbol can start. Searching with NUMBER_SYMBOL
 * itself tests its look-behind and Unicode classes at every character of every paragraph (a few
 * milliseconds per export of a long plan, every export); the text is scanned instead for
 * "numeral, then - or /" and the pattern, anchored, is tried at the start of
 * that run of digits and slashes, then after each of its slashes (NUMBER_SYMBOL's look-behind
 * refuses a start right after a letter or a digit). The ranges are NUMBER_SYMBOL's, exactly:
 * test/unit/layout/no-break-and-speed.test.ts compares the two on generated text.
 */
// A numeral, then - or /: an ASCII digit, the Latin-1 numerals (² ³ ¹ ¼ ½ ¾), or any character
// from U+0660 on (every other numeral, surrogates included; a letter found this way is refused by
// symbolFrom). Not a /u class: those are slower.
const CANDIDATE = /[\d\u00B2\u00B3\u00B9\u00BC-\u00BE\u0660-\uFFFF][-/]/g;
const NUMBER = /^\p{N}$/u;
const LETTER = /^\p{L}$/u;
/** Code units of the digit-and-slash run before a candidate: ASCII digits, other numerals (surrogate halves included) and "/". */
const RUN_UNIT = /[\p{N}/\uD800-\uDFFF]/u;

/** The code point that ends just before `index` (a surrogate pair counts as one, as the look-behind sees it). */
function codePointBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2)!;
  }
  return low;
}

// ASCII answered without a regular expression (almost every character of a plan's symbols and dates).
const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isNumber = (code: number): boolean => (code < 0x80 ? isAsciiDigit(code) : NUMBER.test(String.fromCodePoint(code)));
const isLetter = (code: number): boolean => (code < 0x80 ? isAsciiLetter(code) : LETTER.test(String.fromCodePoint(code)));
const isLetterOrNumber = (code: number): boolean => isNumber(code) || isLetter(code);
const isSeparator = (code: number): boolean => code === 0x2d || code === 0x2f; // - or /

/** The end of the run of code points from `from` that `accept` takes (a surrogate pair is one code point). */
function runEnd(text: string, from: number, accept: (code: number) => boolean): number {
  let i = from;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    if (!accept(code)) break;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Where NUMBER_SYMBOL's pattern, anchored at `start`, ends its match, or -1: numerals with
 * /-parts of numerals, - or /, a letter, letters and numerals, then - or / parts of letters and
 * numerals. Written out instead of a /u expression with Unicode classes, which V8 takes 5 ms to
 * compile on first use, in every fresh CLI process. The pattern needs no backtracking here (a
 * numeral is never a letter), so greedy runs give its match; the property test in
 * test/unit/layout/no-break-and-speed.test.ts compares the two on generated text.
 */
function symbolEnd(text: string, start: number): number {
  let i = runEnd(text, start, isNumber);
  if (i === start) return -1;
  while (text.charCodeAt(i) === 0x2f) {
    const next = runEnd(text, i + 1, isNumber);
    if (next === i + 1) break;
    i = next;
  }
  if (!isSeparator(text.charCodeAt(i))) return -1;
  const first = text.codePointAt(i + 1);
  if (first === undefined || !isLetter(first)) return -1;
  i = runEnd(text, i + 1 + (first > 0xffff ? 2 : 1), isLetterOrNumber);
  while (isSeparator(text.charCodeAt(i))) {
    const next = runEnd(text, i + 1, isLetterOrNumber);
    if (next === i + 1) break;
    i = next;
  }
  return i;
}

/** [start, end) character ranges of the number-symbols in `text`. */
export function numberSymbolRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Most paragraphs hold no number-symbol at all: a cheap look for "digit, then - or /" first.
  if (!/\d[-/]/.test(text)) return ranges;
  let searched = 0; // a left-to-right search goes on after the last number-symbol it found
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(text); c; c = CANDIDATE.exec(text)) {
    // Back to the start of the run of numerals and slashes this digit ends.
    let runStart = c.index;
    while (runStart > searched && RUN_UNIT.test(text.charAt(runStart - 1))) runStart -= 1;
    const found = symbolFrom(text, runStart, c.index);
    if (found) {
      ranges.push(found);
      searched = found[1];
      CANDIDATE.lastIndex = found[1];
    }
  }
  return ranges;
}

/**
 * The number-symbol starting somewhere in [from, upTo] at a numeral that no letter or numeral
 * precedes, or null. The first start that matches wins, as in a left-to-right search.
 */
function symbolFrom(text: string, from: number, upTo: number): [number, number] | null {
  for (let start = from; start <= upTo; start += 1) {
    const here = text.codePointAt(start)!;
    if (!isNumber(here)) continue;
    if (start > 0 && isLetterOrNumber(codePointBefore(text, start))) continue;
    const end = symbolEnd(text, start);
    if (end > start) return [start, end];
  }
  return null;
}

/** The runs cut at the number-symbols' edges, the pieces inside one marked noBreak. */
export function markNumberSymbols(runs: Run[]): Run[] {
  const text = runs.map((r) => r.text).join('');
  const ranges = numberSymbolRanges(text);
  if (ranges.length === 0) return runs;
  const out: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const end = offset + run.text.length;
    const cuts = new Set([offset, end]);
    for (const [a, b] of ranges) {
      if (a > offset && a < end) cuts.add(a);
      if (b > offset && b < end) cuts.add(b);
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k]!;
      const to = points[k + 1]!;
      const inside = ranges.some(([a, b]) => from >= a && to <= b);
      out.push({ ...run, text: run.text.slice(from - offset, to - offset), ...(inside ? { noBreak: true } : {}) });
    }
    offset = end;
  }
  return out.filter((r) => r.text !== '');
}

const markPara = (p: Para): Para => {
  const runs = p.runs.length === 0 ? p.runs : markNumberSymbols(p.runs);
  return runs === p.runs ? p : { ...p, runs };
};

/** Every paragraph of the document, with its number-symbols marked. */
export function markDocumentNumberSymbols(doc: LaidOutDocument): LaidOutDocument {
  return {
    ...doc,
    ...(doc.circulation ? { circulation: markPara(doc.circulation) } : {}),
    header: { ...doc.header, rows: doc.header.rows.map((row) => ({ left: row.left.map(markPara), right: row.right.map(markPara) })) },
    front: doc.front.map(markPara),
    body: doc.body.map(markPara),
    closing: {
      ...doc.closing,
      noiNhan: markPara(doc.closing.noiNhan),
      groups: doc.closing.groups.map((g) => ({ ...g, lines: g.lines.map(markPara) })),
      archive: markPara(doc.closing.archive),
      signature: doc.closing.signature.map(markPara),
    },
  };
}
