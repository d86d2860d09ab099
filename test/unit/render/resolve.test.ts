import { describe, expect, it } from 'vitest';
import { paragraph, ref, text, type InlineNode } from '../../../core/model/inline';
import type { Plan } from '../../../core/model/plan';
import { createRefResolver, leavesText } from '../../../core/render/resolve';
import { anLaoOrg, chiThi32, ctr05, docSet } from '../../helpers/fixtures';
import { ct29 } from '../citation/documents';

const basePlan = (overrides: Partial<Plan> = {}): Plan => ({
  id: 'p', templateId: 't', profile: 'dang-hd36', type: 'Kế hoạch', number: '', date: { day: null, month: null, year: 2024 },
  organisation: anLaoOrg,
  ...docSet(chiThi32), summary: [text('thực hiện '), ref('citation.full')], preamble: [], sections: [], recipients: [],
  signature: { ...anLaoOrg.signers[0]! }, marks: {}, options: { mirrorMargins: false },
  ...overrides,
});

const opening: InlineNode[] = [
  text('Thực hiện '), ref('citation.full'), text(', '), ref('org.collective'), text(' ban hành Kế hoạch thực hiện Chỉ thị như sau:'),
];

describe('live references', () => {
  it('renders the An Lão summary and opening sentence from the model', () => {
    const r = createRefResolver(basePlan());
    expect(leavesText(r.resolveSummary(basePlan().summary))).toBe(
      'thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030',
    );
    expect(leavesText(r.resolve(opening))).toBe(
      'Thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Chỉ thị như sau:',
    );
  });

  it('editing the parent date once changes the summary, the opening and every short mention', () => {
    const edited = basePlan(docSet({ ...chiThi32, date: '2024-05-02', number: '33' }));
    const r = createRefResolver(edited);
    expect(leavesText(r.resolveSummary(edited.summary))).toContain('Chỉ thị số 33-CT/TU ngày 02/5/2024 của');
    expect(leavesText(r.resolve(opening))).toContain('Chỉ thị số 33-CT/TU ngày 02/5/2024 của');
    expect(leavesText(r.resolve([text('Quán triệt '), ref('citation.short'), text(' sâu rộng')]))).toBe('Quán triệt Chỉ thị số 33-CT/TU sâu rộng');
    expect(leavesText(r.resolve([ref('citation.date')]))).toBe('02/5/2024');
  });

  it('introduces a short name on first use only, then uses it', () => {
    const plan = basePlan({ ...docSet(ct29), organisation: { ...basePlan().organisation, citationStyle: { commaBeforeDate: true, dateStyle: 'numeric' } } });
    const r = createRefResolver(plan);
    expect(leavesText(r.resolveSummary([ref('citation.full')]))).not.toContain('sau đây');
    expect(leavesText(r.resolve([ref('citation.full')]))).toBe('Chỉ thị số 29-CT/TW, ngày 05/01/2024 của Bộ Chính trị về … (sau đây viết tắt là Chỉ thị số 29-CT/TW)');
    expect(leavesText(r.resolve([ref('citation.full')]))).not.toContain('sau đây');
  });

  it('resolves a reference to a grandparent in the chain by id', () => {
    const plan = basePlan(docSet(ctr05));
    const r = createRefResolver(plan);
    expect(leavesText(r.resolve([ref('citation.short', 'nq71'), text(', '), ref('citation.short')]))).toBe(
      'Nghị quyết số 71-NQ/TW, Chương trình hành động số 05-CTr/TU',
    );
    expect(leavesText(r.resolve([ref('citation.typeNumber')]))).toBe('Chương trình hành động số 05');
  });

  it('keeps the marks of a reference and shows a broken one visibly', () => {
    const r = createRefResolver(basePlan());
    const bold = { ...ref('citation.short'), children: [{ text: '', bold: true }] as [{ text: string; bold: boolean }] };
    expect(r.resolve([bold])).toEqual([{ text: 'Chỉ thị số 32-CT/TU', bold: true }]);
    expect(leavesText(r.resolve([ref('citation.short', 'missing')]))).toContain('không còn văn bản');
  });

  it('builds paragraphs that stay Slate-shaped', () => {
    expect(paragraph(text('a'), ref('plan.year')).children).toHaveLength(2);
    expect(leavesText(createRefResolver(basePlan()).resolve([ref('plan.year')]))).toBe('2024');
  });
});
