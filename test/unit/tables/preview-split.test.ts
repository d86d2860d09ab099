import { describe, expect, it } from 'vitest';
import { createTable, mergeCells } from '../../../core/model';
import { layoutTable } from '../../../core/render/layout-table';
import { getProfile } from '../../../core/profiles/profile';
import { paginate } from '../../../renderer/preview/paginate';
import { splitTables } from '../../../renderer/preview/table-rows';

const profile = getProfile('dang-hd05');
const laid = (rows: number, cols = 3) => layoutTable(createTable(rows, cols), profile, 165, 'ủy');

describe('tables across preview pages', () => {
  it('a table is cut between rows, the header staying with the first row and repeated on the later parts', () => {
    const parts = splitTables([laid(5)]);
    expect(parts).toHaveLength(4);
    expect(parts[0]!.table!.rows).toHaveLength(2); // header + first row
    expect(parts[0]!.repeatRows).toBeUndefined();
    expect(parts.slice(1).every((p) => p.repeatRows === 1 && p.table!.rows.length === 2 && p.table!.rows[0]!.header)).toBe(true);
  });

  it('never cuts inside a row span', () => {
    const t = mergeCells(createTable(5, 2), { row: 1, col: 0, rowSpan: 3, colSpan: 1 });
    const parts = splitTables([layoutTable(t, profile, 165, 'ủy')]);
    // header+row1..3 (the span), then row 4.
    expect(parts.map((p) => p.table!.rows.length - (p.repeatRows ?? 0))).toEqual([4, 1]);
  });

  it('a part that starts a page counts its repeated header; one that follows on the same page does not', () => {
    const pages = paginate(
      [
        { heightMm: 200 },
        { heightMm: 40 },
        { heightMm: 40, repeatMm: 10 },
        { heightMm: 40, repeatMm: 10 },
      ],
      250,
    );
    // 200 + 40 fit; the next part starts page 2 with its header (10 + 40), and the last follows it (40).
    expect(pages.map((p) => p.map((s) => s.block))).toEqual([[0, 1], [2, 3]]);
    const tight = paginate([{ heightMm: 200 }, { heightMm: 40 }, { heightMm: 200, repeatMm: 10 }, { heightMm: 40, repeatMm: 10 }], 250);
    // 10 + 200 on page 2 leaves 40: the last part still fits without its header.
    expect(tight.map((p) => p.map((s) => s.block))).toEqual([[0, 1], [2, 3]]);
    const over = paginate([{ heightMm: 245, repeatMm: 10 }, { heightMm: 245, repeatMm: 10 }], 250);
    expect(over).toHaveLength(2);
  });
});
