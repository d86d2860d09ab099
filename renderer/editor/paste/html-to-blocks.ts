import DOMPurify from 'dompurify';
import type { BlockElement, TextLeaf } from '../../../core/model/inline';
import { cleanText } from '../../../core/text/clean-text';
import { mergeLeaves } from '../../../core/render/resolve';
import { lineToBlock, textToBlocks } from './text-to-blocks';

/**
 * Clipboard HTML (Word, web pages, Google Docs) → paragraphs and "-"/"+" bullets. Only bold,
 * italic and underline survive; fonts, colours, sizes, classes and tables' layout are dropped.
 *
 * The HTML is parsed by the browser's own parser through DOMPurify, into an inert document: no
 * script runs, no image loads, and the inline styles are read through the browser's CSS parser —
 * so Word's own `mso-bidi-font-weight:normal` is not mistaken for `font-weight:normal`.
 */

type Marks = Omit<TextLeaf, 'text'>;

const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'blockquote', 'section', 'article',
  'header', 'footer', 'ul', 'ol', 'table', 'pre', 'dd', 'dt', 'dl', 'main', 'aside', 'nav', 'figure', 'caption',
]);
const SKIP_TAGS = new Set(['style', 'script', 'head', 'title', 'xml', 'template', 'svg', 'math', 'noscript', 'iframe', 'object']);

/** Parses and sanitises: the body of an inert document holding only elements, text and `style` attributes. */
export function parseClipboardHtml(html: string): Node {
  return DOMPurify.sanitize(html, {
    RETURN_DOM: true,
    ALLOWED_ATTR: ['style'],
    FORBID_TAGS: ['style', 'title', 'template', 'svg', 'math'],
    KEEP_CONTENT: true,
  });
}

/** The marks an element sets: its tag, then its inline style as the browser parsed it (Google Docs wraps all in <b style="font-weight:normal">). */
function marksOf(el: Element): Marks {
  const marks: Marks = {};
  const tag = el.localName;
  if (tag === 'b' || tag === 'strong') marks.bold = true;
  if (tag === 'i' || tag === 'em') marks.italic = true;
  if (tag === 'u' || tag === 'ins') marks.underline = true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style) {
    const weight = style.fontWeight;
    if (weight) marks.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const fontStyle = style.fontStyle;
    if (fontStyle) marks.italic = fontStyle === 'italic' || fontStyle.startsWith('oblique');
    const decoration = style.textDecorationLine || style.textDecoration;
    if (decoration) marks.underline = decoration.includes('underline');
  }
  return marks;
}

/** Only true marks are stored in the model. */
const trueMarks = (m: Marks): Marks => ({
  ...(m.bold ? { bold: true } : {}),
  ...(m.italic ? { italic: true } : {}),
  ...(m.underline ? { underline: true } : {}),
});

/** Paragraphs and bullets of a parsed (and sanitised) tree. */
export function blocksFromTree(root: Node): BlockElement[] {
  const blocks: BlockElement[] = [];
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

  const walk = (node: Node, marks: Marks) => {
    if (node.nodeType === 3 /* text */) {
      leaves.push({ text: node.nodeValue ?? '', ...trueMarks(marks) });
      return;
    }
    if (node.nodeType !== 1 /* element */ && node.nodeType !== 11 /* fragment */) return;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.localName : '';
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      if (tag === 'li') inListItem = true;
    }
    const inner = node.nodeType === 1 ? { ...marks, ...marksOf(el) } : marks;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inner);
    if (tag === 'td' || tag === 'th') leaves.push({ text: ' ' });
    if (isBlock) flush();
  };

  walk(root, {});
  flush();
  return blocks.map((block) => ({
    ...block,
    children: block.children.map((leaf) => ('text' in leaf ? { ...leaf, text: cleanText(leaf.text) } : leaf)),
  })) as BlockElement[];
}

export function htmlToBlocks(html: string): BlockElement[] {
  return blocksFromTree(parseClipboardHtml(html));
}

/** What a paste inserts: HTML when the clipboard has it (keeps bold/italic/underline), plain text otherwise. */
export function clipboardToBlocks(html: string, plain: string): BlockElement[] {
  if (html.trim() !== '') {
    const blocks = htmlToBlocks(html);
    if (blocks.length > 0) return blocks;
  }
  return textToBlocks(plain);
}
