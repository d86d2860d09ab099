import { describe, expect, it } from 'vitest';
import { bullet, paragraph, ref, text, type RefElement } from '../../../core/model/inline';
import type { Plan } from '../../../core/model/plan';
import { layoutPlan } from '../../../core/render/layout';
import { resolveInOrder } from '../../../core/render/resolve-order';
import { anLaoOrg, anLaoPlan, chiThi32, docSet } from '../../helpers/fixtures';

/**
 * A chip in the editor shows what its reference prints at its place in the document: each text
 * resolveInOrder gives is compared with the paragraph the layout prints.
 */
const CITATION =
  'Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030';

const printed = (plan: Plan, kind: string): string[] => {
  const laid = layoutPlan(plan);
  return [...laid.front, ...laid.body].filter((p) => p.kind === kind).map((p) => p.runs.map((r) => r.text).join('').replace(/\n/g, ' '));
};

function planWithShortName() {
  const summaryRef = ref('citation.full');
  const openingRef = ref('citation.full');
  const collective = ref('org.collective');
  const laterShort = ref('citation.short');
  const plan = anLaoPlan({
    ...docSet({ ...chiThi32, shortName: 'Chỉ thị 32' }),
    summary: [text('thực hiện '), summaryRef],
    preamble: [paragraph(text('Thực hiện '), openingRef, text(', '), collective, text(' ban hành Kế hoạch thực hiện Chỉ thị như sau:'))],
    // A last paragraph of plain text takes the plan's final mark.
    sections: [{ id: 's1', title: 'Mục đích', children: [], body: [bullet('-', text('Quán triệt '), laterShort, text(' sâu rộng.')), paragraph(text('Hết'))] }],
  });
  return { plan, summaryRef, openingRef, collective, laterShort };
}

describe('references resolved in document order, for the editor chips', () => {
  it('gives the first full citation its bracket and a later short citation the short name, as the page prints them', () => {
    const { plan, summaryRef, openingRef, collective, laterShort } = planWithShortName();
    const texts = resolveInOrder(plan);
    expect(texts.get(openingRef)).toBe(`${CITATION} (sau đây viết tắt là Chỉ thị 32)`);
    expect(texts.get(laterShort)).toBe('Chỉ thị 32');
    // The summary never introduces a short name.
    expect(texts.get(summaryRef)).toBe(CITATION);
    expect(texts.get(collective)).toBe('Ban Thường vụ Huyện ủy');

    expect(printed(plan, 'preamble')).toEqual([`Thực hiện ${texts.get(openingRef)}, ${texts.get(collective)} ban hành Kế hoạch thực hiện Chỉ thị như sau:`]);
    expect(printed(plan, 'bullet')).toEqual([`- Quán triệt ${texts.get(laterShort)} sâu rộng.`]);
    expect(printed(plan, 'summary')).toEqual([`thực hiện ${texts.get(summaryRef)}`]);
  });

  it('a short citation before the introduction prints the plain short form, as the page does', () => {
    const early = ref('citation.short');
    const full = ref('citation.full');
    const plan = anLaoPlan({
      ...docSet({ ...chiThi32, shortName: 'Chỉ thị 32' }),
      preamble: [paragraph(text('Theo '), early, text('.')), paragraph(text('Thực hiện '), full, text('.'))],
      sections: [],
    });
    const texts = resolveInOrder(plan);
    expect(texts.get(early)).toBe('Chỉ thị số 32-CT/TU');
    expect(texts.get(full)).toBe(`${CITATION} (sau đây viết tắt là Chỉ thị 32)`);
  });

  it('writes the tone marks the organisation prints ("Huyện uỷ") and the summary\'s first letter per profile', () => {
    const collective = ref('org.collective');
    const subject = ref('plan.subject');
    const plan = anLaoPlan({
      organisation: { ...anLaoOrg, toneMarks: 'uỷ' },
      profile: 'nha-nuoc-nd30',
      wording: { opening: { lead: 'Thực hiện', verb: 'xây dựng', name: 'subject', implementVerb: 'thực hiện', planTypeCase: 'lower', ending: 'như sau:', paragraphs: 2 }, summary: { form: 'subject', lead: '', cite: 'first', date: true, dropAbbreviations: true }, subject: 'chuyển đổi số năm 2025' },
      summary: [text(''), subject, text('')],
      preamble: [paragraph(collective, text(' xây dựng kế hoạch như sau:'))],
      sections: [{ id: 's1', title: 'Mục đích', children: [], body: [paragraph(text('Hết'))] }],
    });
    const texts = resolveInOrder(plan);
    expect(texts.get(collective)).toBe('Ban Thường vụ Huyện uỷ');
    expect(texts.get(subject)).toBe('Chuyển đổi số năm 2025');
    expect(printed(plan, 'summary')).toEqual(['Chuyển đổi số năm 2025']);
    expect(printed(plan, 'preamble')[0]).toBe(`${texts.get(collective)} xây dựng kế hoạch như sau:`);
  });

  it('keys each text by its own node: two equal references elsewhere in the plan get their own texts', () => {
    const { plan } = planWithShortName();
    const another: RefElement = ref('citation.full');
    const texts = resolveInOrder({ ...plan, sections: [...plan.sections, { id: 's2', title: '', children: [], body: [paragraph(another)] }] });
    // Cited in full a second time: the short name was introduced already, no second bracket.
    expect(texts.get(another)).toBe(CITATION);
    expect(texts.get(ref('citation.full'))).toBeUndefined();
  });
});
