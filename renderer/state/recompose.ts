import { OPENING_DEFAULTS, SUMMARY_DEFAULTS } from '../../core/compose/defaults';
import { composeOpening, composeSummary } from '../../core/compose/opening';
import type { BlockElement, InlineNode } from '../../core/model/inline';
import type { Plan } from '../../core/model/plan';
import type { PlanWording } from '../../core/model/wording';
import { getProfile } from '../../core/profiles/profile';
import { createRefResolver, leavesText } from '../../core/render/resolve';
import { applyToneMarks, lowerFirst, upperFirst } from '../../core/text';
import type { Wording } from './wording-form';

/**
 * The opening sentence and the summary of an open plan, recomposed from their parts (the side
 * panel's "Câu mở đầu và trích yếu"). A plan made before the parts were kept has none: it is
 * shown the regime's defaults.
 */

/** The parts the plan was composed from, or the regime's defaults for an older plan. */
export function currentWording(plan: Plan): Wording {
  const regime = plan.organisation.regime;
  return {
    opening: plan.wording?.opening ?? OPENING_DEFAULTS[regime],
    summary: plan.wording?.summary ?? SUMMARY_DEFAULTS[regime],
    subject: plan.wording?.subject ?? '',
  };
}

/** The parts as the plan stores them: text tidied, an empty subject left out. */
export function toPlanWording(wording: Wording): PlanWording {
  const tidy = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  const opening = { ...wording.opening, lead: tidy(wording.opening.lead), verb: tidy(wording.opening.verb), implementVerb: tidy(wording.opening.implementVerb), ending: tidy(wording.opening.ending) };
  for (const key of ['purpose', 'collective', 'nameText'] as const) {
    const value = tidy(opening[key] ?? '');
    if (value === '') delete opening[key];
    else opening[key] = value;
  }
  const subject = tidy(wording.subject);
  return { opening, summary: { ...wording.summary, lead: tidy(wording.summary.lead) }, ...(subject ? { subject } : {}) };
}

/** The opening and summary composed from `wording`, stored with it. */
export function recomposePlan(plan: Plan, wording: PlanWording): Plan {
  return {
    ...plan,
    wording,
    preamble: composeOpening(wording.opening, plan.baseIds),
    summary: composeSummary(wording.summary, (wording.subject ?? '').trim() !== ''),
  };
}

/**
 * Inline nodes as a reader compares them: neighbouring text with the same marks joined, empty text
 * dropped (Slate joins and splits leaves as the clerk types; the meaning is the same).
 */
function pieces(nodes: InlineNode[]): string[] {
  const out: string[] = [];
  let text: { marks: string; text: string } | null = null;
  const flush = () => {
    if (text && text.text !== '') out.push(`t${text.marks}:${text.text}`);
    text = null;
  };
  for (const node of nodes) {
    if ('type' in node && node.type === 'ref') {
      flush();
      out.push(`r:${node.field}:${node.target ?? ''}`);
      continue;
    }
    if ('type' in node && node.type === 'footnote') {
      flush();
      out.push(`f:${node.note}`);
      continue;
    }
    const leaf = node as { text: string; bold?: boolean; italic?: boolean; underline?: boolean };
    const marks = `${leaf.bold ? 'b' : ''}${leaf.italic ? 'i' : ''}${leaf.underline ? 'u' : ''}`;
    if (text && text.marks === marks) text.text += leaf.text;
    else {
      flush();
      text = { marks, text: leaf.text };
    }
  }
  flush();
  return out;
}

const sameInline = (a: InlineNode[], b: InlineNode[]): boolean => {
  const pa = pieces(a);
  const pb = pieces(b);
  return pa.length === pb.length && pa.every((p, i) => p === pb[i]);
};

const sameBlocks = (a: BlockElement[], b: BlockElement[]): boolean =>
  a.length === b.length && a.every((block, i) => block.type === b[i]!.type && sameInline(block.children, b[i]!.children));

/**
 * Whether the opening and the summary still say what their parts compose (with the plan's current
 * bases): when not, the clerk (or an older template) wrote them, and recomposing replaces that text.
 */
export function editedByHand(plan: Plan): { opening: boolean; summary: boolean } {
  const composed = recomposePlan(plan, plan.wording ?? toPlanWording(currentWording(plan)));
  return { opening: !sameBlocks(plan.preamble, composed.preamble), summary: !sameInline(plan.summary, composed.summary) };
}

/** The summary and the opening's paragraphs exactly as the page prints them (layout-front, layout-body). */
export function printedWording(plan: Plan): { summary: string; opening: string[] } {
  const resolver = createRefResolver(plan);
  const tone = plan.organisation.toneMarks;
  const raw = applyToneMarks(leavesText(resolver.resolveSummary(plan.summary)), tone).trim();
  const firstLetter = getProfile(plan.profile).summary.firstLetter;
  const summary = firstLetter === 'lower' ? lowerFirst(raw) : firstLetter === 'upper' ? upperFirst(raw) : raw;
  // The summary and the opening come first in the document: no paragraph after them can change them.
  const opening = plan.preamble.map((block) => applyToneMarks(leavesText(resolver.resolve(block.children)), tone).trim()).filter((p) => p !== '');
  return { summary, opening };
}
