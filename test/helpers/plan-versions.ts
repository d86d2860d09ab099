import { type BlockElement, type InlineNode, type TextBlockElement, isFootnote, isRef } from '../../core/model/inline';
import type { Plan, Section } from '../../core/model/plan';
import { flattenSections } from '../../core/render/numbering';

/**
 * A second version of a plan, as a clerk makes one between two drafts: a word changed in a
 * paragraph, a paragraph moved to another section, the date of the first base corrected. Works on
 * any plan with at least two sections holding text paragraphs (never tuned to one example).
 */
export interface SecondVersion {
  plan: Plan;
  /** The word replaced and its replacement, in the edited paragraph. */
  edited: { before: string; after: string };
  /** The text of the moved paragraph's first leaf. */
  movedText: string;
  /** The first base's date before and after (ISO). */
  date: { before: string; after: string };
}

const textBlocks = (s: Section): TextBlockElement[] => s.body.filter((b): b is TextBlockElement => b.type !== 'table');
const longLeaf = (block: TextBlockElement): { text: string } | undefined =>
  block.children.find((n: InlineNode) => !isRef(n) && !isFootnote(n) && n.text.split(/\s+/).filter((w) => /^\p{L}{3,}$/u.test(w)).length >= 4) as
    | { text: string }
    | undefined;

export function shiftIsoDate(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function secondVersion(original: Plan, replacement = 'khẩn trương'): SecondVersion {
  const plan = structuredClone(original);
  const sections = flattenSections(plan.sections).map((x) => x.section).filter((s) => textBlocks(s).some((b) => longLeaf(b)));
  if (sections.length < 2) throw new Error('secondVersion needs two sections with text paragraphs');
  // Move: the last long paragraph of the first such section goes to the end of the last one.
  const from = sections[0]!;
  const movable = textBlocks(from).filter((b) => longLeaf(b));
  const moved = movable[movable.length - 1]!;
  from.body.splice(from.body.indexOf(moved as BlockElement), 1);
  if (from.body.length === 0 && from.children.length === 0) from.body.push({ type: 'paragraph', children: [{ text: '' }] });
  const to = sections[sections.length - 1]!;
  to.body.push(moved);
  // Edit: a word of a paragraph in a middle section (not the moved one).
  const middle = sections[Math.floor(sections.length / 2)]!;
  const target = textBlocks(middle).find((b) => b !== moved && longLeaf(b))!;
  const leaf = longLeaf(target)!;
  const words = leaf.text.split(' ');
  const k = words.findIndex((w, i) => i > 0 && /^\p{L}{3,}$/u.test(w));
  const before = words[k]!;
  words[k] = replacement;
  leaf.text = words.join(' ');
  // The first base's date, one day later.
  const base = plan.documents.find((d) => d.id === plan.baseIds[0])!;
  const date = { before: base.date, after: shiftIsoDate(base.date, 1) };
  base.date = date.after;
  return { plan, edited: { before, after: replacement }, movedText: longLeaf(moved)!.text, date };
}
