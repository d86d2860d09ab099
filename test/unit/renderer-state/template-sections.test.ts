import { describe, expect, it } from 'vitest';
import type { TemplateSectionInfo } from '../../../core/ipc/api';
import type { Section } from '../../../core/model';
import { docReducer, initialDocState } from '../../../renderer/state/plan-store';
import { createTemplateSection, templateSectionChoices } from '../../../renderer/state/template-sections';
import { anLaoPlan } from './an-lao-plan';

/** What templates.list() gives for dang-ke-hoach-thuc-hien (the An Lão plan's template). */
const keHoachThucHien: TemplateSectionInfo[] = [
  { key: 'muc-dich-yeu-cau', title: 'Mục đích, yêu cầu', presence: 'optional' },
  { key: 'muc-dich-yeu-cau-muc-tieu', title: 'Mục đích, yêu cầu, mục tiêu', presence: 'optional' },
  { key: 'nhiem-vu', parentKey: 'nhiem-vu-giai-phap', title: '', presence: 'repeatable' },
  { key: 'don-vi', parentKey: 'to-chuc-thuc-hien', title: '', presence: 'repeatable' },
];

const sec = (id: string, title: string, key?: string, children: Section[] = []): Section => ({
  id, ...(key ? { key } : {}), title, body: [{ type: 'paragraph', children: [{ text: title }] }], children,
});

/** The An Lão plan with keys as the template gives them. */
function keyedPlan() {
  const plan = anLaoPlan();
  plan.sections = [
    sec('s1', 'Mục đích, yêu cầu, mục tiêu', 'muc-dich-yeu-cau-muc-tieu'),
    sec('s2', 'Nhiệm vụ, giải pháp', 'nhiem-vu-giai-phap', [sec('s2-1', 'Tăng cường lãnh đạo', 'nhiem-vu'), sec('s2-2', 'Đổi mới nội dung', 'nhiem-vu')]),
    sec('s3', 'Tổ chức thực hiện', 'to-chuc-thuc-hien', [
      sec('s3-1', 'Các chi, đảng bộ trực thuộc', 'don-vi'),
      sec('s3-2', 'Ủy ban nhân dân huyện', 'don-vi'),
      sec('s3-3', 'Chế độ thông tin, báo cáo', 'che-do-bao-cao'),
    ]),
  ];
  return plan;
}

describe('adding template sections in the outline', () => {
  it('offers an optional section only while it is absent, and every repeatable one', () => {
    const choices = templateSectionChoices(keyedPlan().sections, keHoachThucHien);
    expect(choices.map((c) => c.info.key)).toEqual(['muc-dich-yeu-cau', 'nhiem-vu', 'don-vi']);
    expect(choices.map((c) => c.label)).toEqual([
      'Thêm “Mục đích, yêu cầu”',
      'Thêm một mục mới vào “Nhiệm vụ, giải pháp”',
      'Thêm một mục mới vào “Tổ chức thực hiện”',
    ]);
  });

  it('puts one more unit right after the last unit, before "Chế độ thông tin, báo cáo"', () => {
    const donVi = templateSectionChoices(keyedPlan().sections, keHoachThucHien).find((c) => c.info.key === 'don-vi')!;
    expect(donVi.position).toEqual({ parentId: 's3', index: 2 });
  });

  it('puts an optional top-level section before the listed section that follows it in the template', () => {
    const choice = templateSectionChoices(keyedPlan().sections, keHoachThucHien).find((c) => c.info.key === 'muc-dich-yeu-cau')!;
    expect(choice.position).toEqual({ parentId: null, index: 0 });
  });

  it('puts an optional section after the listed one that precedes it in the template', () => {
    const infos: TemplateSectionInfo[] = [
      { key: 'muc-tieu-moc-2', parentKey: 'muc-tieu', title: 'Mục tiêu đến năm', presence: 'optional' },
      { key: 'tam-nhin', parentKey: 'muc-tieu', title: 'Tầm nhìn đến năm', presence: 'optional' },
    ];
    const plan = keyedPlan();
    plan.sections = [sec('m', 'Mục tiêu', 'muc-tieu', [sec('m1', 'Mục tiêu đến năm 2025', 'muc-tieu-moc-1'), sec('m2', 'Mục tiêu đến năm 2030', 'muc-tieu-moc-2')])];
    const tamNhin = templateSectionChoices(plan.sections, infos).find((c) => c.info.key === 'tam-nhin')!;
    expect(tamNhin.position).toEqual({ parentId: 'm', index: 2 });
  });

  it('does not offer a child whose parent section is absent', () => {
    const plan = keyedPlan();
    plan.sections = plan.sections.filter((s) => s.key !== 'to-chuc-thuc-hien');
    expect(templateSectionChoices(plan.sections, keHoachThucHien).map((c) => c.info.key)).not.toContain('don-vi');
  });

  it('adds under the repeatable parent holding the selection, else under the last one', () => {
    const infos: TemplateSectionInfo[] = [
      { key: 'linh-vuc', parentKey: 'nhiem-vu-cu-the', title: '', presence: 'repeatable' },
      { key: 'linh-vuc-muc', parentKey: 'linh-vuc', title: '', presence: 'repeatable' },
    ];
    const plan = keyedPlan();
    plan.sections = [sec('n', 'Nhiệm vụ, giải pháp cụ thể', 'nhiem-vu-cu-the', [
      sec('a', 'Lĩnh vực kinh tế', 'linh-vuc', [sec('a1', 'Phát triển nông nghiệp', 'linh-vuc-muc')]),
      sec('b', 'Lĩnh vực văn hóa', 'linh-vuc'),
    ])];
    const item = (selected: string | null) => templateSectionChoices(plan.sections, infos, selected).find((c) => c.info.key === 'linh-vuc-muc')!;
    expect(item('a1').position).toEqual({ parentId: 'a', index: 1 });
    expect(item('a1').label).toBe('Thêm một mục mới vào “Lĩnh vực kinh tế”');
    expect(item(null).position).toEqual({ parentId: 'b', index: 0 });
  });

  it('makes a section with a fresh id, the key, the title, run-in style and one empty paragraph', () => {
    const s = createTemplateSection({ key: 'don-vi', parentKey: 'to-chuc-thuc-hien', title: 'Đối với', presence: 'repeatable', runIn: true }, () => 'new-1');
    expect(s).toEqual({ id: 'new-1', key: 'don-vi', title: 'Đối với', runIn: true, body: [{ type: 'paragraph', children: [{ text: '' }] }], children: [] });
  });

  it('adds the section as one undoable structure step', () => {
    const plan = keyedPlan();
    const state = docReducer(initialDocState, { type: 'open', plan, path: '/d/an-lao.kehoach' });
    const choice = templateSectionChoices(plan.sections, keHoachThucHien).find((c) => c.info.key === 'don-vi')!;
    const section = createTemplateSection(choice.info, () => 'new-unit');
    const added = docReducer(state, { type: 'structure', op: { type: 'insert', position: choice.position, section }, label: choice.label, select: section.id });
    expect(added.plan!.sections[2]!.children.map((s) => s.id)).toEqual(['s3-1', 's3-2', 'new-unit', 's3-3']);
    expect(added.selectedSectionId).toBe('new-unit');
    expect(added.dirty).toBe(true);
    const undone = docReducer(added, { type: 'undo' });
    expect(undone.plan!.sections[2]!.children.map((s) => s.id)).toEqual(['s3-1', 's3-2', 's3-3']);
  });
});
