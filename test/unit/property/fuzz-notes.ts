import fc from 'fast-check';
import { type BlockElement, type ParagraphAlign, PARAGRAPH_ALIGNS, footnote } from '../../../core/model/inline';
import type { Plan, Section } from '../../../core/model/plan';
import { textWithToken, token } from './fuzz-text';

/**
 * What a clerk adds by hand after a plan is made from a template (issue 8): footnotes at random
 * places of random paragraphs (random text, each with a token to find it in word/footnotes.xml),
 * paragraphs centred / right-aligned / left / justified, sections that start a new page. Applied
 * to the instantiated plan by position, so any plan the templates make can carry them.
 */
export interface PlanDecorations {
  /** [paragraph pick, offset pick, note text] — the paragraph and offset taken modulo what exists. */
  notes: Array<{ block: number; at: number; text: string }>;
  aligns: Array<{ block: number; align: ParagraphAlign }>;
  breaks: number[];
}

export const noteToken = (n: number): string => token('FN', n);

export const fuzzDecorations: fc.Arbitrary<PlanDecorations> = fc
  .record({
    count: fc.integer({ min: 0, max: 4 }),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 4, maxLength: 4 }),
    texts: fc.tuple(...[0, 1, 2, 3].map((n) => textWithToken(noteToken(n), { maxAtoms: 4 }))),
    aligns: fc.array(fc.record({ block: fc.nat(), align: fc.constantFrom(...PARAGRAPH_ALIGNS) }), { maxLength: 3 }),
    breaks: fc.array(fc.nat(), { maxLength: 2 }),
  })
  .map(({ count, picks, texts, aligns, breaks }) => ({
    notes: picks.slice(0, count).map(([block, at], i) => ({ block, at, text: texts[i]! })),
    aligns,
    breaks,
  }));

/** Every body block of the plan's sections, depth first, with its section and index. */
function bodyBlocks(sections: Section[]): Array<{ section: Section; index: number }> {
  const out: Array<{ section: Section; index: number }> = [];
  const visit = (s: Section): void => {
    s.body.forEach((_, index) => out.push({ section: s, index }));
    s.children.forEach(visit);
  };
  sections.forEach(visit);
  return out;
}

function allSections(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...allSections(s.children)]);
}

/** A copy of `plan` with the decorations (mutates the copy only). */
export function decoratePlan(plan: Plan, d: PlanDecorations): { plan: Plan; notes: string[] } {
  const copy = structuredClone(plan) as Plan;
  const blocks = bodyBlocks(copy.sections);
  const notes: string[] = [];
  if (blocks.length > 0) {
    for (const note of d.notes) {
      const { section, index } = blocks[note.block % blocks.length]!;
      const block = section.body[index] as BlockElement;
      if (block.type === 'table') continue;
      // Split a text leaf at the offset and put the footnote there (or at the end of the block).
      const leafAt = block.children.findIndex((c) => 'text' in c && !('type' in c) && c.text.length > 0);
      if (leafAt >= 0) {
        const leaf = block.children[leafAt] as { text: string };
        const cut = note.at % (leaf.text.length + 1);
        block.children.splice(leafAt, 1, { ...leaf, text: leaf.text.slice(0, cut) }, footnote(note.text), { ...leaf, text: leaf.text.slice(cut) });
      } else block.children.push(footnote(note.text), { text: '' });
      notes.push(note.text);
    }
    for (const a of d.aligns) {
      const { section, index } = blocks[a.block % blocks.length]!;
      const block = section.body[index]!;
      if (block.type === 'paragraph') block.align = a.align;
    }
  }
  const sections = allSections(copy.sections);
  for (const b of d.breaks) sections[b % sections.length]!.pageBreakBefore = true;
  return { plan: copy, notes };
}
