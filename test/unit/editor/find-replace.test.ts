import { describe, expect, it } from 'vitest';
import { anLaoPlan } from '../../helpers/fixtures';
import { paragraph, text, ref, type BlockElement } from '../../../core/model/inline';
import { createRefResolver, leavesText } from '../../../core/render/resolve';
import { findMatches, replaceAll, replaceMatches } from '../../../renderer/editor/find/find-replace';

const exact = { matchCase: true, matchDiacritics: true };
const loose = { matchCase: false, matchDiacritics: false };

describe('find', () => {
  it('finds a word in section titles and bodies, in document order', () => {
    const plan = anLaoPlan();
    const hits = findMatches(plan, 'Chỉ thị', exact);
    // Preamble text (not the chip), then the bodies of 1.1, 2.1 and 2.2.
    expect(hits.map((h) => h.where.kind)).toEqual(['preamble', 'body', 'body', 'body']);
  });

  it('ignores case and diacritics when asked: "ke hoach" finds "Kế hoạch", "dang" finds "Đảng"', () => {
    const plan = anLaoPlan();
    expect(findMatches(plan, 'ke hoach', exact)).toHaveLength(0);
    expect(findMatches(plan, 'ke hoach', loose).length).toBeGreaterThan(0);
    expect(findMatches(plan, 'dang bo', loose).map((h) => h.context.slice(h.start, h.end))).toEqual(['Đảng bộ']);
    expect(findMatches(plan, 'đảng bộ', { matchCase: false, matchDiacritics: true })).toHaveLength(1);
  });

  it('does not look inside references (they are not text)', () => {
    const plan = anLaoPlan();
    const resolved = leavesText(createRefResolver(plan).resolveSummary(plan.summary));
    expect(resolved).toContain('Ban Thường vụ Thành ủy');
    expect(findMatches(plan, 'Thành ủy', exact)).toHaveLength(0);
  });

  it('finds text running across bold and plain leaves', () => {
    const plan = anLaoPlan({ preamble: [paragraph(text('Chỉ '), text('thị', { bold: true }), text(' này'))] });
    expect(findMatches(plan, 'Chỉ thị này', exact)).toHaveLength(1);
  });
});

describe('replace', () => {
  it('replaces all matches and leaves references in place', () => {
    const plan = anLaoPlan();
    const { plan: next, count } = replaceAll(plan, 'Chỉ thị', 'Chỉ thị số 32-CT/TU', exact);
    expect(count).toBe(4);
    expect(findMatches(next, 'Chỉ thị số 32-CT/TU', exact)).toHaveLength(4);
    expect(next.preamble[0]!.children[1]).toEqual(ref('citation.full'));
    // Untouched sections keep their identity (memoised editors do not re-render).
    expect(next.sections[0]!.children[1]).toBe(plan.sections[0]!.children[1]);
    expect(plan.sections[0]!.children[0]!.body).not.toBe(next.sections[0]!.children[0]!.body);
  });

  it('replaces one match across leaves, giving the new text the first leaf\'s marks', () => {
    const plan = anLaoPlan({ preamble: [paragraph(text('Chỉ ', { bold: true }), text('thị'), text(' này'))] });
    const [hit] = findMatches(plan, 'Chỉ thị', exact);
    const next = replaceMatches(plan, [hit!], 'Nghị quyết');
    const block = next.preamble[0] as BlockElement;
    expect(block.children.map((c) => ('text' in c ? c.text : ''))).toEqual(['Nghị quyết', '', ' này']);
    expect(block.children[0]).toEqual({ text: 'Nghị quyết', bold: true });
  });

  it('replaces in section titles and several times in one paragraph', () => {
    const plan = anLaoPlan();
    const next = replaceAll(plan, 'mục tiêu', 'nhiệm vụ', { matchCase: false, matchDiacritics: true }).plan;
    expect(next.sections[0]!.title).toBe('Mục đích, yêu cầu, nhiệm vụ');
    const twice = anLaoPlan({ preamble: [paragraph(text('a b a b a'))] });
    expect((replaceAll(twice, 'a', 'xyz', exact).plan.preamble[0]!.children[0] as { text: string }).text).toBe('xyz b xyz b xyz');
  });
});
