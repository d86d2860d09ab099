import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate, type MeasuredBlock, type Slice } from '../../../renderer/preview/paginate';

// Footnotes at the foot of their reference's page, and sections that start a new page.
const PAGE = 257;
const LINE = 6.35;
const SEP = 5.7;
const para = (lines: number, extra: Partial<MeasuredBlock> = {}): MeasuredBlock => ({
  heightMm: lines * LINE + 2,
  lines,
  lineMm: LINE,
  padTopMm: 0,
  padBottomMm: 2,
  ...extra,
});

/** Height of text plus footnotes (and separator) on each page, as laid out by paginate. */
function pageLoads(blocks: MeasuredBlock[], pages: Slice[][]): number[] {
  return pages.map((slices) => {
    let text = 0;
    let notes = 0;
    for (const s of slices) {
      const b = blocks[s.block]!;
      const from = s.fromLine ?? 0;
      const to = s.toLine ?? b.lines ?? 1;
      text += s.fromLine === undefined ? b.heightMm : (to - from) * b.lineMm! + (from === 0 ? (b.padTopMm ?? 0) : 0) + (to === b.lines ? (b.padBottomMm ?? 0) : 0);
      for (const n of b.notes ?? []) if (s.fromLine === undefined || (n.line >= from && n.line < to)) notes += n.heightMm;
    }
    return text + (notes > 0 ? SEP + notes : 0);
  });
}

/** The page each footnote's reference line is on. */
function notePages(blocks: MeasuredBlock[], pages: Slice[][]): Map<string, number> {
  const out = new Map<string, number>();
  pages.forEach((slices, p) =>
    slices.forEach((s) => {
      const b = blocks[s.block]!;
      (b.notes ?? []).forEach((n, k) => {
        if (s.fromLine === undefined || (n.line >= s.fromLine && n.line < (s.toLine ?? Infinity))) out.set(`${s.block}:${k}`, p);
      });
    }),
  );
  return out;
}

describe('pagination with footnotes', () => {
  it('a paragraph whose footnote does not fit below it moves to the next page with its footnote', () => {
    // 36 lines of text fill 231 mm; the last short paragraph has a 20 mm footnote: 2 lines + 5.7 + 20 do not fit.
    const blocks = [para(36), para(2, { notes: [{ line: 1, heightMm: 20 }] })];
    const pages = paginate(blocks, PAGE, SEP);
    expect(pages).toHaveLength(2);
    expect(pages[1]![0]).toEqual({ block: 1 });
    // Without the footnote, it fits on page 1.
    expect(paginate([para(36), para(2)], PAGE, SEP)).toHaveLength(1);
  });

  it('a long paragraph is cut so that the line with the reference stays on the page only with its footnote', () => {
    const blocks = [para(30), para(12, { notes: [{ line: 6, heightMm: 30 }] })];
    const pages = paginate(blocks, PAGE, SEP);
    const where = notePages(blocks, pages);
    expect(pageLoads(blocks, pages).every((h) => h <= PAGE + 0.02)).toBe(true);
    expect(where.get('1:0')).toBeDefined();
  });

  it('never overfills a page and keeps every reference with its footnote (generated documents)', () => {
    const block = fc.record({
      lines: fc.integer({ min: 1, max: 25 }),
      notes: fc.array(fc.record({ line: fc.nat(), heightMm: fc.double({ min: 3, max: 25, noNaN: true }) }), { maxLength: 2 }),
      breakBefore: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 30 }), (specs) => {
        const blocks = specs.map((s) => para(s.lines, { notes: s.notes.map((n) => ({ ...n, line: n.line % s.lines })), ...(s.breakBefore ? { breakBefore: true } : {}) }));
        const pages = paginate(blocks, PAGE, SEP);
        // Every footnote is on exactly one page (its reference's), every page holds what it shows.
        const where = notePages(blocks, pages);
        expect(where.size).toBe(specs.reduce((n, s) => n + s.notes.length, 0));
        pageLoads(blocks, pages).forEach((h, p) => {
          // A page whose first block alone is too tall shows it anyway, as Word does; the space
          // after the page's last paragraph may run into the bottom margin (Word drops it there).
          if (pages[p]!.length > 1) expect(h).toBeLessThanOrEqual(PAGE + 2 + 0.02);
        });
        // A block that starts a new page is the first on its page.
        blocks.forEach((b, i) => {
          if (!b.breakBefore || i === 0) return;
          const p = pages.findIndex((slices) => slices.some((s) => s.block === i));
          expect(pages[p]![0]!.block).toBe(i);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('page break before a section', () => {
  it('starts a new page even when the block would fit', () => {
    const pages = paginate([para(3), para(3, { breakBefore: true }), para(3)], PAGE, SEP);
    expect(pages).toEqual([[{ block: 0 }], [{ block: 1 }, { block: 2 }]]);
  });

  it('a break on the very first block makes no empty page', () => {
    expect(paginate([para(3, { breakBefore: true })], PAGE, SEP)).toEqual([[{ block: 0 }]]);
  });
});
