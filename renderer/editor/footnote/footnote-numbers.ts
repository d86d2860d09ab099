import { createContext } from 'react';
import { type BlockElement, type FootnoteElement, isFootnote } from '../../../core/model/inline';
import type { Plan, Section } from '../../../core/model/plan';

/**
 * The number each footnote mark shows: 1, 2, … in the order the layout numbers them (the opening,
 * then the sections' bodies depth first; the summary has none). Keyed by node identity: Slate keeps
 * a footnote's node while text around it is typed, so the answer (and the context holding it) stays
 * the same object until a footnote is added, removed or moved, and typing re-renders no mark.
 */
export type FootnoteNumbers = ReadonlyMap<FootnoteElement, number>;

export const FootnoteNumbersCtx = createContext<FootnoteNumbers>(new Map());

const notesOf = (blocks: BlockElement[], out: FootnoteElement[]): void => {
  for (const block of blocks) for (const node of block.children) if (isFootnote(node)) out.push(node);
};

export function footnotesInOrder(plan: Pick<Plan, 'preamble' | 'sections'>): FootnoteElement[] {
  const out: FootnoteElement[] = [];
  notesOf(plan.preamble, out);
  const visit = (section: Section): void => {
    notesOf(section.body, out);
    section.children.forEach(visit);
  };
  plan.sections.forEach(visit);
  return out;
}

/** A function of the plan that returns the same map while the footnotes (nodes, in order) are the same. */
export function createFootnoteNumbers(): (plan: Pick<Plan, 'preamble' | 'sections'>) => FootnoteNumbers {
  let last: { order: FootnoteElement[]; numbers: FootnoteNumbers } | null = null;
  return (plan) => {
    const order = footnotesInOrder(plan);
    if (last && last.order.length === order.length && last.order.every((n, i) => n === order[i])) return last.numbers;
    last = { order, numbers: new Map(order.map((n, i) => [n, i + 1])) };
    return last.numbers;
  };
}
