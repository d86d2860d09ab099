import { describe, expect, it } from 'vitest';
import { anLaoPlan } from '../../helpers/fixtures';
import { bullet, paragraph, text, ref, type BlockElement, type TextLeaf } from '../../../core/model/inline';
import { createTable } from '../../../core/model/table';
import { createRefResolver, leavesText } from '../../../core/render/resolve';
import { adaptCase, findMatches, isReplaceable, replaceAll, replaceMatches } from '../../../renderer/editor/find/find-replace';

const exact = { matchCase: true, matchDiacritics: true };
const loose = { matchCase: false, matchDiacritics: false };

describe('find', () => {
  it('finds a word in section titles and bodies, in document order', () => {
    const plan = anLaoPlan();
    const hits = findMatches(plan, 'Chỉ thị', exact).filter(isReplaceable);
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

  it('finds the text live references show, as the clerk sees it on screen', () => {
    const plan = anLaoPlan();
    const resolved = leavesText(createRefResolver(plan).resolveSummary(plan.summary));
    expect(resolved).toContain('Ban Thường vụ Thành ủy');
    const hits = findMatches(plan, 'Thành ủy', exact);
    expect(hits.length).toBeGreaterThan(0);
    // Found in a chip: shown, never replaced.
    expect(hits.every((h) => h.refs.length > 0 && !isReplaceable(h))).toBe(true);
    expect(hits[0]!.refs[0]).toMatchObject({ type: 'ref' });
  });

  it('finds text running from the plan\'s own words into a reference', () => {
    const plan = anLaoPlan({ preamble: [paragraph(text('Thực hiện '), ref('citation.full'), text(', Huyện ủy'))] });
    const shown = findMatches(plan, 'Thực hiện Chỉ thị', exact).find((h) => h.where.kind === 'preamble')!;
    expect(shown.context.startsWith('Thực hiện Chỉ thị số 32-CT/TU')).toBe(true);
    expect(shown.leaves).toEqual([[0, 0, 10]]);
    expect(shown.refs).toHaveLength(1);
    expect(findMatches(plan, 'Huyện ủy', exact).find((h) => h.where.kind === 'preamble')?.leaves).toEqual([[2, 2, 10]]);
  });

  it('finds a word whatever its tone-mark placement and across a non-breaking space', () => {
    const plan = anLaoPlan({ preamble: [paragraph(text('Ban Thường vụ Huyện uỷ và hoà\u00a0bình'))] });
    expect(findMatches(plan, 'Huyện ủy', exact).filter((h) => h.where.kind === 'preamble')).toHaveLength(1);
    expect(findMatches(plan, 'hòa bình', exact).filter((h) => h.where.kind === 'preamble')).toHaveLength(1);
  });

  it('finds text running across bold and plain leaves', () => {
    const plan = anLaoPlan({ preamble: [paragraph(text('Chỉ '), text('thị', { bold: true }), text(' này'))] });
    expect(findMatches(plan, 'Chỉ thị này', exact)).toHaveLength(1);
  });
});

describe('replace', () => {
  it('replaces all matches and leaves references in place', () => {
    const plan = anLaoPlan();
    const { plan: next, count, inReferences } = replaceAll(plan, 'Chỉ thị', 'Chỉ thị số 32-CT/TU', exact);
    expect(count).toBe(4);
    expect(inReferences).toBeGreaterThan(0);
    expect(findMatches(next, 'Chỉ thị số 32-CT/TU', exact).filter(isReplaceable)).toHaveLength(4);
    expect(next.preamble[0]!.children[1]).toEqual(ref('citation.full'));
    // Untouched sections keep their identity (memoised editors do not re-render).
    expect(next.sections[0]!.children[1]).toBe(plan.sections[0]!.children[1]);
    expect(plan.sections[0]!.children[0]!.body).not.toBe(next.sections[0]!.children[0]!.body);
  });

  it('replaces one match across leaves, giving the new text the first leaf\'s marks', () => {
    const plan = anLaoPlan({ preamble: [paragraph(text('Chỉ ', { bold: true }), text('thị'), text(' này'))] });
    const hit = findMatches(plan, 'Chỉ thị', exact).find((h) => h.where.kind === 'preamble');
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

  it('keeps the capital at the start of a sentence when case is not matched ("- Quán triệt" → "- Học tập")', () => {
    const plan = anLaoPlan({ preamble: [bullet('-', text('Quán triệt sâu sắc; tổ chức quán triệt đến đảng viên.'))] });
    const next = replaceAll(plan, 'quán triệt', 'học tập, quán triệt', { matchCase: false, matchDiacritics: true }).plan;
    expect((next.preamble[0]!.children[0] as { text: string }).text).toBe('Học tập, quán triệt sâu sắc; tổ chức học tập, quán triệt đến đảng viên.');
    // Matching case: the replacement as typed.
    const exactly = replaceAll(plan, 'Quán triệt', 'học tập', exact).plan;
    expect((exactly.preamble[0]!.children[0] as { text: string }).text).toBe('học tập sâu sắc; tổ chức quán triệt đến đảng viên.');
  });

  it('adapts the case as Word does: capitals stay capitals, a capital typed in the replacement stays', () => {
    const loose = { matchCase: false, matchDiacritics: true };
    expect(adaptCase('KẾ HOẠCH', 'chương trình', loose)).toBe('CHƯƠNG TRÌNH');
    expect(adaptCase('Đảng bộ', 'chi bộ', loose)).toBe('Chi bộ');
    expect(adaptCase('đảng bộ', 'Chi bộ Đảng', loose)).toBe('Chi bộ Đảng');
    expect(adaptCase('đảng bộ', 'chi bộ', loose)).toBe('chi bộ');
  });

  it('never replaces inside a reference', () => {
    const plan = anLaoPlan();
    const before = JSON.stringify(plan.summary);
    const { plan: next } = replaceAll(plan, 'Thành ủy', 'Tỉnh ủy', exact);
    expect(JSON.stringify(next.summary)).toBe(before);
  });
});

describe('find and replace in the Phụ lục', () => {
  it('finds words in an appendix paragraph and its table cells, after the sections, and replaces them there', () => {
    const plan = anLaoPlan();
    const table = createTable(2, 2, [['STT', 'Nội dung nhiệm vụ'], ['1', 'Tuyên truyền Chỉ thị trong trường học']]);
    const withAppendix = { ...plan, appendices: [{ id: 'pl-1', title: 'Phân công', orientation: 'landscape' as const, attachLine: [], body: [paragraph(text('Bảng phân công thực hiện Chỉ thị')), table] }] };
    const matches = findMatches(withAppendix, 'Chỉ thị', exact);
    const inAppendix = matches.filter((m) => m.where.kind === 'appendix');
    expect(inAppendix).toHaveLength(2);
    expect(inAppendix[1]!.cell).toEqual([1, 1]);
    // Document order: the appendix comes after every section of the plan.
    expect(matches.at(-1)!.where).toEqual({ kind: 'appendix', appendixId: 'pl-1' });
    const { plan: next } = replaceAll(withAppendix, 'Chỉ thị', 'Chỉ thị số 32-CT/TU', exact);
    const body = next.appendices![0]!.body;
    expect(body[0]!.type !== 'table' && leavesText(body[0]!.children as TextLeaf[])).toBe('Bảng phân công thực hiện Chỉ thị số 32-CT/TU');
    expect(body[1]!.type === 'table' && body[1]!.rows[1]![1]).toBe('Tuyên truyền Chỉ thị số 32-CT/TU trong trường học');
  });
});

