import { tokenKey, tokenize } from './tokenize';
import type { DiffOptions } from './types';

/** The words of a text (no spaces, no punctuation) as comparison keys, counted. */
export function wordBag(text: string, options?: DiffOptions): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of tokenize(text)) {
    if (!/[\p{L}\p{N}]/u.test(t)) continue;
    const k = tokenKey(t, options).toLowerCase();
    bag.set(k, (bag.get(k) ?? 0) + 1);
  }
  return bag;
}

const sizes = new WeakMap<Map<string, number>, number>();
export const bagSize = (bag: Map<string, number>): number => {
  let n = sizes.get(bag);
  if (n !== undefined) return n;
  n = 0;
  for (const v of bag.values()) n += v;
  sizes.set(bag, n);
  return n;
};

/** Dice coefficient of two word bags: 1 = the same words, 0 = none in common. */
export function similarity(a: Map<string, number>, b: Map<string, number>): number {
  const sa = bagSize(a);
  const sb = bagSize(b);
  if (sa + sb === 0) return 1;
  let common = 0;
  for (const [k, v] of a) common += Math.min(v, b.get(k) ?? 0);
  return (2 * common) / (sa + sb);
}
