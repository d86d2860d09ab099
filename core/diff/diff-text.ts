import { diffArrays } from 'diff';
import { tokenKey, tokenize } from './tokenize';
import type { DiffOptions, DiffPiece } from './types';

/**
 * Two texts → pieces, word by word (tokenize.ts), with jsdiff over the tokens' comparison keys.
 * Concatenating the 'same' and 'delete' pieces gives the old text (NFC), 'same' and 'insert' the
 * new one, exactly. With `ignoreToneMarks`, "hoà" → "hòa" is the same word and its 'same' piece
 * carries the NEW spelling, so the clerk's new spelling is what is kept (the old text then differs
 * from same + delete by tone placement only). White space compares loosely for the alignment (a
 * double space does not derail the words around it) but a changed run of spaces is still reported,
 * so accepting every change gives the new text to the character.
 */
export function diffText(a: string, b: string, options?: DiffOptions): DiffPiece[] {
  const oldTokens = tokenize(a);
  const newTokens = tokenize(b);
  return diffTokens(oldTokens, newTokens, options);
}

/**
 * Share of tokens changed beyond which a text counts as rewritten (one deletion, one insertion):
 * spaces between words always match, so 0.35 of all tokens is about 70 % of the words.
 */
const REWRITE_SHARE = 0.35;

function commonCount(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const k of a) counts.set(k, (counts.get(k) ?? 0) + 1);
  let common = 0;
  for (const k of b) {
    const n = counts.get(k);
    if (n) {
      common++;
      counts.set(k, n - 1);
    }
  }
  return common;
}

const replaced = (a: string, b: string): DiffPiece[] => [
  ...(a ? [{ op: 'delete' as const, text: a }] : []),
  ...(b ? [{ op: 'insert' as const, text: b }] : []),
];

export function diffTokens(oldTokens: string[], newTokens: string[], options?: DiffOptions): DiffPiece[] {
  const oldKeys = oldTokens.map((t) => tokenKey(t, options));
  const newKeys = newTokens.map((t) => tokenKey(t, options));
  // Two texts that differ in more than about half their tokens read better as one replacement than
  // as a confetti of kept words, and finding their shortest edit is the costly case: stop there.
  // The tokens two texts share (as multisets) bound their longest common subsequence, so this
  // cheap count settles most rewritten paragraphs without running the diff at all.
  const limit = Math.max(8, Math.ceil((oldKeys.length + newKeys.length) * REWRITE_SHARE));
  if (oldKeys.length + newKeys.length - 2 * commonCount(oldKeys, newKeys) > limit) return replaced(oldTokens.join(''), newTokens.join(''));
  const changes = diffArrays(oldKeys, newKeys, { maxEditLength: limit });
  if (changes === undefined) return replaced(oldTokens.join(''), newTokens.join(''));
  const pieces: DiffPiece[] = [];
  let i = 0;
  let j = 0;
  const push = (op: DiffPiece['op'], text: string): void => {
    if (text === '') return;
    const last = pieces[pieces.length - 1];
    if (last && last.op === op) last.text += text;
    else pieces.push({ op, text });
  };
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    if (change.added) {
      push('insert', newTokens.slice(j, j + n).join(''));
      j += n;
    } else if (change.removed) {
      push('delete', oldTokens.slice(i, i + n).join(''));
      i += n;
    } else {
      // Equal keys; where the old and new spellings differ (spaces, tone placement ignored), the
      // new text is shown as 'same' only when the difference is one the options ignore on purpose.
      for (let k = 0; k < n; k++) {
        const o = oldTokens[i + k]!;
        const nw = newTokens[j + k]!;
        if (o === nw || (options?.ignoreToneMarks && !/^\s+$/.test(o))) push('same', nw);
        else {
          push('delete', o);
          push('insert', nw);
        }
      }
      i += n;
      j += n;
    }
  }
  return orderPieces(pieces);
}

/**
 * Inside a run of changes, deletions come before insertions (how Word and a reader expect them),
 * and a lone space between two changed words joins the change: "Tăng cường" → "Đẩy mạnh" reads
 * as one replacement, not as two words each replaced around a kept space.
 */
function orderPieces(raw: DiffPiece[]): DiffPiece[] {
  const pieces = raw.flatMap((p, k): DiffPiece[] =>
    p.op === 'same' && /^\s+$/.test(p.text) && k > 0 && k < raw.length - 1 && raw[k - 1]!.op !== 'same' && raw[k + 1]!.op !== 'same'
      ? [
          { op: 'delete', text: p.text },
          { op: 'insert', text: p.text },
        ]
      : [p],
  );
  const out: DiffPiece[] = [];
  let dels: string[] = [];
  let ins: string[] = [];
  const flush = (): void => {
    if (dels.length) out.push({ op: 'delete', text: dels.join('') });
    if (ins.length) out.push({ op: 'insert', text: ins.join('') });
    dels = [];
    ins = [];
  };
  for (const p of pieces) {
    if (p.op === 'delete') dels.push(p.text);
    else if (p.op === 'insert') ins.push(p.text);
    else {
      flush();
      const last = out[out.length - 1];
      if (last && last.op === 'same' && !last.ref && !p.ref) last.text += p.text;
      else out.push({ ...p });
    }
  }
  flush();
  return out;
}

/** The old text the pieces stand for. */
export const oldText = (pieces: DiffPiece[]): string => pieces.filter((p) => p.op !== 'insert').map((p) => p.text).join('');
/** The new text the pieces stand for. */
export const newText = (pieces: DiffPiece[]): string => pieces.filter((p) => p.op !== 'delete').map((p) => p.text).join('');
/** True when nothing changed. */
export const unchanged = (pieces: DiffPiece[]): boolean => pieces.every((p) => p.op === 'same');
