import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../core/model/plan';
import { bullet, paragraph, text } from '../../../core/model/inline';
import { findMatches } from '../../../renderer/editor/find/find-replace';
import { highlightRanges } from '../../../renderer/editor/find/highlight';
import { anLaoPlan } from '../../helpers/fixtures';

const opts = { matchCase: false, matchDiacritics: true };

/** The text the highlight covers, read back from the blocks, as the clerk would see it marked. */
function highlighted(blocks: Plan['preamble'], ranges: ReturnType<typeof highlightRanges>): string {
  return ranges
    .map((r) => {
      const [b, i] = r.anchor.path as [number, number];
      const leaf = blocks[b]!.children[i]! as { text: string };
      return leaf.text.slice(r.anchor.offset, r.focus.offset);
    })
    .join('');
}

describe('highlighting the current find match in the editor', () => {
  it('marks exactly the found words in the second paragraph of a section', () => {
    const plan = anLaoPlan();
    const body = [paragraph(text('Quán triệt sâu sắc nội dung Chỉ thị.')), bullet('-', text('Tăng cường giáo dục chính trị tư tưởng cho học sinh.'))];
    plan.sections[0]!.body = body;
    const match = findMatches(plan, 'chính trị tư tưởng', opts).find((m) => m.where.kind === 'body' && m.where.sectionId === plan.sections[0]!.id)!;
    expect(highlightRanges(body[0]!.children, 0, match)).toEqual([]);
    const ranges = highlightRanges(body[1]!.children, 1, match);
    expect(highlighted(body, ranges)).toBe('chính trị tư tưởng');
  });

  it('covers a match spanning bold and plain text, leaf by leaf', () => {
    const plan = anLaoPlan();
    const body = [paragraph(text('Thực hiện Chỉ '), text('thị', { bold: true }), text(' số 32'))];
    plan.sections[0]!.body = body;
    const match = findMatches(plan, 'chỉ thị số', opts).find((m) => m.where.kind === 'body')!;
    const ranges = highlightRanges(body[0]!.children, 0, match);
    expect(ranges.map((r) => r.anchor.path[1])).toEqual([0, 1, 2]);
    expect(highlighted(body, ranges)).toBe('Chỉ thị số');
  });

  it('finds the same characters when diacritics are ignored ("chi thi" marks "Chỉ thị")', () => {
    const plan = anLaoPlan();
    const body = [paragraph(text('Triển khai Chỉ thị kịp thời.'))];
    plan.sections[0]!.body = body;
    const match = findMatches(plan, 'chi thi', { matchCase: false, matchDiacritics: false }).find((m) => m.where.kind === 'body')!;
    expect(highlighted(body, highlightRanges(body[0]!.children, 0, match))).toBe('Chỉ thị');
  });
});
