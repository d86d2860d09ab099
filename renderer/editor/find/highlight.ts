import { createContext, useContext } from 'react';
import type { BaseRange } from 'slate';
import type { InlineNode } from '../../../core/model/inline';
import { whereId, type Match, type Where } from './find-replace';

/**
 * The current find match, shown in the editor itself: the Slate editor holding it decorates the
 * matched characters and scrolls them into view. Provided by the editor screen, read by every
 * text editor (each knows which part of the plan it edits).
 */
export const FindHighlightCtx = createContext<Match | null>(null);

export const useFindHighlight = (): Match | null => useContext(FindHighlightCtx);

export function sameWhere(a: Where, b: Where): boolean {
  return a.kind === b.kind && whereId(a) === whereId(b);
}

/** A stable identity for a match, so an unchanged match does not re-render every editor. */
export const matchKey = (m: Match | null): string =>
  m ? `${m.where.kind}|${whereId(m.where)}|${m.block}|${m.start}|${m.end}|${m.context.length}` : '';

export type HighlightRange = BaseRange & { findCurrent: true };

/**
 * Slate ranges covering the match inside block `blockIndex` whose inline children are `children`:
 * one range per text leaf touched (a match may span leaves with different marks). A reference the
 * match covers is marked by its chip (RefChip), not by a range.
 */
export function highlightRanges(children: InlineNode[], blockIndex: number, match: Match): HighlightRange[] {
  if (match.block !== blockIndex) return [];
  return match.leaves
    .filter(([child, from, to]) => from < to && children[child] !== undefined && !('type' in children[child]!))
    .map(([child, from, to]) => ({
      anchor: { path: [blockIndex, child], offset: from },
      focus: { path: [blockIndex, child], offset: to },
      findCurrent: true,
    }));
}
