import { describe, expect, it } from 'vitest';
import { sameOutline } from '../../../renderer/panels/OutlinePanel';
import { paragraph, text } from '../../../core/model/inline';
import { anLaoPlan } from '../../helpers/fixtures';
import type { Section } from '../../../core/model/plan';

/** Typing in a body must not re-render the outline or renumber sections; renaming or moving must. */
describe('outline shape (what the outline and the section numbers depend on)', () => {
  const plan = anLaoPlan();
  const first = plan.sections[0]!;
  const withFirst = (s: Section): Section[] => [s, ...plan.sections.slice(1)];

  it('ignores typing in a section body', () => {
    expect(sameOutline(plan.sections, withFirst({ ...first, body: [paragraph(text('Nội dung mới gõ thêm'))] }))).toBe(true);
  });

  it('ignores typing in a nested section body', () => {
    const parent = plan.sections.find((s) => s.children.length > 0)!;
    const i = plan.sections.indexOf(parent);
    const child = { ...parent.children[0]!, body: [paragraph(text('gõ'))] };
    const sections = plan.sections.map((s, j) => (j === i ? { ...parent, children: [child, ...parent.children.slice(1)] } : s));
    expect(sameOutline(plan.sections, sections)).toBe(true);
  });

  it('sees a renamed section', () => {
    expect(sameOutline(plan.sections, withFirst({ ...first, title: 'MỤC ĐÍCH' }))).toBe(false);
  });

  it('sees sections moved, added or removed', () => {
    expect(sameOutline(plan.sections, [...plan.sections].reverse())).toBe(false);
    expect(sameOutline(plan.sections, plan.sections.slice(1))).toBe(false);
    expect(sameOutline(plan.sections, withFirst({ ...first, children: [...first.children, { id: 'new', title: '', body: [], children: [] }] }))).toBe(false);
  });

  it('sees a change of the numbering of a section’s children', () => {
    expect(sameOutline(plan.sections, withFirst({ ...first, childNumbering: 'none' }))).toBe(false);
  });
});
