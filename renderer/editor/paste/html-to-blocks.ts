import DOMPurify from 'dompurify';
import type { BlockElement, TextLeaf } from '../../../core/model/inline';
import { MAX_TABLE_COLUMNS, normalizeTable, type TableElement, type TableMerge } from '../../../core/model/table';
import { cleanText } from '../../../core/text/clean-text';
import { mergeLeaves } from '../../../core/render/resolve';
import { lineToBlock, textToBlocks } from './text-to-blocks';

/**
 * Clipboard HTML (Word, web pages, Google Docs) → paragraphs, "-"/"+" bullets and tables. Only
 * bold, italic and underline survive in text; fonts, colours, sizes and classes are dropped. A table
 * of two columns or more becomes a table (merged cells and relative column widths kept, a <thead>
 * or <th> row — else the first row — as its header); a one-column table, as web pages use for
 * layout, gives its text as paragraphs.
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
    ALLOWED_ATTR: ['style', 'colspan', 'rowspan', 'width'],
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
    if (tag === 'table') {
      const table = tableFromElement(el);
      if (table) {
        flush();
        blocks.push(table);
        return;
      }
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

/** Width of a cell in points from its style ("92.1pt", "3cm", "120px"), or undefined. */
function widthPt(el: Element): number | undefined {
  const w = ((el as HTMLElement).style as CSSStyleDeclaration | undefined)?.width || el.getAttribute('width') || '';
  const m = /^([\d.]+)\s*(pt|px|cm|mm|in)?$/.exec(w.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2] ?? 'px';
  const pt = unit === 'pt' ? n : unit === 'px' ? n * 0.75 : unit === 'cm' ? n * 28.3465 : unit === 'mm' ? n * 2.83465 : n * 72;
  return pt > 0 ? pt : undefined;
}

/** A cell's text: its blocks and <br>s as new lines, spaces collapsed, NFC and clean. */
function cellText(cell: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).localName;
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') {
      out += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block && out !== '' && !out.endsWith('\n')) out += '\n';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block && out !== '' && !out.endsWith('\n')) out += '\n';
  };
  for (let child = cell.firstChild; child; child = child.nextSibling) walk(child);
  return cleanText(
    out
      .split('\n')
      .map((line) => line.replace(/^[\s\u00a0]+|[\s\u00a0]+$/gu, ''))
      .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1))
      .join('\n'),
  );
}

/** The rows of this table (not of tables nested in its cells). */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (child.localName === 'tr') rows.push(child);
      else if (child.localName === 'thead' || child.localName === 'tbody' || child.localName === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

/** A pasted table → a table block, or null when it is a layout table (one column) or empty. */
export function tableFromElement(table: Element): TableElement | null {
  const rows = ownRows(table);
  if (rows.length === 0) return null;
  const grid: string[][] = [];
  const taken: boolean[][] = [];
  const merges: TableMerge[] = [];
  const widths: Array<number | undefined> = [];
  let headerRows = 0;
  let headerDone = false;
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    taken[r] ??= [];
    let c = 0;
    const cells = Array.from(tr.children).filter((x) => x.localName === 'td' || x.localName === 'th');
    const isHeader = tr.parentElement?.localName === 'thead' || (cells.length > 0 && cells.every((x) => x.localName === 'th'));
    if (isHeader && !headerDone) headerRows = r + 1;
    else headerDone = true;
    for (const cell of cells) {
      while (taken[r]![c]) c++;
      const colSpan = Math.max(1, Math.min(MAX_TABLE_COLUMNS, Number(cell.getAttribute('colspan')) || 1));
      const rowSpan = Math.max(1, Math.min(rows.length - r, Number(cell.getAttribute('rowspan')) || 1));
      grid[r]![c] = cellText(cell);
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) {
          (taken[r + dr] ??= [])[c + dc] = true;
          (grid[r + dr] ??= [])[c + dc] ??= '';
        }
      if (colSpan > 1 || rowSpan > 1) merges.push({ row: r, col: c, rowSpan, colSpan });
      const w = widthPt(cell);
      if (colSpan === 1 && w !== undefined && widths[c] === undefined) widths[c] = w;
      c += colSpan;
    }
  });
  const cols = Math.min(MAX_TABLE_COLUMNS, Math.max(0, ...grid.map((row) => row.length)));
  if (cols < 2) return null;
  const filled = grid.map((row) => Array.from({ length: cols }, (_, i) => row[i] ?? ''));
  if (filled.every((row) => row.every((v) => v === ''))) return null;
  const allWidths = widths.slice(0, cols);
  const haveWidths = allWidths.length === cols && allWidths.every((w) => w !== undefined);
  return normalizeTable({
    type: 'table',
    rows: filled,
    headerRows: headerRows > 0 ? headerRows : filled.length > 1 ? 1 : 0,
    ...(haveWidths ? { widths: (allWidths as number[]).map((w) => Math.round(w * 10) / 10) } : {}),
    ...(merges.length ? { merges } : {}),
    children: [{ text: '' }],
  });
}
