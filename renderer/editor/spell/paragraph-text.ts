import { Element, Text, type BaseRange, type Path } from 'slate';
import type { BlockElement } from '../../../core/model/inline';

/** Where each text leaf of a paragraph starts in its plain text; references count as nothing. */
export interface ParagraphText {
  text: string;
  leaves: { index: number; start: number; end: number }[];
}

export function paragraphText(block: BlockElement): ParagraphText {
  let text = '';
  const leaves: ParagraphText['leaves'] = [];
  block.children.forEach((child, index) => {
    if (Element.isElement(child) || !Text.isText(child)) {
      // A reference chip breaks the words around it.
      text += '\u0000';
      return;
    }
    leaves.push({ index, start: text.length, end: text.length + child.text.length });
    text += child.text;
  });
  return { text, leaves };
}

/** The Slate ranges (one per leaf touched) of [start, end) in the paragraph at `path`. */
export function rangesOf(map: ParagraphText, path: Path, start: number, end: number): BaseRange[] {
  const out: BaseRange[] = [];
  for (const leaf of map.leaves) {
    const from = Math.max(start, leaf.start);
    const to = Math.min(end, leaf.end);
    if (from >= to && !(start === end && from === to)) continue;
    const at = [...path, leaf.index];
    out.push({ anchor: { path: at, offset: from - leaf.start }, focus: { path: at, offset: to - leaf.start } });
  }
  return out;
}

/** The paragraph offset of a point in one of its leaves. */
export function offsetOf(map: ParagraphText, leafIndex: number, offset: number): number | null {
  const leaf = map.leaves.find((l) => l.index === leafIndex);
  return leaf ? leaf.start + offset : null;
}
