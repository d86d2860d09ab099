import { describe, expect, it } from 'vitest';
import { paginate, type MeasuredBlock } from '../../../renderer/preview/paginate';
import { progressivePages } from '../../../renderer/preview/progressive';

// A4 with 20/20 mm margins and the HD36 body line of 18 pt, 6 pt after each paragraph.
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

/** A long plan: header table, then headings (kept with next) and paragraphs of 3 to 11 lines, then the closing. */
function longPlan(): MeasuredBlock[] {
  const blocks: MeasuredBlock[] = [{ heightMm: 70 }];
  for (let i = 0; i < 300; i++) blocks.push(i % 7 === 0 ? para(1, { keepWithNext: true }) : para(3 + ((i * 5) % 9)));
  blocks.push({ heightMm: 60 });
  return blocks;
}

describe('pages shown while a long plan is still being measured', () => {
  const all = longPlan();
  const final = paginate(all, PAGE);

  it('shows nothing until the first blocks are measured', () => {
    expect(progressivePages(all.map(() => undefined), PAGE)).toEqual({ pages: [], complete: false });
  });

  it('never shows a page that changes once the rest is measured (pages do not jump while opening)', () => {
    for (let measured = 1; measured < all.length; measured += 17) {
      const partial = all.map((b, i) => (i < measured ? b : undefined));
      const { pages, complete } = progressivePages(partial, PAGE);
      expect(complete).toBe(false);
      expect(pages).toEqual(final.slice(0, pages.length));
    }
  });

  it('shows the first page after only the first few pages are measured', () => {
    const partial = all.map((b, i) => (i < 32 ? b : undefined));
    const { pages } = progressivePages(partial, PAGE);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages[0]).toEqual(final[0]);
  });

  it('holds back a heading at the end of what is measured, since it moves with the paragraph after it', () => {
    // Page 1 is almost full: a heading fits, but not with two lines of the next paragraph.
    const blocks = [para(38), para(1, { keepWithNext: true }), para(6)];
    const { pages } = progressivePages([blocks[0], blocks[1], undefined], PAGE);
    expect(pages).toEqual([]);
    expect(paginate(blocks, PAGE)[1]![0]).toEqual({ block: 1 });
  });

  it('gives exactly the final pages once every block is measured', () => {
    expect(progressivePages(all, PAGE)).toEqual({ pages: final, complete: true });
  });

  it('uses only the measured blocks at the start: a gap stops the pages there', () => {
    const partial = all.map((b, i) => (i === 40 ? undefined : b));
    const { pages, complete } = progressivePages(partial, PAGE);
    expect(complete).toBe(false);
    expect(pages.flat().every((s) => s.block < 40)).toBe(true);
  });
});
