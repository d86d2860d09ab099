import { describe, expect, it } from 'vitest';
import { paginate, type MeasuredBlock } from '../../../renderer/preview/paginate';
import { lineHeightPt, paraStyle } from '../../../renderer/preview/para-style';
import { layoutPlan } from '../../../core/render/layout';
import { anLaoPlan, thanhXuanPlan } from '../../helpers/fixtures';

// A4 with 20/20 mm margins: 257 mm of text height; the HD36 body line is exactly 18 pt = 6.35 mm.
const PAGE = 297 - 20 - 20;
const LINE = (18 * 25.4) / 72;
const para = (lines: number, extra: Partial<MeasuredBlock> = {}): MeasuredBlock => ({
  heightMm: lines * LINE + (6 * 25.4) / 72,
  lines,
  lineMm: LINE,
  padTopMm: 0,
  padBottomMm: (6 * 25.4) / 72,
  ...extra,
});

describe('pagination', () => {
  it('keeps a short plan on one page', () => {
    expect(paginate([{ heightMm: 60 }, para(4), para(3)], PAGE)).toEqual([[{ block: 0 }, { block: 1 }, { block: 2 }]]);
  });

  it('splits a long paragraph by lines, with no line lost or repeated', () => {
    const pages = paginate([{ heightMm: 200 }, para(30)], PAGE);
    expect(pages).toHaveLength(2);
    const first = pages[0]![1]!;
    const second = pages[1]![0]!;
    expect(first.fromLine).toBe(0);
    expect(second).toEqual({ block: 1, fromLine: first.toLine, toLine: 30 });
    // As many lines as fit in the 57 mm left: 8 lines of 6.35 mm.
    expect(first.toLine).toBe(8);
  });

  it('never leaves a single line of a paragraph alone at the foot or head of a page', () => {
    // 1.5 lines of room: the paragraph moves whole instead of leaving one line behind.
    const pages = paginate([{ heightMm: PAGE - 1.5 * LINE }, para(5)], PAGE);
    expect(pages[1]).toEqual([{ block: 1 }]);
    // Room for 4 of 5 lines: only 3 stay, so 2 go to the next page.
    const tail = paginate([{ heightMm: PAGE - 4.2 * LINE }, para(5)], PAGE);
    expect(tail[0]![1]).toEqual({ block: 1, fromLine: 0, toLine: 3 });
    expect(tail[1]![0]).toEqual({ block: 1, fromLine: 3, toLine: 5 });
  });

  it('moves a heading to the next page with the paragraph it keeps with', () => {
    const pages = paginate([{ heightMm: PAGE - 10 }, { heightMm: 8, keepWithNext: true }, para(4)], PAGE);
    expect(pages).toEqual([[{ block: 0 }], [{ block: 1 }, { block: 2 }]]);
  });

  it('puts an unbreakable block that does not fit (the closing table) on a new page', () => {
    expect(paginate([{ heightMm: 200 }, { heightMm: 80 }], PAGE)).toEqual([[{ block: 0 }], [{ block: 1 }]]);
  });

  it('spreads a 300-page paragraph stream over pages without overflow', () => {
    const blocks = Array.from({ length: 3000 }, (_, i) => para(3 + (i % 9)));
    const pages = paginate(blocks, PAGE);
    for (const page of pages) {
      const used = page.reduce((sum, s) => {
        const b = blocks[s.block]!;
        if (s.fromLine === undefined) return sum + b.heightMm;
        return sum + (s.toLine! - s.fromLine) * LINE + (s.toLine === b.lines ? b.padBottomMm! : 0);
      }, 0);
      expect(used).toBeLessThanOrEqual(PAGE + 0.01);
    }
    expect(pages.length).toBeGreaterThan(250);
  });
});

describe('paragraph styles follow the profile', () => {
  it('HD36 body: 14 pt Times, exactly 18 pt lines, 10 mm first-line indent, 6 pt after, justified', () => {
    const doc = layoutPlan(anLaoPlan());
    const body = doc.body.find((p) => p.kind === 'body' || p.kind === 'bullet')!;
    const css = paraStyle(body);
    expect(css.fontSize).toBe('14pt');
    expect(css.lineHeight).toBe('18pt');
    expect(css.textIndent).toBe('10mm');
    expect(css.paddingBottom).toBe('6pt');
    expect(css.textAlign).toBe('justify');
  });

  it('ND30 body: line spacing as a multiple of the single line (1.15)', () => {
    const doc = layoutPlan(thanhXuanPlan());
    const body = doc.body.find((p) => p.kind === 'body')!;
    expect(body.line.rule).toBe('multiple');
    expect(parseFloat(paraStyle(body).lineHeight as string)).toBeCloseTo(lineHeightPt(body.line, body.sizePt), 5);
    expect(lineHeightPt({ rule: 'multiple', value: 1.15 }, 14)).toBeCloseTo(1.15 * 1.15 * 14, 5);
    expect(lineHeightPt({ rule: 'atLeast', value: 18 }, 14)).toBe(18);
  });
});
