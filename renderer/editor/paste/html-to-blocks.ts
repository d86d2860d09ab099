import type { BlockElement, TextLeaf } from '../../../core/model/inline';
import { cleanText } from '../../../core/text/clean-text';
import { mergeLeaves } from '../../../core/render/resolve';
import { lineToBlock, textToBlocks } from './text-to-blocks';

/**
 * Clipboard HTML (Word, web pages, Google Docs) → paragraphs and "-"/"+" bullets. Only bold,
 * italic and underline survive; fonts, colours, sizes, classes and tables' layout are dropped.
 * A small tokenizer rather than DOMParser so the same code runs in unit tests and never
 * executes anything from the clipboard.
 */

type Marks = Omit<TextLeaf, 'text'>;
interface Frame {
  tag: string;
  marks: Marks;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'blockquote', 'section', 'article',
  'header', 'footer', 'ul', 'ol', 'table', 'pre', 'dd', 'dt',
]);
const SKIP_TAGS = new Set(['style', 'script', 'head', 'title', 'xml', 'o:smarttagtype', 'template', 'svg']);
const VOID_TAGS = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'wbr', 'o:p']);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** The marks an element sets: its tag, then its inline style (Google Docs wraps all in <b style="font-weight:normal">). */
function marksOf(tag: string, attrs: string): Marks {
  const marks: Marks = {};
  if (tag === 'b' || tag === 'strong') marks.bold = true;
  if (tag === 'i' || tag === 'em') marks.italic = true;
  if (tag === 'u' || tag === 'ins') marks.underline = true;
  const style = /style\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
  const css = (style?.[2] ?? style?.[3] ?? '').toLowerCase();
  const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(css)?.[1];
  if (weight) marks.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fontStyle = /font-style\s*:\s*([a-z]+)/.exec(css)?.[1];
  if (fontStyle) marks.italic = fontStyle === 'italic' || fontStyle === 'oblique';
  const decoration = /text-decoration(?:-line)?\s*:\s*([a-z ]+)/.exec(css)?.[1];
  if (decoration) marks.underline = decoration.includes('underline');
  return marks;
}

function currentMarks(stack: Frame[]): Marks {
  const out: Marks = {};
  for (const frame of stack) Object.assign(out, frame.marks);
  // Only true marks are stored in the model.
  return { ...(out.bold ? { bold: true } : {}), ...(out.italic ? { italic: true } : {}), ...(out.underline ? { underline: true } : {}) };
}

export function htmlToBlocks(html: string): BlockElement[] {
  const blocks: BlockElement[] = [];
  const stack: Frame[] = [];
  let skipDepth = 0;
  let leaves: TextLeaf[] = [];
  let inListItem = false;

  const flush = () => {
    const merged = mergeLeaves(leaves.map((l) => ({ ...l, text: l.text.replace(/[ \t\r\n]+/g, ' ') })));
    leaves = [];
    // Trim the block: leading and trailing spaces (also non-breaking ones) go.
    const first = merged[0];
    if (first) first.text = first.text.replace(/^[\s\u00a0]+/u, '');
    const last = merged[merged.length - 1];
    if (last) last.text = last.text.replace(/[\s\u00a0]+$/u, '');
    const kept = merged.filter((l) => l.text !== '');
    const isItem = inListItem;
    inListItem = false;
    if (kept.length === 0) return;
    const line = kept.map((l) => l.text).join('');
    const block = lineToBlock(line, kept);
    if (isItem && block.type === 'paragraph') blocks.push({ type: 'bullet', marker: '-', children: block.children });
    else blocks.push(block);
  };

  const TOKEN = /<!--[\s\S]*?-->|<!\[[\s\S]*?\]>|<!(?:[^>]*)>|<(\/?)([a-zA-Z][\w:.-]*)([^>]*?)(\/?)>|([^<]+)|</g;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    const [, closing, rawTag, attrs = '', selfClosing, textPart] = m;
    if (textPart !== undefined) {
      if (skipDepth === 0) leaves.push({ text: decodeEntities(textPart), ...currentMarks(stack) });
      continue;
    }
    if (rawTag === undefined) continue; // comment, conditional comment, doctype, stray "<"
    const tag = rawTag.toLowerCase();
    if (SKIP_TAGS.has(tag)) {
      if (!selfClosing) skipDepth += closing ? -1 : 1;
      skipDepth = Math.max(0, skipDepth);
      continue;
    }
    if (skipDepth > 0) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'td' || tag === 'th') {
      if (closing) leaves.push({ text: ' ' });
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      if (tag === 'li' && !closing) inListItem = true;
    }
    if (VOID_TAGS.has(tag) || selfClosing) continue;
    if (closing) {
      const at = stack.map((f) => f.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
    } else {
      stack.push({ tag, marks: marksOf(tag, attrs) });
    }
  }
  flush();
  return blocks.map((block) => ({
    ...block,
    children: block.children.map((leaf) => ('text' in leaf ? { ...leaf, text: cleanText(leaf.text) } : leaf)),
  })) as BlockElement[];
}

/** What a paste inserts: HTML when the clipboard has it (keeps bold/italic/underline), plain text otherwise. */
export function clipboardToBlocks(html: string, plain: string): BlockElement[] {
  if (html.trim() !== '') {
    const blocks = htmlToBlocks(html);
    if (blocks.length > 0) return blocks;
  }
  return textToBlocks(plain);
}
