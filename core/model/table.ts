import * as z from 'zod/mini';
import type { TextLeaf } from './inline';

/**
 * A table in a section body or an appendix, as Word users build them: a grid of cells (rows ×
 * columns, always rectangular), header rows repeated at the top of each page, relative column
 * widths and merged cells. It is a Slate void block (its one empty child is Slate's), so the
 * editor draws the grid itself and cells are typed in like body text.
 *
 * A cell holds plain text; "\n" starts a new paragraph inside the cell. Merges name the top-left
 * cell and the span; the text of the cells a merge covers is kept (unmerging shows it again) but
 * not printed.
 */
export interface TableMerge {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface TableElement {
  type: 'table';
  rows: string[][];
  /** Rows at the top repeated on each page (Word: "Repeat as header row"); default 1. */
  headerRows?: number;
  /** Relative column widths (any positive numbers, e.g. per cent); default equal. */
  widths?: number[];
  merges?: TableMerge[];
  children: [TextLeaf];
}

export const tableMergeSchema = z.object({
  row: z.int().check(z.minimum(0)),
  col: z.int().check(z.minimum(0)),
  rowSpan: z.int().check(z.minimum(1)),
  colSpan: z.int().check(z.minimum(1)),
});

export const tableSchema = z.object({
  type: z.literal('table'),
  rows: z.array(z.array(z.string())).check(z.minLength(1, 'Bảng không có hàng nào')),
  headerRows: z.optional(z.int().check(z.minimum(0))),
  widths: z.optional(z.array(z.number().check(z.positive()))),
  merges: z.optional(z.array(tableMergeSchema)),
  children: z.tuple([z.object({ text: z.string() })]),
});

export const MAX_TABLE_COLUMNS = 20;

export const columnCount = (t: Pick<TableElement, 'rows'>): number => Math.max(1, ...t.rows.map((r) => r.length));

/** A new table: `rows` × `cols` empty cells, the first row a header. */
export function createTable(rows: number, cols: number, cells?: string[][]): TableElement {
  const grid = Array.from({ length: Math.max(1, rows) }, (_, r) => Array.from({ length: Math.max(1, cols) }, (_, c) => cells?.[r]?.[c] ?? ''));
  return { type: 'table', rows: grid, headerRows: 1, children: [{ text: '' }] };
}

/** The grid made rectangular (short rows padded), widths matching the columns, merges inside the grid and not overlapping. */
export function normalizeTable(t: TableElement): TableElement {
  const cols = Math.min(MAX_TABLE_COLUMNS, columnCount(t));
  const rows = t.rows.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? ''));
  const widths = t.widths && t.widths.length === cols ? t.widths : undefined;
  const taken = new Set<string>();
  const merges: TableMerge[] = [];
  for (const m of t.merges ?? []) {
    const rowSpan = Math.min(m.rowSpan, rows.length - m.row);
    const colSpan = Math.min(m.colSpan, cols - m.col);
    if (m.row >= rows.length || m.col >= cols || rowSpan < 1 || colSpan < 1 || rowSpan * colSpan < 2) continue;
    const cells: string[] = [];
    for (let r = m.row; r < m.row + rowSpan; r++) for (let c = m.col; c < m.col + colSpan; c++) cells.push(`${r},${c}`);
    if (cells.some((k) => taken.has(k))) continue;
    cells.forEach((k) => taken.add(k));
    merges.push({ row: m.row, col: m.col, rowSpan, colSpan });
  }
  const headerRows = Math.min(t.headerRows ?? 1, rows.length);
  return {
    type: 'table',
    rows,
    headerRows,
    ...(widths ? { widths } : {}),
    ...(merges.length ? { merges } : {}),
    children: [{ text: '' }],
  };
}

/** The merge covering a cell, if any (its top-left cell included). */
export function mergeAt(t: TableElement, row: number, col: number): TableMerge | undefined {
  return t.merges?.find((m) => row >= m.row && row < m.row + m.rowSpan && col >= m.col && col < m.col + m.colSpan);
}

export function setCell(t: TableElement, row: number, col: number, value: string): TableElement {
  return { ...t, rows: t.rows.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r)) };
}

/** Merges shifted when a row or column is inserted (delta 1) or removed (delta -1) at `at`. */
function shiftMerges(merges: TableMerge[] | undefined, axis: 'row' | 'col', at: number, delta: 1 | -1): TableMerge[] | undefined {
  if (!merges) return undefined;
  const span = axis === 'row' ? 'rowSpan' : 'colSpan';
  const out: TableMerge[] = [];
  for (const m of merges) {
    const start = m[axis];
    const end = start + m[span]; // exclusive
    if (delta === 1) {
      if (at <= start) out.push({ ...m, [axis]: start + 1 });
      else if (at < end) out.push({ ...m, [span]: m[span] + 1 });
      else out.push(m);
    } else {
      if (at < start) out.push({ ...m, [axis]: start - 1 });
      else if (at < end) {
        const next = { ...m, [span]: m[span] - 1 };
        if (next.rowSpan * next.colSpan >= 2) out.push(next);
      } else out.push(m);
    }
  }
  return out.length ? out : undefined;
}

const withMerges = (t: TableElement, merges: TableMerge[] | undefined): TableElement => {
  const { merges: _old, ...rest } = t;
  return merges ? { ...rest, merges } : rest;
};

/** A new empty row at index `at` (0 … rows.length). A row inserted inside the header rows is a header row. */
export function insertRow(t: TableElement, at: number): TableElement {
  const cols = columnCount(t);
  const rows = [...t.rows.slice(0, at), Array.from({ length: cols }, () => ''), ...t.rows.slice(at)];
  const header = t.headerRows ?? 1;
  return withMerges({ ...t, rows, headerRows: at < header ? header + 1 : header }, shiftMerges(t.merges, 'row', at, 1));
}

/** Removes row `at`; the last row is never removed. */
export function removeRow(t: TableElement, at: number): TableElement {
  if (t.rows.length <= 1) return t;
  const header = t.headerRows ?? 1;
  const rows = t.rows.filter((_, i) => i !== at);
  return withMerges({ ...t, rows, headerRows: at < header ? header - 1 : header }, shiftMerges(t.merges, 'row', at, -1));
}

/** A new empty column at index `at`; it takes the average width. */
export function insertColumn(t: TableElement, at: number): TableElement {
  if (columnCount(t) >= MAX_TABLE_COLUMNS) return t;
  const rows = t.rows.map((r) => [...r.slice(0, at), '', ...r.slice(at)]);
  const widths = t.widths ? [...t.widths.slice(0, at), t.widths.reduce((a, b) => a + b, 0) / t.widths.length, ...t.widths.slice(at)] : undefined;
  const next: TableElement = { ...t, rows, ...(widths ? { widths } : {}) };
  return withMerges(next, shiftMerges(t.merges, 'col', at, 1));
}

/** Removes column `at`; the last column is never removed. */
export function removeColumn(t: TableElement, at: number): TableElement {
  if (columnCount(t) <= 1) return t;
  const rows = t.rows.map((r) => r.filter((_, i) => i !== at));
  const widths = t.widths?.filter((_, i) => i !== at);
  const next: TableElement = { ...t, rows, ...(widths ? { widths } : {}) };
  return withMerges(next, shiftMerges(t.merges, 'col', at, -1));
}

/** Merges the rectangle from (row, col) spanning rowSpan × colSpan; merges it overlaps are dropped first. */
export function mergeCells(t: TableElement, m: TableMerge): TableElement {
  const overlaps = (a: TableMerge) => !(a.row >= m.row + m.rowSpan || a.row + a.rowSpan <= m.row || a.col >= m.col + m.colSpan || a.col + a.colSpan <= m.col);
  const kept = (t.merges ?? []).filter((a) => !overlaps(a));
  return normalizeTable({ ...t, merges: [...kept, m] });
}

/** Undoes the merge covering (row, col). */
export function splitCell(t: TableElement, row: number, col: number): TableElement {
  const hit = mergeAt(t, row, col);
  if (!hit) return t;
  const rest = (t.merges ?? []).filter((m) => m !== hit);
  return withMerges(t, rest.length ? rest : undefined);
}

/** Column widths as fractions summing to 1. */
export function columnFractions(t: TableElement): number[] {
  const cols = columnCount(t);
  const w = t.widths && t.widths.length === cols ? t.widths : Array.from({ length: cols }, () => 1);
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / sum);
}
