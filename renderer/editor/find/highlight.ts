import { createContext, useContext } from 'react';
import type { BaseRange } from 'slate';
import type { InlineNode } from '../../../core/model/inline';
import type { Match, Where } from './find-replace';

/**
 * The current find match, shown in the editor itself: the Slate editor holding it decorates the
 * matched characters and scrolls them into view. Provided by the editor screen, read by every
 * text editor (each knows which part of the plan it edits).
 */
export const FindHighlightCtx = createContext<Match | null>(null);

export const useFindHighlight = (): Match | null => useContext(FindHighlightCtx);

export function sameWhere(a: Where, b: Where): boolean {
  return a.kind === b.kind && ('sectionId' in a ? a.sectionId : null) === ('sectionId' in b ? b.sectionId : null);
}

/** A stable identity for a match, so an unchanged match does not re-render every editor. */
export const matchKey = (m: Match | null): string =>
  m ? `${m.where.kind}|${'sectionId' in m.where ? m.where.sectionId : ''}|${m.block}|${m.run}|${m.start}|${m.end}` : '';

export type HighlightRange = BaseRange & { findCurrent: true };

/**
 * Slate ranges covering the match inside block `blockIndex` whose inline children are `children`.
 * The match's offsets count from the first leaf of its text run, which may span several leaves
 * with different marks; one range per leaf touched.
 */
export function highlightRanges(children: InlineNode[], blockIndex: number, match: Match): HighlightRange[] {
  if (match.block !== blockIndex) return [];
  const out: HighlightRange[] = [];
  let pos = 0;
  for (let i = match.run; i < children.length; i++) {
    const node = children[i]!;
    if ('type' in node) break; // a reference ends the text run
    const from = pos;
    const to = pos + node.text.length;
    pos = to;
    if (to <= match.start) continue;
    if (from >= match.end) break;
    out.push({
      anchor: { path: [blockIndex, i], offset: Math.max(match.start, from) - from },
      focus: { path: [blockIndex, i], offset: Math.min(match.end, to) - from },
      findCurrent: true,
    });
  }
  return out;
}
