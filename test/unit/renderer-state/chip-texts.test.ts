import { describe, expect, it } from 'vitest';
import { paragraph, ref, text, type BlockElement } from '../../../core/model/inline';
import type { Plan } from '../../../core/model';
import { createChipTextCache } from '../../../renderer/state/chip-texts';
import { anLaoPlan, chiThi32, docSet } from '../../helpers/fixtures';

/**
 * The chips' texts are worked out once per change of the references, not per keystroke: typing
 * text keeps the same answer (so no chip re-renders), a reference added, a paragraph split between
 * two references or a document edited gives a new one.
 */
const CITATION =
  'Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030';

function setup() {
  const full = ref('citation.full');
  const short = ref('citation.short');
  const plan = anLaoPlan({
    ...docSet({ ...chiThi32, shortName: 'Chỉ thị 32' }),
    preamble: [paragraph(text('Thực hiện '), full, text(' như sau:'))],
    sections: [{ id: 's1', title: 'Mục đích', children: [], body: [paragraph(text('Quán triệt '), short, text(' sâu rộng.'))] }],
  });
  return { plan, full, short };
}

/** The clerk types in section s1: Slate makes a new paragraph around the same reference node. */
const typed = (plan: Plan, words: string): Plan => {
  const s1 = plan.sections[0]!;
  const block = s1.body[0]!;
  const children = block.children.map((c) => ('text' in c && c.text === ' sâu rộng.' ? { text: ` sâu rộng.${words}` } : c));
  return { ...plan, sections: [{ ...s1, body: [{ ...block, children } as BlockElement] }] };
};

describe('chip texts', () => {
  it('show the bracket at the first full citation and the short name later', () => {
    const { plan, full, short } = setup();
    const texts = createChipTextCache()(plan);
    expect(texts.text(full)).toBe(`${CITATION} (sau đây viết tắt là Chỉ thị 32)`);
    expect(texts.text(short)).toBe('Chỉ thị 32');
  });

  it('stay the same object while only text is typed', () => {
    const { plan } = setup();
    const cache = createChipTextCache();
    const first = cache(plan);
    expect(cache(typed(plan, ' Thêm'))).toBe(first);
    expect(cache(typed(typed(plan, ' Thêm'), ' nữa'))).toBe(first);
  });

  it('are worked out anew when a reference is added, a document is edited, or a paragraph is split between two references', () => {
    const { plan, full, short } = setup();
    const cache = createChipTextCache();
    const first = cache(plan);

    const added = ref('citation.short');
    const withRef: Plan = { ...plan, preamble: [paragraph(text('Thực hiện '), full, text(' và '), added, text(' như sau:'))] };
    const second = cache(withRef);
    expect(second).not.toBe(first);
    expect(second.text(added)).toBe('Chỉ thị 32');

    const renamed = cache({ ...withRef, documents: withRef.documents.map((d) => ({ ...d, shortName: 'CT 32' })) });
    expect(renamed.text(short)).toBe('CT 32');

    // "Thực hiện <full> và" / "<added> như sau:": the same nodes, in two paragraphs now.
    const split: Plan = { ...withRef, preamble: [paragraph(text('Thực hiện '), full, text(' và')), paragraph(added, text(' như sau:'))] };
    expect(cache(split)).not.toBe(second);
  });

  it('resolve a reference not in the plan yet (typed a frame ago) on its own', () => {
    const { plan } = setup();
    const texts = createChipTextCache()(plan);
    expect(texts.text(ref('citation.short'))).toBe('Chỉ thị số 32-CT/TU');
  });
});
