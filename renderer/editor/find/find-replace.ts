import type { BlockElement, InlineNode, RefElement, TableElement, TextLeaf } from '../../../core/model/inline';
import { setCell } from '../../../core/model/table';
import type { Plan, Section } from '../../../core/model/plan';
import { flattenSections } from '../../../core/render/numbering';
import { applyToneMarks } from '../../../core/text';
import { createChipTextCache } from '../../state/chip-texts';
import { setSectionTitle, updateSection } from '../plan-updates';

/**
 * Find and replace over the text as the clerk sees it: summary, opening, section titles and
 * bodies, the text of each Phụ lục (its tables included), and the text each live reference shows ("Kế hoạch số 12-KH/HU", "Chỉ thị số 32-CT/TU
 * ngày …"). A match may span leaves with different marks ("Chỉ **thị**") and run into or out
 * of a reference; it never crosses a paragraph break. A match that touches a reference is found
 * and shown but never replaced: the reference follows the cited document, edited in its popover.
 */

export interface FindOptions {
  matchCase: boolean;
  /** false: "ke hoach" also finds "kế hoạch" (and "dang" finds "Đảng"). */
  matchDiacritics: boolean;
}

export type Where =
  | { kind: 'summary' }
  | { kind: 'preamble' }
  | { kind: 'title'; sectionId: string }
  | { kind: 'body'; sectionId: string }
  | { kind: 'appendix'; appendixId: string };

/** The section or Phụ lục a place belongs to ('' for the summary and the opening). */
export const whereId = (w: Where): string => ('sectionId' in w ? w.sectionId : 'appendixId' in w ? w.appendixId : '');

export interface Match {
  where: Where;
  /** Block index (0 for the summary and titles). */
  block: number;
  /** Offsets in the block's text as shown (its text leaves and each reference's text). */
  start: number;
  end: number;
  /** The block's text as shown, for showing the match in context. */
  context: string;
  /** The pieces of text leaves the match covers: [child index, from, to] in the leaf's own text. */
  leaves: Array<[number, number, number]>;
  /** References the match covers, at least partly (their chips show it as found). */
  refs: RefElement[];
  /** A match in a table cell: [row, column]; offsets are in the cell's text. */
  cell?: [number, number];
}

/** The text of references, as their chips show it. */
export type RefText = (ref: RefElement) => string;

/** A match the plan's own text holds entirely (one touching a reference is not replaced). */
export const isReplaceable = (m: Match): boolean => m.refs.length === 0;

/**
 * Folds the text so offsets in the folded text equal offsets in the original: case, diacritics,
 * a non-breaking space (shown as a space), and the tone-mark placement ("hoà" = "hòa", "uỷ" = "ủy").
 */
export function foldForSearch(s: string, opts: FindOptions): string {
  let out = '';
  for (const unit of applyToneMarks(s, 'ủy')) {
    if (unit.length !== 1) {
      out += unit;
      continue;
    }
    let c = unit === '\u00a0' ? ' ' : unit;
    if (!opts.matchDiacritics) c = c === 'đ' ? 'd' : c === 'Đ' ? 'D' : c.normalize('NFD')[0]!;
    if (!opts.matchCase) {
      const lower = c.toLowerCase();
      if (lower.length === 1) c = lower;
    }
    out += c;
  }
  return out;
}

function findInString(text: string, query: string, opts: FindOptions): Array<[number, number]> {
  if (query === '') return [];
  const hay = foldForSearch(text.normalize('NFC'), opts);
  const needle = foldForSearch(query.normalize('NFC'), opts);
  if (needle === '') return [];
  const out: Array<[number, number]> = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) out.push([i, i + needle.length]);
  return out;
}

const isText = (n: InlineNode): n is TextLeaf => !('type' in n);

function findInInlines(children: InlineNode[], where: Where, block: number, query: string, opts: FindOptions, refText: RefText): Match[] {
  // The block as shown: each child's text and where it starts.
  const spans: Array<{ child: number; from: number; to: number; ref: boolean }> = [];
  let shown = '';
  children.forEach((node, child) => {
    const piece = isText(node) ? node.text : node.type === 'ref' ? refText(node) : '';
    spans.push({ child, from: shown.length, to: shown.length + piece.length, ref: !isText(node) });
    shown += piece;
  });
  return findInString(shown, query, opts).map(([start, end]) => {
    const leaves: Match['leaves'] = [];
    const refs: RefElement[] = [];
    for (const span of spans) {
      if (span.to <= start || span.from >= end || span.from === span.to) continue;
      if (span.ref) refs.push(children[span.child] as RefElement);
      else leaves.push([span.child, Math.max(start, span.from) - span.from, Math.min(end, span.to) - span.from]);
    }
    return { where, block, start, end, context: shown, leaves, refs };
  });
}

function findInBlocks(blocks: BlockElement[], where: Where, query: string, opts: FindOptions, refText: RefText): Match[] {
  return blocks.flatMap((b, i) => (b.type === 'table' ? findInTable(b, where, i, query, opts) : findInInlines(b.children, where, i, query, opts, refText)));
}

/** Matches in the cells of a table, row by row (plain text: always replaceable). */
function findInTable(table: TableElement, where: Where, block: number, query: string, opts: FindOptions): Match[] {
  return table.rows.flatMap((row, r) =>
    row.flatMap((value, c) => findInString(value, query, opts).map(([start, end]): Match => ({ where, block, start, end, context: value, leaves: [], refs: [], cell: [r, c] }))),
  );
}

/** All matches in document order. `refText` gives the text of references (by default, what their chips show). */
export function findMatches(plan: Plan, query: string, opts: FindOptions, refText: RefText = createChipTextCache()(plan).text): Match[] {
  const out: Match[] = [
    ...findInInlines(plan.summary, { kind: 'summary' }, 0, query, opts, refText),
    ...findInBlocks(plan.preamble, { kind: 'preamble' }, query, opts, refText),
  ];
  for (const { section } of flattenSections(plan.sections)) {
    out.push(
      ...findInString(section.title, query, opts).map(([start, end]): Match => ({
        where: { kind: 'title', sectionId: section.id }, block: 0, start, end, context: section.title, leaves: [], refs: [],
      })),
      ...findInBlocks(section.body, { kind: 'body', sectionId: section.id }, query, opts, refText),
    );
  }
  for (const appendix of plan.appendices ?? []) out.push(...findInBlocks(appendix.body, { kind: 'appendix', appendixId: appendix.id }, query, opts, refText));
  return out;
}

/**
 * The replacement as it goes in at this match. With "Phân biệt chữ hoa" off the found text's
 * case is kept, as Word does: "- Quán triệt" replaced by "học tập" gives "- Học tập", and a word
 * found in capitals is replaced in capitals. A capital the clerk typed in the replacement stays.
 */
export function adaptCase(found: string, replacement: string, opts: FindOptions): string {
  const text = replacement.normalize('NFC');
  if (opts.matchCase) return text;
  const letters = Array.from(found).filter((c) => c.toLocaleLowerCase('vi') !== c.toLocaleUpperCase('vi'));
  if (letters.length === 0) return text;
  const upper = (c: string) => c === c.toLocaleUpperCase('vi') && c !== c.toLocaleLowerCase('vi');
  if (letters.length > 1 && letters.every(upper)) return text.toLocaleUpperCase('vi');
  if (upper(letters[0]!)) {
    const [first, ...rest] = Array.from(text);
    return first === undefined ? '' : first.toLocaleUpperCase('vi') + rest.join('');
  }
  return text;
}

/** Replaces the match's pieces of text leaves; the new text takes the marks of the first leaf touched. */
function replaceInInlines(children: InlineNode[], m: Match, replacement: string): InlineNode[] {
  const out = children.slice();
  m.leaves.forEach(([child, from, to], i) => {
    const node = out[child] as TextLeaf;
    out[child] = { ...node, text: node.text.slice(0, from) + (i === 0 ? replacement : '') + node.text.slice(to) };
  });
  // Emptied leaves stay: Slate needs text nodes around references, and layout drops empty leaves.
  return out;
}

/**
 * Applies replacements to the matches that are the plan's own text (see isReplaceable); matches in
 * one block are applied from its end so offsets stay valid. `opts` adapts the case (adaptCase).
 */
export function replaceMatches(plan: Plan, matches: Match[], replacement: string, opts: FindOptions = { matchCase: true, matchDiacritics: true }): Plan {
  // From the end of each block (and of each cell) backwards, so earlier offsets stay valid.
  const cellOrder = (m: Match) => (m.cell ? m.cell[0] * 1000 + m.cell[1] : -1);
  const sorted = matches.filter(isReplaceable).sort((a, b) => b.block - a.block || cellOrder(b) - cellOrder(a) || b.start - a.start);
  let next = plan;
  for (const m of sorted) next = replaceOne(next, m, adaptCase(m.context.slice(m.start, m.end), replacement, opts));
  return next;
}

function replaceOne(plan: Plan, m: Match, replacement: string): Plan {
  const inBlocks = (blocks: BlockElement[]): BlockElement[] =>
    blocks.map((b, i) => {
      if (i !== m.block) return b;
      if (b.type === 'table' && m.cell) {
        const [r, c] = m.cell;
        const value = b.rows[r]?.[c] ?? '';
        return setCell(b, r, c, value.slice(0, m.start) + replacement + value.slice(m.end));
      }
      return { ...b, children: replaceInInlines(b.children, m, replacement) } as BlockElement;
    });
  switch (m.where.kind) {
    case 'summary':
      return { ...plan, summary: replaceInInlines(plan.summary, m, replacement) };
    case 'preamble':
      return { ...plan, preamble: inBlocks(plan.preamble) };
    case 'title': {
      const id = m.where.sectionId;
      const section = flattenSections(plan.sections).find((s) => s.section.id === id)?.section;
      if (!section) return plan;
      return setSectionTitle(plan, id, section.title.slice(0, m.start) + replacement + section.title.slice(m.end));
    }
    case 'body':
      return { ...plan, sections: updateSection(plan.sections, m.where.sectionId, (s: Section) => ({ ...s, body: inBlocks(s.body) })) };
    case 'appendix': {
      const id = m.where.appendixId;
      return { ...plan, appendices: plan.appendices?.map((a) => (a.id === id ? { ...a, body: inBlocks(a.body) } : a)) };
    }
  }
}

/** Replaces every match that is the plan's own text; returns the new plan, how many were replaced and how many were in references. */
export function replaceAll(plan: Plan, query: string, replacement: string, opts: FindOptions, refText?: RefText): { plan: Plan; count: number; inReferences: number } {
  const matches = findMatches(plan, query, opts, refText);
  const own = matches.filter(isReplaceable);
  return { plan: own.length ? replaceMatches(plan, own, replacement, opts) : plan, count: own.length, inReferences: matches.length - own.length };
}
