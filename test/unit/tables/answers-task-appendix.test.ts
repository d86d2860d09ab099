import { describe, expect, it } from 'vitest';
import type { TableElement } from '../../../core/model';
import { layoutPlan } from '../../../core/render/layout';
import { createPlanFromTemplate } from '../../../electron/services/template-service';
import { anLaoAnswers, thanhXuanAnswers } from '../templates/sample-answers';

describe('task-assignment appendix from an answers file', () => {
  it('without tasks: one row per "-" line of each unit of "Tổ chức thực hiện", the unit as lead, landscape', () => {
    const plan = createPlanFromTemplate('dang-ke-hoach-thuc-hien', { ...anLaoAnswers(), taskAppendix: {} });
    const appendix = plan.appendices![0]!;
    expect(appendix.orientation).toBe('landscape');
    expect(appendix.kind).toBe('tasks');
    const table = appendix.body[0] as TableElement;
    expect(table.rows[0]![2]).toBe('Cơ quan chủ trì');
    expect(table.rows.length).toBeGreaterThan(3);
    // Every lead is a unit heading of "Tổ chức thực hiện".
    const units = new Set(plan.sections.find((s) => s.key === 'to-chuc-thuc-hien')!.children.map((c) => c.title.replace(/[:.]$/, '').trim()));
    expect(table.rows.slice(1).every((r) => units.has(r[2]!))).toBe(true);
    expect(layoutPlan(plan).appendices).toHaveLength(1);
  });

  it('with tasks: prints them as given, partners joined, in the orientation asked', () => {
    const plan = createPlanFromTemplate('nha-nuoc-ke-hoach', {
      ...thanhXuanAnswers(),
      taskAppendix: { orientation: 'portrait', tasks: [{ content: 'Tổ chức tập huấn', lead: 'Phòng GDĐT', partners: ['Trung tâm Y tế', 'Công an quận'], deadline: 'Tháng 9/2023', product: 'Báo cáo' }] },
    });
    const table = plan.appendices![0]!.body[0] as TableElement;
    expect(plan.appendices![0]!.orientation).toBe('portrait');
    expect(table.rows[1]).toEqual(['1', 'Tổ chức tập huấn', 'Phòng GDĐT', 'Trung tâm Y tế, Công an quận', 'Tháng 9/2023', 'Báo cáo']);
  });

  it('a task without content is refused in Vietnamese, naming the field', () => {
    expect(() => createPlanFromTemplate('dang-ke-hoach-thuc-hien', { ...anLaoAnswers(), taskAppendix: { tasks: [{ content: ' ' }] } })).toThrow(/taskAppendix.*tasks.*0.*content|nội dung nhiệm vụ/);
  });
});
