import type { BlockElement, Plan, Section } from '../../../core/model';
import { computeSectionNumbers, effectiveLevels } from '../../../core/render/numbering';
import { createRefResolver, leavesText } from '../../../core/render/resolve';

/**
 * The plan as a reader sees it: references resolved in document order, numbers computed from
 * the tree, one line per heading or paragraph (run-in numbers joined to their paragraph).
 */
export function planLines(plan: Plan): { summary: string; lines: string[] } {
  const resolver = createRefResolver(plan);
  const numbers = computeSectionNumbers(plan.sections, effectiveLevels(plan));
  const lines: string[] = [];
  const block = (b: BlockElement): string => (b.type === 'bullet' ? `${b.marker} ` : '') + leavesText(resolver.resolve(b.children));
  plan.preamble.forEach((b) => lines.push(block(b)));
  const walk = (sections: Section[]): void =>
    sections.forEach((s) => {
      const number = numbers.get(s.id) ?? '';
      const body = s.body.map(block);
      if (s.runIn && body.length > 0) {
        lines.push(`${number} ${s.title ? `${s.title}: ` : ''}${body[0]}`);
        lines.push(...body.slice(1));
      } else {
        lines.push(`${number} ${s.title}`.trim());
        lines.push(...body);
      }
      walk(s.children);
    });
  walk(plan.sections);
  return { summary: leavesText(resolver.resolveSummary(plan.summary)), lines };
}
