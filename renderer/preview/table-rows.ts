import type { Para, TableRowLayout } from '../../core/render/layout-types';
import { PX_PER_MM } from '../state/fit-scale';

/**
 * A table taller than what is left of a page runs onto the next ones, as in Word: for the
 * preview a table is cut into groups of rows (never inside a row span), each a block the
 * paginator places on its own. A group after the first carries the header rows again
 * (`repeatRows`), drawn only when the group starts a page — as Word repeats rows marked
 * "repeat as header row" — and counted by the paginator only there (MeasuredBlock.repeatMm).
 */
export type PreviewPara = Para & { repeatRows?: number };

export function splitTables(paras: Para[]): PreviewPara[] {
  return paras.flatMap((p): PreviewPara[] => {
    const t = p.table;
    if (!t || t.rows.length <= 1) return [p];
    // Where a row span ends: a group may end after row i only if no span crosses into row i + 1.
    const reach = t.rows.map((row, i) => Math.max(i, ...row.cells.map((c) => i + c.rowSpan - 1)));
    const header = t.rows.findIndex((r) => !r.header);
    const headerRows = header === -1 ? t.rows.length : header;
    const groups: TableRowLayout[][] = [];
    let start = 0;
    let end = -1;
    for (let i = 0; i < t.rows.length; i++) {
      end = Math.max(end, reach[i]!);
      // The header rows stay with the first body row.
      if (i === end && i >= headerRows) {
        groups.push(t.rows.slice(start, i + 1));
        start = i + 1;
      }
    }
    if (start < t.rows.length) groups.push(t.rows.slice(start));
    if (groups.length <= 1) return [p];
    // Header cells spanning down into body rows take those rows along when repeated.
    const headEnd = headerRows === 0 ? -1 : Math.max(...reach.slice(0, headerRows));
    const head = t.rows.slice(0, headEnd + 1);
    return groups.map((rows, g): PreviewPara => {
      const last = g === groups.length - 1;
      const { keepWithNext: _keep, ...rest } = p;
      const base = last && p.keepWithNext ? { ...rest, keepWithNext: true } : rest;
      if (g === 0 || head.length === 0) return { ...base, table: { ...t, rows } };
      return { ...base, table: { ...t, rows: [...head, ...rows] }, repeatRows: head.length };
    });
  });
}

/** Height of the header rows a later part of a split table shows when it starts a page (hidden while measuring). */
export function repeatedHeader(el: HTMLElement): { repeatMm?: number } {
  const head = el.querySelector<HTMLElement>('thead.kh-repeat-header');
  if (!head) return {};
  head.style.display = 'table-header-group';
  const mm = head.getBoundingClientRect().height / PX_PER_MM;
  head.style.display = '';
  return { repeatMm: mm };
}
