import type { TextSeg } from './plan-text';
import type { DiffPiece } from './types';

interface Range {
  start: number;
  end: number;
  ref: string;
}

const rangesOf = (segs: TextSeg[]): Range[] => {
  const out: Range[] = [];
  let at = 0;
  for (const s of segs) {
    if (s.ref && s.text) out.push({ start: at, end: at + s.text.length, ref: s.ref });
    at += s.text.length;
  }
  return out;
};

/**
 * Splits pieces where a live reference's shown text starts or ends and tags the pieces inside
 * it with `ref`, so the compare view and the list can say "the date of the citation changed".
 * 'same' and 'insert' pieces are placed on the new text, 'delete' pieces on the old one (a 'same'
 * piece has the same length in both: NFC on both sides, tone placement moves no character).
 */
export function tagRefs(pieces: DiffPiece[], oldSegs: TextSeg[], newSegs: TextSeg[]): DiffPiece[] {
  const oldRanges = rangesOf(oldSegs);
  const newRanges = rangesOf(newSegs);
  if (oldRanges.length === 0 && newRanges.length === 0) return pieces;
  const out: DiffPiece[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const piece of pieces) {
    const onOld = piece.op === 'delete';
    const ranges = onOld ? oldRanges : newRanges;
    const start = onOld ? oldAt : newAt;
    const end = start + piece.text.length;
    // Cut points inside this piece.
    const cuts = new Set<number>([start, end]);
    for (const r of ranges) {
      if (r.start > start && r.start < end) cuts.add(r.start);
      if (r.end > start && r.end < end) cuts.add(r.end);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k + 1 < sorted.length; k++) {
      const a = sorted[k]!;
      const b = sorted[k + 1]!;
      const text = piece.text.slice(a - start, b - start);
      const r = ranges.find((x) => x.start <= a && b <= x.end);
      out.push(r ? { op: piece.op, text, ref: r.ref } : { op: piece.op, text });
    }
    if (piece.op !== 'insert') oldAt += piece.text.length;
    if (piece.op !== 'delete') newAt += piece.text.length;
  }
  return out;
}
