import type { BlockElement, TextLeaf } from '../../../core/model/inline';
import { cleanText } from '../../../core/text/clean-text';

/** A "-" or "+" item as typed or pasted: the marker, then a space (or tab) and the text. */
const BULLET_LINE = /^\s*([-+–•●▪◦])[\s\u00a0]+(.*)$/u;

/** Turns one pasted line into a paragraph or a "-"/"+" bullet (•, – and ● become "-"). */
export function lineToBlock(line: string, leaves?: TextLeaf[]): BlockElement {
  const match = BULLET_LINE.exec(line);
  if (!match) return { type: 'paragraph', children: leaves ?? [{ text: line.trim() }] };
  const marker = match[1] === '+' || match[1] === '◦' ? '+' : '-';
  const rest = match[2]!;
  return { type: 'bullet', marker, children: leaves ? stripPrefix(leaves, line.length - rest.length) : [{ text: rest.trim() }] };
}

/** Removes the first `count` characters (the bullet marker) from a run of leaves. */
function stripPrefix(leaves: TextLeaf[], count: number): TextLeaf[] {
  const out: TextLeaf[] = [];
  let left = count;
  for (const leaf of leaves) {
    if (left >= leaf.text.length) {
      left -= leaf.text.length;
      continue;
    }
    out.push({ ...leaf, text: leaf.text.slice(left) });
    left = 0;
  }
  return out.length ? out : [{ text: '' }];
}

/**
 * Plain-text paste: one block per non-empty line. PDF extractions break every line at the page
 * edge, so a line that does not end a sentence and is followed by a line starting in lower case
 * is joined to it (as in the example plans: "… tư tưởng đối với học sinh,\nsinh viên …").
 */
export function textToBlocks(text: string): BlockElement[] {
  // A few words pasted inside a sentence keep their spaces: " và café" must not glue to the word before.
  if (!/[\r\n]/.test(text.trimEnd()) && !BULLET_LINE.test(text)) return text === '' ? [] : [{ type: 'paragraph', children: [{ text: cleanText(text) }] }];
  const lines = cleanText(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '');
  const merged: string[] = [];
  for (const line of lines) {
    const prev = merged[merged.length - 1];
    const continues = prev !== undefined && !/[.:;!?]$/.test(prev) && /^[a-zà-ỹđ(“"]/u.test(line) && !BULLET_LINE.test(line);
    if (continues) merged[merged.length - 1] = `${prev} ${line}`;
    else merged.push(line);
  }
  return merged.map((line) => lineToBlock(line));
}
