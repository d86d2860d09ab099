import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnCount,
  columnFractions,
  createTable,
  insertColumn,
  insertRow,
  mergeAt,
  mergeCells,
  normalizeTable,
  removeColumn,
  removeRow,
  setCell,
  splitCell,
  tableSchema,
  type TableElement,
} from '../../../core/model';
import { layoutTable } from '../../../core/render/layout-table';
import { getProfile } from '../../../core/profiles/profile';

/** What a clerk can do to a table with the buttons, as generated steps. */
type Step =
  | { op: 'insertRow' | 'removeRow' | 'insertColumn' | 'removeColumn'; at: number }
  | { op: 'type'; row: number; col: number; text: string }
  | { op: 'merge'; row: number; col: number; rowSpan: number; colSpan: number }
  | { op: 'split'; row: number; col: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constantFrom('insertRow', 'removeRow', 'insertColumn', 'removeColumn'), at: fc.nat(8) }) as fc.Arbitrary<Step>,
  fc.record({ op: fc.constant('type' as const), row: fc.nat(8), col: fc.nat(8), text: fc.string({ maxLength: 8 }) }),
  fc.record({ op: fc.constant('merge' as const), row: fc.nat(6), col: fc.nat(6), rowSpan: fc.integer({ min: 1, max: 3 }), colSpan: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('split' as const), row: fc.nat(8), col: fc.nat(8) }),
);

function apply(t: TableElement, s: Step): TableElement {
  const rows = t.rows.length;
  const cols = columnCount(t);
  switch (s.op) {
    case 'insertRow':
      return insertRow(t, s.at % (rows + 1));
    case 'removeRow':
      return removeRow(t, s.at % rows);
    case 'insertColumn':
      return insertColumn(t, s.at % (cols + 1));
    case 'removeColumn':
      return removeColumn(t, s.at % cols);
    case 'type':
      return setCell(t, s.row % rows, s.col % cols, s.text);
    case 'merge':
      return mergeCells(t, { row: s.row % rows, col: s.col % cols, rowSpan: s.rowSpan, colSpan: s.colSpan });
    case 'split':
      return splitCell(t, s.row % rows, s.col % cols);
  }
}

describe('table edits', () => {
  it('adding and removing rows and columns moves the text with them', () => {
    let t = createTable(2, 2, [['a', 'b'], ['c', 'd']]);
    t = insertRow(t, 1);
    expect(t.rows).toEqual([['a', 'b'], ['', ''], ['c', 'd']]);
    t = insertColumn(t, 0);
    expect(t.rows).toEqual([['', 'a', 'b'], ['', '', ''], ['', 'c', 'd']]);
    t = removeColumn(removeRow(t, 1), 0);
    expect(t.rows).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('a row added inside the header rows is a header row; removing one shrinks them', () => {
    const t = { ...createTable(3, 2), headerRows: 2 };
    expect(insertRow(t, 1).headerRows).toBe(3);
    expect(insertRow(t, 2).headerRows).toBe(2);
    expect(removeRow(t, 0).headerRows).toBe(1);
  });

  it('merged cells follow inserted rows and columns and shrink when one is removed', () => {
    const t = mergeCells(createTable(3, 3), { row: 0, col: 1, rowSpan: 1, colSpan: 2 });
    expect(insertColumn(t, 2).merges).toEqual([{ row: 0, col: 1, rowSpan: 1, colSpan: 3 }]);
    expect(insertColumn(t, 0).merges).toEqual([{ row: 0, col: 2, rowSpan: 1, colSpan: 2 }]);
    expect(removeColumn(t, 2).merges).toBeUndefined(); // a 1×1 merge is no merge
    expect(mergeAt(t, 0, 2)).toEqual({ row: 0, col: 1, rowSpan: 1, colSpan: 2 });
    expect(splitCell(t, 0, 2).merges).toBeUndefined();
  });

  it('any sequence of edits keeps a valid rectangular table whose layout covers every grid cell exactly once', () => {
    const profile = getProfile('dang-hd05');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.array(step, { maxLength: 25 }), (r, c, steps) => {
        const t = normalizeTable(steps.reduce(apply, createTable(r, c)));
        expect(tableSchema.safeParse(t).success).toBe(true);
        const cols = columnCount(t);
        expect(t.rows.every((row) => row.length === cols)).toBe(true);
        expect(columnFractions(t).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
        const laid = layoutTable(t, profile, 165, 'ủy').table!;
        expect(laid.widthsMm.reduce((a, b) => a + b, 0)).toBeCloseTo(165, 0);
        // Each grid cell is drawn by exactly one laid-out cell (itself or the merge covering it).
        const covered = new Map<string, number>();
        laid.rows.forEach((row, ri) =>
          row.cells.forEach((cell) => {
            for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) covered.set(`${ri + dr},${cell.col + dc}`, (covered.get(`${ri + dr},${cell.col + dc}`) ?? 0) + 1);
          }),
        );
        expect(covered.size).toBe(t.rows.length * cols);
        expect([...covered.values()].every((n) => n === 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('typed cell text is printed as typed, one paragraph per line, in the organisation tone marks', () => {
    const t = setCell(createTable(2, 2), 1, 0, 'Huyện uỷ\nlần hai');
    const laid = layoutTable(t, getProfile('dang-hd05'), 165, 'ủy').table!;
    expect(laid.rows[1]!.cells[0]!.paras.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Huyện ủy', 'lần hai']);
  });
});
