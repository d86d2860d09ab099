import { describe, expect, it } from 'vitest';
import { TASK_COLUMNS, setCell, tasksOfTable, type TableElement } from '../../../core/model';
import { parseDraft, serializeDraft } from '../../../core/draft';
import { layoutPlan } from '../../../core/render/layout';
import { suggestedImplementers, unitsFromImplementation } from '../../../renderer/state/recipients';
import { addAppendix, refreshTaskTable, removeAppendix, taskAppendix, tasksFromImplementation } from '../../../renderer/state/task-appendix';
import { bullet, text } from '../../../core/model';
import { anLaoPlan, thanhXuanPlan } from '../../helpers/fixtures';

describe('task-assignment appendix', () => {
  it('lists each task of "Tổ chức thực hiện" with its unit as lead, in a landscape Phụ lục', () => {
    const plan = anLaoPlan();
    const appendix = taskAppendix(plan);
    expect(appendix.orientation).toBe('landscape');
    const table = appendix.body[0] as TableElement;
    expect(table.rows[0]).toEqual([...TASK_COLUMNS]);
    expect(table.rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['1', 'Các chi, Đảng bộ trực thuộc Huyện ủy'],
      ['2', 'Ủy ban nhân dân huyện'],
    ]);
    expect(table.rows[1]![1]).toMatch(/^Tổ chức nghiên cứu, quán triệt/);
    expect(tasksFromImplementation(plan).map((t) => t.lead)).toEqual(['Các chi, Đảng bộ trực thuộc Huyện ủy', 'Ủy ban nhân dân huyện']);
  });

  it('units the clerk names in the table are offered as recipients "để t/h"; removing the appendix withdraws them', () => {
    const plan = anLaoPlan();
    let appendix = taskAppendix(plan);
    const table = setCell(appendix.body[0] as TableElement, 1, 3, 'Công an huyện; Ban Tuyên giáo Huyện ủy');
    appendix = { ...appendix, body: [table] };
    const withTable = addAppendix(plan, appendix);
    expect(tasksOfTable(table)[0]!.partners).toEqual(['Công an huyện', 'Ban Tuyên giáo Huyện ủy']);
    expect(unitsFromImplementation(withTable)).toEqual(expect.arrayContaining(['Công an huyện', 'Ban Tuyên giáo Huyện ủy']));
    expect(suggestedImplementers(withTable)).toContain('Công an huyện');
    expect(suggestedImplementers(removeAppendix(withTable, appendix.id))).not.toContain('Công an huyện');
  });

  it('a plan with appendices and tables survives saving and opening the draft; older drafts have none', () => {
    const plan = addAppendix(thanhXuanPlan(), taskAppendix(thanhXuanPlan()));
    const parsed = parseDraft(serializeDraft(plan));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.plan.appendices).toEqual(plan.appendices);
    expect(layoutPlan(thanhXuanPlan()).appendices).toBeUndefined();
  });

  it('a state plan prints "Số:"-style numbers in the "Kèm theo" line, blanks kept', () => {
    const plan = addAppendix(thanhXuanPlan({ number: '' }), taskAppendix(thanhXuanPlan()));
    const line = layoutPlan(plan).appendices![0]!.paras.find((p) => p.kind === 'appendix-attach')!;
    expect(line.runs.map((r) => r.text).join('')).toMatch(/^\(Kèm theo Kế hoạch số {6}\/KH-[^ ]+ (ngày|, ngày)/);
  });

  it('"Cập nhật từ Tổ chức thực hiện" adds new tasks and keeps what the clerk filled in', () => {
    const plan = anLaoPlan();
    const filled = setCell(setCell(taskAppendix(plan).body[0] as TableElement, 2, 4, 'Quý III/2024'), 2, 3, 'Công an huyện');
    const withHand = { ...filled, rows: [...filled.rows, ['3', 'Việc viết tay', 'Văn phòng', '', '', '']] };
    // A new task in the first unit of "Tổ chức thực hiện".
    const [s1, s2] = plan.sections;
    const unit = s2!.children[0]!;
    const grown = { ...plan, sections: [s1!, { ...s2!, children: [{ ...unit, body: [...unit.body, bullet('-', text('Sơ kết việc thực hiện Chỉ thị.'))] }, ...s2!.children.slice(1)] }] };
    const refreshed = refreshTaskTable(grown, withHand);
    expect(refreshed.rows.slice(1).map((r) => r[1]!.slice(0, 20))).toEqual(['Tổ chức nghiên cứu, ', 'Sơ kết việc thực hiệ', 'Lãnh đạo xây dựng kế', 'Việc viết tay']);
    expect(refreshed.rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4']);
    expect(refreshed.rows[3]!.slice(3, 5)).toEqual(['Công an huyện', 'Quý III/2024']);
  });
});
