import { describe, expect, it } from 'vitest';
import { listTemplates } from '../../../electron/services/template-service';

describe('template list as the new-plan form and the outline see it', () => {
  const templates = listTemplates();

  it('lists the four shipped templates', () => {
    expect(templates.map((t) => t.id).sort()).toEqual(['dang-chuong-trinh-hanh-dong', 'dang-ke-hoach-ngan', 'dang-ke-hoach-thuc-hien', 'nha-nuoc-ke-hoach']);
  });

  it('tells the parts of each list item, so the form can ask for a unit name and its tasks', () => {
    const plan = templates.find((t) => t.id === 'dang-ke-hoach-thuc-hien');
    const units = plan?.fields.find((f) => f.name === 'units');
    expect(units?.items?.map((i) => i.name)).toContain('name');
  });

  it('offers the repeatable and optional sections for adding later, without template expressions', () => {
    const programme = templates.find((t) => t.id === 'dang-chuong-trinh-hanh-dong');
    const unit = programme?.sections.find((s) => s.key === 'don-vi');
    expect(unit).toMatchObject({ presence: 'repeatable', parentKey: 'to-chuc-thuc-hien' });
    const vision = programme?.sections.find((s) => s.key === 'tam-nhin');
    expect(vision).toMatchObject({ presence: 'optional', title: 'Tầm nhìn đến năm' });
    for (const section of templates.flatMap((t) => t.sections)) expect(section.title).not.toMatch(/\{\{/);
  });
});
