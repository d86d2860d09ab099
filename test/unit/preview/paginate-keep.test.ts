import { describe, expect, it } from 'vitest';
import { paginate, type MeasuredBlock } from '../../../renderer/preview/paginate';

// A4 with 20/20 mm margins; exactly 18 pt body lines (6.35 mm), 6 pt after each paragraph.
const PAGE = 297 - 20 - 20;
const LINE = (18 * 25.4) / 72;
const AFTER = (6 * 25.4) / 72;
const para = (lines: number, extra: Partial<MeasuredBlock> = {}): MeasuredBlock => ({
  heightMm: lines * LINE + AFTER,
  lines,
  lineMm: LINE,
  padTopMm: 0,
  padBottomMm: AFTER,
  ...extra,
});
const CLOSING: MeasuredBlock = { heightMm: 70 };

describe('keep with next, as Word and Writer obey it', () => {
  it('a short last paragraph takes the closing block to the next page: the signature never stands alone', () => {
    const pages = paginate([{ heightMm: PAGE - 40 }, para(1, { keepWithNext: true }), CLOSING], PAGE);
    expect(pages).toEqual([[{ block: 0 }], [{ block: 1 }, { block: 2 }]]);
  });

  it('a heading before that paragraph goes along too (a run of kept blocks)', () => {
    const pages = paginate([{ heightMm: PAGE - 50 }, para(1, { keepWithNext: true }), para(1, { keepWithNext: true }), CLOSING], PAGE);
    expect(pages).toEqual([[{ block: 0 }], [{ block: 1 }, { block: 2 }, { block: 3 }]]);
  });

  it('a long kept paragraph splits and sends its last two lines with the closing block', () => {
    const pages = paginate([{ heightMm: PAGE - 60 }, para(8, { keepWithNext: true }), CLOSING], PAGE);
    expect(pages[0]).toEqual([{ block: 0 }, { block: 1, fromLine: 0, toLine: 6 }]);
    expect(pages[1]).toEqual([{ block: 1, fromLine: 6, toLine: 8 }, { block: 2 }]);
  });

  it('a heading keeps with the first lines of a paragraph that can split, not the whole of it', () => {
    // 30 mm left: the heading (8.5 mm) and three lines of the paragraph (19 mm) stay.
    const pages = paginate([{ heightMm: PAGE - 30 }, para(1, { keepWithNext: true }), para(10)], PAGE);
    expect(pages[0]).toEqual([{ block: 0 }, { block: 1 }, { block: 2, fromLine: 0, toLine: 3 }]);
  });

  it('ignores a keep whose run is taller than a page', () => {
    const tall: MeasuredBlock = { heightMm: PAGE - 5 };
    const pages = paginate([{ heightMm: 100 }, para(1, { keepWithNext: true }), tall], PAGE);
    expect(pages[0]).toEqual([{ block: 0 }, { block: 1 }]);
    expect(pages[1]).toEqual([{ block: 2 }]);
  });
});
