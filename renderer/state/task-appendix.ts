import { TASK_COLUMN, createAppendix, taskTable, type Appendix } from '../../core/model/appendix';
import type { TableElement } from '../../core/model/table';
import type { Plan } from '../../core/model/plan';
import { tasksFromImplementation } from '../../core/render/task-rows';

export { tasksFromImplementation };

export function newAppendixId(plan: Plan): string {
  const ids = new Set((plan.appendices ?? []).map((a) => a.id));
  let n = ids.size + 1;
  while (ids.has(`phu-luc-${n}`)) n++;
  return `phu-luc-${n}`;
}

/**
 * The task-assignment appendix (Phụ lục phân công nhiệm vụ) generated from "Tổ chức thực hiện":
 * one row per task ("-" line or paragraph) of each unit the part names, the unit as "Cơ quan chủ
 * trì"; partner units, deadline and product are left for the clerk to fill in the table. The
 * table is then the clerk's: it is edited like any table, and its units are offered as recipients
 * "để t/h" (recipients.ts).
 * Landscape; one empty row when there are no tasks yet.
 */
export function taskAppendix(plan: Plan): Appendix {
  return createAppendix(newAppendixId(plan), plan.organisation.citationStyle.commaBeforeDate, {
    title: 'Phân công nhiệm vụ thực hiện',
    orientation: 'landscape',
    body: [taskTable(tasksFromImplementation(plan))],
    kind: 'tasks',
  });
}

export function blankAppendix(plan: Plan): Appendix {
  return createAppendix(newAppendixId(plan), plan.organisation.citationStyle.commaBeforeDate);
}

export const addAppendix = (plan: Plan, appendix: Appendix): Plan => ({ ...plan, appendices: [...(plan.appendices ?? []), appendix] });

export function updateAppendix(plan: Plan, id: string, fn: (a: Appendix) => Appendix): Plan {
  return { ...plan, appendices: (plan.appendices ?? []).map((a) => (a.id === id ? fn(a) : a)) };
}

export function removeAppendix(plan: Plan, id: string): Plan {
  const rest = (plan.appendices ?? []).filter((a) => a.id !== id);
  const { appendices: _drop, ...without } = plan;
  return rest.length ? { ...plan, appendices: rest } : without;
}

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/**
 * The task table brought up to date with "Tổ chức thực hiện" (tasks added or moved since it was
 * made): one row per task there, in order; a row whose task is still there keeps what the clerk
 * typed in it (lead, partners, deadline, product); other rows with text — written by hand, or
 * for a task since removed — stay after them for the clerk to keep or delete; STT renumbered.
 */
export function refreshTaskTable(plan: Plan, table: TableElement): TableElement {
  const header = table.headerRows ?? 1;
  const old = table.rows.slice(header);
  const used = new Set<string[]>();
  const rows = tasksFromImplementation(plan).map((t) => {
    const prev = old.find((r) => !used.has(r) && fold(r[TASK_COLUMN.content] ?? '') === fold(t.content));
    if (!prev) return ['', t.content, t.lead ?? '', '', '', ''];
    used.add(prev);
    return ['', t.content, prev[TASK_COLUMN.lead] || t.lead || '', prev[TASK_COLUMN.partners] ?? '', prev[TASK_COLUMN.deadline] ?? '', prev[TASK_COLUMN.product] ?? ''];
  });
  const others = old.filter((r) => !used.has(r) && r.slice(1).some((v) => v.trim() !== ''));
  const all = [...rows, ...others].map((r, i) => [String(i + 1), ...r.slice(1)]);
  const { merges: _drop, ...rest } = table;
  return { ...rest, rows: [...table.rows.slice(0, header), ...(all.length ? all : [['1', '', '', '', '', '']])] };
}

/** Refreshes the first table of a task-assignment appendix. */
export const refreshTaskAppendix = (plan: Plan, id: string): Plan =>
  updateAppendix(plan, id, (a) => {
    const first = a.body.findIndex((b) => b.type === 'table');
    return { ...a, body: a.body.map((b, i) => (i === first && b.type === 'table' ? refreshTaskTable(plan, b) : b)) };
  });
