import type { PlanPart } from './plan-text';
import { similarity, wordBag } from './similarity';
import { textKey } from './tokenize';
import type { DiffOptions } from './types';

/** One part of the comparison: the old plan's, the new plan's, or both. */
export interface PartPair {
  old?: PlanPart;
  new?: PlanPart;
}

/**
 * Pairs the parts of two plans. Fixed parts (header, summary, opening, recipients, signature)
 * pair by kind. Sections and appendices pair by id, then by title, then by content (a section
 * renamed and retyped in another draft, or read from a Word file, keeps its words). Returned in
 * the new plan's order; an old part left alone comes where it stood in the old plan.
 */
export function matchParts(oldParts: PlanPart[], newParts: PlanPart[], options?: DiffOptions): PartPair[] {
  const partner = new Map<PlanPart, PlanPart>(); // new → old
  const taken = new Set<PlanPart>();
  const pair = (n: PlanPart, o: PlanPart | undefined): void => {
    if (!o || taken.has(o) || partner.has(n)) return;
    partner.set(n, o);
    taken.add(o);
  };
  const sameKind = (a: PlanPart, b: PlanPart): boolean => a.kind === b.kind;
  for (const n of newParts) if (!n.id) pair(n, oldParts.find((o) => !o.id && sameKind(o, n) && !taken.has(o)));
  for (const n of newParts) if (n.id) pair(n, oldParts.find((o) => o.id === n.id && sameKind(o, n) && !taken.has(o)));
  const titleKey = (p: PlanPart): string => textKey(p.title ?? '', options).toLowerCase();
  for (const n of newParts)
    if (n.id && !partner.has(n) && titleKey(n) !== '') pair(n, oldParts.find((o) => o.id && sameKind(o, n) && !taken.has(o) && titleKey(o) === titleKey(n)));
  const bag = (p: PlanPart) => wordBag(p.items.map((i) => i.text).join(' '), options);
  for (const n of newParts) {
    if (!n.id || partner.has(n)) continue;
    const nb = bag(n);
    let best: PlanPart | undefined;
    let bestScore = 0.5;
    for (const o of oldParts) {
      if (!o.id || taken.has(o) || !sameKind(o, n)) continue;
      const score = similarity(bag(o), nb);
      if (score > bestScore) {
        best = o;
        bestScore = score;
      }
    }
    pair(n, best);
  }

  // Sections whose order changed: the longest run of pairs in the same order stays paired; the
  // others are unpaired, so their paragraphs show as moved (deleted where the section stood,
  // inserted where it stands now, linked as moves), and rejecting every change restores the order.
  const paired = newParts.filter((n) => partner.has(n));
  const keep = new Set(longestIncreasing(paired.map((n) => oldParts.indexOf(partner.get(n)!))).map((k) => paired[k]!));
  for (const n of paired) if (!keep.has(n)) partner.delete(n);

  const out: PartPair[] = [];
  let oldAt = 0;
  const flushOld = (until: number): void => {
    for (; oldAt < until; oldAt++) {
      const o = oldParts[oldAt]!;
      if (![...partner.values()].includes(o)) out.push({ old: o });
    }
  };
  for (const n of newParts) {
    const o = partner.get(n);
    if (o) {
      const index = oldParts.indexOf(o);
      if (index >= oldAt) flushOld(index + 1);
    }
    out.push({ ...(o ? { old: o } : {}), new: n });
  }
  flushOld(oldParts.length);
  return out;
}

/** Indices (into `values`) of a longest strictly increasing subsequence. */
function longestIncreasing(values: number[]): number[] {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.unshift(k);
  return out;
}
