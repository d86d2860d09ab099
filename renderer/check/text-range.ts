import type { InlineNode, RefElement } from '../../core/model/inline';

/** A place in a Slate document: the path of a text leaf and an offset in its text. */
export interface LeafPoint {
  path: number[];
  offset: number;
}

/**
 * The Slate range of [start, end) in block `block`'s text as shown, where each live reference
 * counts as the text its chip shows (`refText`) and a footnote mark as nothing. Slate cannot put
 * the caret inside a reference (a void inline): an end that falls inside one is moved past it,
 * a start before it, so the range covers the whole reference. Null when the block has no text
 * leaves (a table) or the offsets are out of range.
 */
export function leafRange(children: readonly InlineNode[], block: number, start: number, end: number, refText: (ref: RefElement) => string): { anchor: LeafPoint; focus: LeafPoint } | null {
  const spans: Array<{ child: number; from: number; to: number; leaf: boolean }> = [];
  let at = 0;
  children.forEach((node, child) => {
    const isLeaf = !('type' in node);
    const length = isLeaf ? node.text.length : node.type === 'ref' ? refText(node).length : 0;
    spans.push({ child, from: at, to: at + length, leaf: isLeaf });
    at += length;
  });
  if (start < 0 || end < start || end > at) return null;
  const leaves = spans.filter((s) => s.leaf);
  if (leaves.length === 0) return null;
  // The start: the leaf holding it, else the last leaf ending at or before it (before a reference).
  const startLeaf = leaves.find((s) => s.from <= start && start < s.to) ?? [...leaves].reverse().find((s) => s.to <= start) ?? leaves[0]!;
  // The end: the leaf holding it, else the first leaf starting at or after it (after a reference).
  const endLeaf = leaves.find((s) => s.from < end && end <= s.to) ?? leaves.find((s) => s.from >= end) ?? leaves[leaves.length - 1]!;
  const clamp = (s: (typeof leaves)[number], offset: number) => Math.max(0, Math.min(s.to - s.from, offset - s.from));
  return {
    anchor: { path: [block, startLeaf.child], offset: clamp(startLeaf, start) },
    focus: { path: [block, endLeaf.child], offset: clamp(endLeaf, end) },
  };
}
