import { type InlineNode, type RefElement, isFootnote, isRef } from '../model/inline';
import type { Plan, Section } from '../model/plan';
import { getProfile } from '../profiles/profile';
import { applyToneMarks, lowerFirst, upperFirst } from '../text';
import { createRefResolver } from './resolve';

/**
 * What each live reference prints at its place in the document, for the editor's chips: the
 * layout resolves references in document order (summary, opening, section bodies depth first),
 * so the first full citation of a document carries "(sau đây viết tắt là …)" and a later short
 * citation prints the short name. A chip resolved on its own could show neither.
 */

/** One paragraph whose references the layout resolves, in the layout's order. */
export interface RefParagraph {
  nodes: InlineNode[];
  /** The summary: a sentence of its own that never introduces a short name. */
  summary: boolean;
}

/** The summary, the opening's paragraphs, then every section body depth first, as `layoutPlan` walks them. */
export function paragraphsInOrder(plan: Pick<Plan, 'summary' | 'preamble' | 'sections'>): RefParagraph[] {
  const out: RefParagraph[] = [{ nodes: plan.summary, summary: true }];
  for (const block of plan.preamble) out.push({ nodes: block.children, summary: false });
  const visit = (section: Section): void => {
    for (const block of section.body) out.push({ nodes: block.children, summary: false });
    section.children.forEach(visit);
  };
  plan.sections.forEach(visit);
  return out;
}

/** The printed text of every reference of the plan, keyed by the reference node itself. */
export type RefTexts = ReadonlyMap<RefElement, string>;

/**
 * Keyed by node identity: Slate keeps a reference's node when text around it is typed, and makes
 * a new one when the reference itself changes, so a chip finds its own text however the paragraph
 * around it is edited, and a chip not (yet) in the map is one the caller must resolve anew.
 */
export function resolveInOrder(plan: Plan): RefTexts {
  const resolver = createRefResolver(plan);
  const tone = plan.organisation.toneMarks;
  const firstLetter = getProfile(plan.profile).summary.firstLetter;
  const texts = new Map<RefElement, string>();
  for (const { nodes, summary } of paragraphsInOrder(plan)) {
    const values = resolver.resolveRefs(nodes, summary);
    let i = 0;
    let blankBefore = true;
    for (const node of nodes) {
      if (isFootnote(node)) continue;
      if (!isRef(node)) {
        if (node.text.trim() !== '') blankBefore = false;
        continue;
      }
      let value = applyToneMarks(values[i++] ?? '', tone);
      // The summary's first letter follows the profile (layout-front's summaryRuns).
      if (summary && blankBefore && value.trim() !== '') {
        value = value.replace(/^\s+/, '');
        value = firstLetter === 'lower' ? lowerFirst(value) : firstLetter === 'upper' ? upperFirst(value) : value;
      }
      if (value.trim() !== '') blankBefore = false;
      texts.set(node, value);
    }
  }
  return texts;
}
