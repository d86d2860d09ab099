import type { BlockElement, InlineNode } from '../model/inline';
import type { Plan, Section } from '../model/plan';
import { computeSectionNumbers, effectiveLevels } from '../render/numbering';

/** One section of the draft as the coverage index reads it: its own title and body, not its children's. */
export interface DraftSection {
  id: string;
  /** Its number as printed ("II.", "3.", "a)"), "" when unnumbered. */
  number: string;
  title: string;
  /** Title and body text (tables' cells included); live references are citations, not task content. */
  text: string;
  /** The start of its body (about 80 characters): what names a section that has no title. */
  lead: string;
  /** The same text by paragraph, the title run into the first (a title alone is too short to judge by). */
  paragraphs: string[];
  depth: number;
}

const LEAD_LENGTH = 80;

export type DraftPlan = Pick<Plan, 'sections' | 'options' | 'profile'>;

function inlineText(nodes: InlineNode[]): string {
  return nodes.map((n) => ('type' in n && n.type !== undefined ? '' : (n as { text: string }).text)).join('');
}

function blockText(block: BlockElement): string {
  if (block.type === 'table') return block.rows.map((row) => row.join(' ')).join('\n');
  return inlineText(block.children);
}

/** The draft's sections in document order, numbered as the layout numbers them. */
export function draftSections(plan: DraftPlan): DraftSection[] {
  const numbers = computeSectionNumbers(plan.sections, effectiveLevels(plan));
  const out: DraftSection[] = [];
  const walk = (sections: Section[], depth: number): void => {
    for (const section of sections) {
      const body = section.body.map(blockText).filter((t) => t.trim() !== '');
      const paragraphs = body.length > 0 ? [`${section.title}\n${body[0]}`, ...body.slice(1)] : [section.title];
      const first = (body[0] ?? '').replace(/\s+/g, ' ').trim();
      const lead = first.length <= LEAD_LENGTH ? first : `${first.slice(0, LEAD_LENGTH - 1).trimEnd()}…`;
      out.push({ id: section.id, number: numbers.get(section.id) ?? '', title: section.title, lead, text: [section.title, ...body].join('\n'), paragraphs, depth });
      walk(section.children, depth + 1);
    }
  };
  walk(plan.sections, 1);
  return out;
}
