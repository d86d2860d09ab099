import type { BlockElement, InlineNode, RefElement } from '../../core/model/inline';
import type { Plan, Section } from '../../core/model/plan';
import { type RefTexts, resolveInOrder } from '../../core/render/resolve-order';
import { createRefResolver } from '../../core/render/resolve';
import { applyToneMarks } from '../../core/text';

/**
 * What every chip of the editor shows: the text its reference prints at its place in the document
 * (resolveInOrder), bracket "(sau đây viết tắt là …)" included. Resolving the whole plan on each
 * keystroke would cost typing speed, and a new answer would re-render every chip; so the answer
 * is kept while the references and what they resolve against stay the same. Typing text changes
 * neither: Slate keeps a reference's node when text around it changes.
 */
export interface ChipTexts {
  /** The printed text of this reference; one not in the plan yet (typed a frame ago) is resolved on its own. */
  text(ref: RefElement): string;
}

/** What references resolve against (besides their order): any change means new texts. */
const FACTS = ['organisation', 'date', 'type', 'documents', 'baseIds', 'wording', 'profile'] as const satisfies ReadonlyArray<keyof Plan>;

/** A paragraph boundary: a base cited in full earlier in the same paragraph is named, not cited again. */
const BREAK = null;
type Sequence = Array<RefElement | typeof BREAK>;

const refsOf = (nodes: InlineNode[], out: Sequence): void => {
  let any = false;
  for (const node of nodes) {
    if ('type' in node && node.type === 'ref') {
      out.push(node);
      any = true;
    }
  }
  if (any) out.push(BREAK);
};

const sameSequence = (a: Sequence, b: Sequence): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Returns a function of the plan that gives the same ChipTexts object as long as the references
 * (each node, in order, with the paragraph boundaries between them) and the facts are the same.
 */
export function createChipTextCache(): (plan: Plan) => ChipTexts {
  // A section body's references, remembered per body array: typing changes one body, not the others.
  const bodies = new WeakMap<BlockElement[], Sequence>();
  const bodyRefs = (body: BlockElement[]): Sequence => {
    let seq = bodies.get(body);
    if (!seq) {
      seq = [];
      for (const block of body) refsOf(block.children, seq);
      bodies.set(body, seq);
    }
    return seq;
  };
  let last: { plan: Plan; sequence: Sequence; texts: ChipTexts } | null = null;

  return (plan) => {
    if (last?.plan === plan) return last.texts;
    const sequence: Sequence = [];
    refsOf(plan.summary, sequence);
    sequence.push(BREAK);
    for (const block of plan.preamble) refsOf(block.children, sequence);
    const visit = (section: Section): void => {
      sequence.push(...bodyRefs(section.body));
      section.children.forEach(visit);
    };
    plan.sections.forEach(visit);
    if (last && FACTS.every((k) => last!.plan[k] === plan[k]) && sameSequence(last.sequence, sequence)) {
      last = { ...last, plan };
      return last.texts;
    }
    last = { plan, sequence, texts: chipTexts(plan, resolveInOrder(plan)) };
    return last.texts;
  };
}

function chipTexts(plan: Plan, ordered: RefTexts): ChipTexts {
  let alone: ReturnType<typeof createRefResolver> | null = null;
  return {
    text: (ref) => {
      const found = ordered.get(ref);
      if (found !== undefined) return found;
      alone ??= createRefResolver(plan);
      return applyToneMarks(alone.refText(ref), plan.organisation.toneMarks);
    },
  };
}
