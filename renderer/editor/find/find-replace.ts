import type { BlockElement, InlineNode, TextLeaf } from '../../../core/model/inline';
import type { Plan, Section } from '../../../core/model/plan';
import { flattenSections } from '../../../core/render/numbering';
import { setSectionTitle, updateSection } from '../plan-updates';

/**
 * Find and replace over the plan's own text: summary, opening, section titles and bodies.
 * References are not text (they follow the cited document) and are never matched or changed.
 * A match may span leaves with different marks ("Chỉ **thị**"); it never crosses a reference
 * or a paragraph break.
 */

export interface FindOptions {
  matchCase: boolean;
  /** false: "ke hoach" also finds "kế hoạch" (and "dang" finds "Đảng"). */
  matchDiacritics: boolean;
}

export type Where = { kind: 'summary' } | { kind: 'preamble' } | { kind: 'title'; sectionId: string } | { kind: 'body'; sectionId: string };

export interface Match {
  where: Where;
  /** Block index (0 for the summary and titles). */
  block: number;
  /** Index in the block's children of the first leaf of the text run. */
  run: number;
  start: number;
  end: number;
  /** Text of the run, for showing the match in context. */
  context: string;
}

/** Folds one UTF-16 unit at a time so offsets in the folded text equal offsets in the original. */
export function foldForSearch(s: string, opts: FindOptions): string {
  let out = '';
  for (const unit of s) {
    if (unit.length !== 1) {
      out += unit;
      continue;
    }
    let c = unit;
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
  const out: Array<[number, number]> = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) out.push([i, i + needle.length]);
  return out;
}

const isText = (n: InlineNode): n is TextLeaf => !('type' in n);

/** Runs of neighbouring text leaves: [index of first leaf, concatenated text]. */
function textRuns(children: InlineNode[]): Array<[number, string]> {
  const runs: Array<[number, string]> = [];
  let current: [number, string] | null = null;
  children.forEach((node, i) => {
    if (isText(node)) {
      if (current) current[1] += node.text;
      else runs.push((current = [i, node.text]));
    } else current = null;
  });
  return runs;
}

function findInInlines(children: InlineNode[], where: Where, block: number, query: string, opts: FindOptions): Match[] {
  return textRuns(children).flatMap(([run, text]) =>
    findInString(text, query, opts).map(([start, end]) => ({ where, block, run, start, end, context: text })),
  );
}

function findInBlocks(blocks: BlockElement[], where: Where, query: string, opts: FindOptions): Match[] {
  return blocks.flatMap((b, i) => findInInlines(b.children, where, i, query, opts));
}

/** All matches in document order. */
export function findMatches(plan: Plan, query: string, opts: FindOptions): Match[] {
  const out: Match[] = [
    ...findInInlines(plan.summary, { kind: 'summary' }, 0, query, opts),
    ...findInBlocks(plan.preamble, { kind: 'preamble' }, query, opts),
  ];
  for (const { section } of flattenSections(plan.sections)) {
    out.push(
      ...findInString(section.title, query, opts).map(([start, end]) => ({
        where: { kind: 'title', sectionId: section.id } as Where, block: 0, run: 0, start, end, context: section.title,
      })),
      ...findInBlocks(section.body, { kind: 'body', sectionId: section.id }, query, opts),
    );
  }
  return out;
}

/** Replaces [start, end) of the run beginning at leaf `run`; the new text takes the marks of the first leaf touched. */
export function replaceInInlines(children: InlineNode[], run: number, start: number, end: number, replacement: string): InlineNode[] {
  const out = children.slice();
  let pos = 0;
  let inserted = false;
  for (let i = run; i < out.length; i++) {
    const node = out[i]!;
    if (!isText(node)) break;
    const ls = pos;
    const le = pos + node.text.length;
    pos = le;
    if (le <= start || ls >= end) {
      if (ls >= end) break;
      continue;
    }
    const from = Math.max(start, ls) - ls;
    const to = Math.min(end, le) - ls;
    const middle = inserted ? '' : replacement.normalize('NFC');
    inserted = true;
    out[i] = { ...node, text: node.text.slice(0, from) + middle + node.text.slice(to) };
  }
  // Emptied leaves stay: Slate needs text nodes around references, and layout drops empty leaves.
  return out;
}

/** Applies replacements; matches in the same run are applied from the end so offsets stay valid. */
export function replaceMatches(plan: Plan, matches: Match[], replacement: string): Plan {
  const sorted = matches.slice().sort((a, b) => b.block - a.block || b.run - a.run || b.start - a.start);
  let next = plan;
  for (const m of sorted) next = replaceOne(next, m, replacement);
  return next;
}

function replaceOne(plan: Plan, m: Match, replacement: string): Plan {
  const inBlocks = (blocks: BlockElement[]): BlockElement[] =>
    blocks.map((b, i) => (i === m.block ? ({ ...b, children: replaceInInlines(b.children, m.run, m.start, m.end, replacement) } as BlockElement) : b));
  switch (m.where.kind) {
    case 'summary':
      return { ...plan, summary: replaceInInlines(plan.summary, m.run, m.start, m.end, replacement) };
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
  }
}

/** Replaces every match; returns the new plan and how many were replaced. */
export function replaceAll(plan: Plan, query: string, replacement: string, opts: FindOptions): { plan: Plan; count: number } {
  const matches = findMatches(plan, query, opts);
  return { plan: matches.length ? replaceMatches(plan, matches, replacement) : plan, count: matches.length };
}
