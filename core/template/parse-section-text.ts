import type { BlockElement, InlineNode, TextLeaf } from '../model/inline';
import { cleanText } from '../text/clean-text';
import { MARKER_CLOSE, MARKER_OPEN, decodeMarker } from './markers';

/**
 * Turns the text a section body template produced into blocks:
 * - paragraphs are separated by blank lines; other line breaks inside a paragraph become spaces
 *   (templates wrap long sentences for readability);
 * - a line starting "- " or "+ " starts a bullet (so consecutive bullet lines need no blank line);
 * - `**bold**` and `*italic*` become marks; an unmatched asterisk stays a literal asterisk;
 * - markers (see markers.ts) become live `ref` nodes.
 */
export function parseSectionText(source: string): BlockElement[] {
  const blocks: BlockElement[] = [];
  const text = cleanText(source.replace(/\r\n?/g, '\n'));
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    let current: { marker: '-' | '+' | null; lines: string[] } | null = null;
    const flush = (): void => {
      if (!current) return;
      const joined = current.lines.join(' ').replace(/[ \t]+/g, ' ').trim();
      if (joined !== '') {
        const children = parseInline(joined);
        blocks.push(current.marker ? { type: 'bullet', marker: current.marker, children } : { type: 'paragraph', children });
      }
      current = null;
    };
    for (const rawLine of chunk.split('\n')) {
      const line = rawLine.trim();
      if (line === '') continue;
      const bullet = /^([-+])\s+(.*)$/.exec(line);
      if (bullet) {
        flush();
        current = { marker: bullet[1] as '-' | '+', lines: [bullet[2] ?? ''] };
      } else if (current) {
        current.lines.push(line);
      } else {
        current = { marker: null, lines: [line] };
      }
    }
    flush();
  }
  return blocks;
}

/** One run of text (the summary, a single paragraph): line breaks become spaces. */
export function parseInlineText(source: string): InlineNode[] {
  const joined = cleanText(source.replace(/\r\n?/g, '\n')).replace(/\s+/g, ' ').trim();
  return parseInline(joined);
}

interface Marks {
  bold: boolean;
  italic: boolean;
}

/** Splits on markers first (they are atomic), then applies `**`/`*` marks across the pieces. */
export function parseInline(value: string): InlineNode[] {
  const out: InlineNode[] = [];
  const marks: Marks = { bold: false, italic: false };
  const markerRe = new RegExp(`${MARKER_OPEN}([^${MARKER_CLOSE}]*)${MARKER_CLOSE}`, 'g');
  const boldClosable = hasPair(value, '**');
  let last = 0;
  let match: RegExpExecArray | null;
  const pushText = (piece: string): void => {
    for (const leaf of applyMarks(piece, marks, boldClosable)) pushLeaf(out, leaf);
  };
  while ((match = markerRe.exec(value)) !== null) {
    pushText(value.slice(last, match.index));
    const decoded = decodeMarker(match[1] ?? '');
    if (decoded) {
      const leaf: TextLeaf = { text: '', ...markLeaf(marks) };
      out.push(
        decoded.target === undefined
          ? { type: 'ref', field: decoded.field, children: [leaf] }
          : { type: 'ref', field: decoded.field, target: decoded.target, children: [leaf] },
      );
    }
    last = match.index + match[0].length;
  }
  pushText(value.slice(last));
  if (out.length === 0) out.push({ text: '' });
  // Slate needs a text leaf on both sides of an inline void element.
  if (isRefNode(out[0])) out.unshift({ text: '' });
  if (isRefNode(out[out.length - 1])) out.push({ text: '' });
  return out;
}

const isRefNode = (node: InlineNode | undefined): boolean => Boolean(node && (node as { type?: string }).type === 'ref');

const markLeaf = (marks: Marks): Omit<TextLeaf, 'text'> => ({
  ...(marks.bold ? { bold: true } : {}),
  ...(marks.italic ? { italic: true } : {}),
});

function pushLeaf(out: InlineNode[], leaf: TextLeaf): void {
  if (leaf.text === '') return;
  const prev = out[out.length - 1];
  if (prev && !isRefNode(prev)) {
    const p = prev as TextLeaf;
    if (Boolean(p.bold) === Boolean(leaf.bold) && Boolean(p.italic) === Boolean(leaf.italic)) {
      out[out.length - 1] = { ...p, text: p.text + leaf.text };
      return;
    }
  }
  out.push(leaf);
}

/** True when `token` occurs at least twice, so an opening one has a closing partner. */
function hasPair(value: string, token: string): boolean {
  const first = value.indexOf(token);
  return first >= 0 && value.indexOf(token, first + token.length) >= 0;
}

/**
 * Toggles bold on `**` and italic on a single `*` that has a partner later in the text.
 * `marks` is shared across pieces so emphasis may span a reference.
 */
function applyMarks(piece: string, marks: Marks, boldClosable: boolean): TextLeaf[] {
  const leaves: TextLeaf[] = [];
  let buffer = '';
  const emit = (): void => {
    if (buffer !== '') leaves.push({ text: buffer, ...markLeaf(marks) });
    buffer = '';
  };
  for (let i = 0; i < piece.length; i += 1) {
    const ch = piece[i];
    if (ch === '*' && piece[i + 1] === '*') {
      if (boldClosable || marks.bold) {
        emit();
        marks.bold = !marks.bold;
      } else {
        buffer += '**';
      }
      i += 1;
    } else if (ch === '*' && (marks.italic || piece.indexOf('*', i + 1) > i)) {
      emit();
      marks.italic = !marks.italic;
    } else {
      buffer += ch;
    }
  }
  emit();
  return leaves;
}
