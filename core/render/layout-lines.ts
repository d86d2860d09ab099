import { type BalanceOptions, balancedBreaks, type BreakWord } from '../text/line-break';
import { textWidthMm } from '../text/measure';
import type { Para, Run } from './layout-types';

/**
 * Explicit line breaks for the centred lines of page 1 (summary, long body names, author line):
 * the layout decides where they break, writes the break as a newline in the run text (the DOCX
 * writer prints it as <w:br/>, the preview as a line break), and both printers only follow it.
 * The break width keeps a little slack so Word's own rounding never wraps a line again.
 */

/** Room left on a broken line, so no printer re-wraps it. */
export const LINE_SLACK_MM = 3;

interface Piece {
  run: number;
  from: number;
  to: number;
}

/** Words of the runs (maximal runs of non-spaces, possibly across runs), with the spaces between them. */
function splitWords(runs: Run[]): { words: Array<BreakWord & { pieces: Piece[] }>; gaps: Piece[][] } {
  const words: Array<BreakWord & { pieces: Piece[] }> = [];
  const gaps: Piece[][] = [];
  let current: (BreakWord & { pieces: Piece[] }) | null = null;
  let gap: Piece[] = [];
  runs.forEach((run, r) => {
    const text = run.text;
    let i = 0;
    while (i < text.length) {
      const space = text[i] === ' ';
      let j = i;
      while (j < text.length && (text[j] === ' ') === space) j++;
      if (space) {
        if (current) {
          words.push(current);
          current = null;
        }
        gap.push({ run: r, from: i, to: j });
      } else {
        if (!current) {
          if (words.length > 0) gaps.push(gap);
          gap = [];
          current = { text: '', widthMm: 0, pieces: [] };
        }
        const part = text.slice(i, j);
        current.text += part;
        current.widthMm += textWidthMm(part, run.sizePt, run);
        current.pieces.push({ run: r, from: i, to: j });
      }
      i = j;
    }
  });
  if (current) words.push(current);
  return { words, gaps };
}

export interface BrokenLines {
  runs: Run[];
  /** Measured width of each line, for rules as long as the widest line. */
  linesMm: number[];
}

/**
 * The runs with newlines at balanced break points, and the width of every line. Text the
 * clerk broke or tabbed by hand is left to the printer (one line, as wide as it measures).
 */
export function breakBalanced(runs: Run[], maxWidthMm: number, o: Pick<BalanceOptions, 'minLastWords' | 'minWordsEveryLine' | 'name'>): BrokenLines {
  const whole = runs.reduce((sum, r) => sum + textWidthMm(r.text, r.sizePt, r), 0);
  if (runs.some((r) => /[\n\t]/.test(r.text))) return { runs, linesMm: [whole] };
  // `maxWidthMm` already keeps the caller's padding: a line that fits it stays whole.
  if (whole <= maxWidthMm) return { runs, linesMm: [whole] };
  const { words, gaps } = splitWords(runs);
  const first = runs[0];
  const spaceMm = first ? textWidthMm(' ', first.sizePt, first) : 0;
  const starts = balancedBreaks(words, { maxWidthMm: maxWidthMm - LINE_SLACK_MM, spaceMm, ...o });
  if (starts.length === 0) return { runs, linesMm: [whole] };

  // Replace the gap before each line start by one newline (its first character; the rest dropped).
  const edits = new Map<number, Array<{ from: number; to: number; text: string }>>();
  for (const start of starts) {
    (gaps[start - 1] ?? []).forEach((piece, k) => {
      const list = edits.get(piece.run) ?? [];
      list.push({ from: piece.from, to: piece.to, text: k === 0 ? '\n' : '' });
      edits.set(piece.run, list);
    });
  }
  const out = runs.map((run, r) => {
    const list = (edits.get(r) ?? []).sort((a, b) => b.from - a.from);
    let text = run.text;
    for (const e of list) text = text.slice(0, e.from) + e.text + text.slice(e.to);
    return { ...run, text };
  });
  const bounds = [0, ...starts, words.length];
  const linesMm = bounds.slice(1).map((end, k) => {
    const line = words.slice(bounds[k], end);
    return line.reduce((sum, w) => sum + w.widthMm, 0) + Math.max(0, line.length - 1) * spaceMm;
  });
  return { runs: out.filter((r) => r.text !== ''), linesMm };
}

/** A one-style line (a body name, the author line) broken into balanced lines where it does not fit. */
export function breakParaBalanced(p: Para, maxWidthMm: number, o: Pick<BalanceOptions, 'minLastWords' | 'minWordsEveryLine' | 'name'>): { para: Para; linesMm: number[] } {
  const { runs, linesMm } = breakBalanced(p.runs, maxWidthMm, o);
  return { para: { ...p, runs }, linesMm };
}
