import type { BlockElement, InlineNode, TextLeaf } from '../../model/inline';
import type { DocxParagraph, DocxRun } from './docx-blocks';

/**
 * A paragraph of the plan's body as the recogniser reads it: its text on one line (a typed line
 * break is a space: the layout breaks lines itself), its runs for the marks, and the facts that
 * tell a heading from text.
 */
export interface BodyLine {
  text: string;
  runs: DocxRun[];
  /** Every visible letter bold. */
  bold: boolean;
  align?: DocxParagraph['align'];
  autoNumbered?: boolean;
}

export const oneLine = (s: string): string => s.replace(/[\n\t\u00a0]+/g, ' ').replace(/ {2,}/g, ' ').trim();

export function bodyLine(p: DocxParagraph): BodyLine {
  const runs = p.runs.map((r) => ({ ...r, text: r.text.replace(/[\n\t\u00a0]/g, ' ') }));
  const text = oneLine(runs.map((r) => r.text).join(''));
  const visible = runs.filter((r) => r.text.trim() !== '');
  const line: BodyLine = { text, runs, bold: visible.length > 0 && visible.every((r) => r.bold === true) };
  if (p.align) line.align = p.align;
  if (p.autoNumbered) line.autoNumbered = true;
  return line;
}

/**
 * The runs of a paragraph from `skip` characters of its (one-line) text on, as the model's leaves
 * with their marks; spaces collapsed as in `oneLine`.
 */
export function leavesAfter(line: BodyLine, skip: number): InlineNode[] {
  const out: Array<TextLeaf & { note?: string }> = [];
  for (const run of line.runs) {
    const leaf: TextLeaf & { note?: string } = { text: run.text, ...(run.footnote !== undefined ? { note: run.footnote } : {}) };
    if (run.bold) leaf.bold = true;
    if (run.italic) leaf.italic = true;
    if (run.underline) leaf.underline = true;
    out.push(leaf);
  }
  // Collapse spaces across leaves, then drop the first `skip` characters of the collapsed text.
  let pendingSpace = false;
  let started = false;
  const collapsed: Array<TextLeaf & { note?: string }> = [];
  for (const leaf of out) {
    let t = '';
    for (const ch of leaf.text) {
      if (ch === ' ') {
        if (started) pendingSpace = true;
        continue;
      }
      if (pendingSpace) t += ' ';
      pendingSpace = false;
      started = true;
      t += ch;
    }
    collapsed.push({ ...leaf, text: t });
  }
  let rest = skip;
  const result: Array<TextLeaf & { note?: string }> = [];
  for (const leaf of collapsed) {
    if (leaf.note !== undefined) {
      if (rest === 0) result.push(leaf);
      continue;
    }
    if (rest >= leaf.text.length) {
      rest -= leaf.text.length;
      continue;
    }
    result.push({ ...leaf, text: leaf.text.slice(rest) });
    rest = 0;
  }
  return mergeLeaves(result);
}

/** Neighbouring leaves with one look joined; a footnote reference becomes the model's footnote node. */
function mergeLeaves(leaves: Array<TextLeaf & { note?: string }>): InlineNode[] {
  const out: InlineNode[] = [];
  for (const leaf of leaves) {
    if (leaf.note !== undefined) {
      out.push({ type: 'footnote', note: leaf.note, children: [{ text: '' }] });
      continue;
    }
    if (leaf.text === '') continue;
    const last = out[out.length - 1];
    if (last && 'text' in last && !!last.bold === !!leaf.bold && !!last.italic === !!leaf.italic && !!last.underline === !!leaf.underline) last.text += leaf.text;
    else out.push({ ...leaf });
  }
  return out.length > 0 ? out : [{ text: '' }];
}

export function paragraphBlock(children: InlineNode[], align?: BodyLine['align']): BlockElement {
  const block: BlockElement = { type: 'paragraph', children: children.length > 0 ? children : [{ text: '' }] };
  if (align === 'center' || align === 'right') block.align = align;
  return block;
}
