import { createAppendix, taskTable, type Appendix, type TaskRow } from '../../core/model/appendix';
import type { BlockElement } from '../../core/model/inline';
import type { Plan, Section } from '../../core/model/plan';
import { createRefResolver, leavesText } from '../../core/render/resolve';
import { applyToneMarks } from '../../core/text';
import { findImplementation, namesAUnit, unitName } from './recipients';

/**
 * The task-assignment appendix (Phụ lục phân công nhiệm vụ) generated from "Tổ chức thực hiện":
 * one row per task ("-" line or paragraph) of each unit the part names, the unit as "Cơ quan chủ
 * trì"; partner units, deadline and product are left for the clerk to fill in the table. The
 * table is then the clerk's: it is edited like any table, and its units are offered as recipients
 * "để t/h" (recipients.ts).
 */
export function tasksFromImplementation(plan: Plan): TaskRow[] {
  const section = findImplementation(plan.sections);
  if (!section) return [];
  const resolver = createRefResolver(plan);
  const textOf = (block: BlockElement): string =>
    block.type === 'table' ? '' : applyToneMarks(leavesText(resolver.resolve(block.children)), plan.organisation.toneMarks).replace(/^[-+–]\s+/, '').trim();
  const blocksOf = (s: Section): BlockElement[] => [...s.body, ...s.children.flatMap(blocksOf)];
  const rows: TaskRow[] = [];
  for (const unit of section.children) {
    if (!namesAUnit(unit)) continue;
    const lead = unitName(unit.title);
    for (const block of blocksOf(unit)) {
      const content = textOf(block);
      if (content) rows.push({ content, lead });
    }
  }
  return rows;
}

export function newAppendixId(plan: Plan): string {
  const ids = new Set((plan.appendices ?? []).map((a) => a.id));
  let n = ids.size + 1;
  while (ids.has(`phu-luc-${n}`)) n++;
  return `phu-luc-${n}`;
}

/** A landscape "Phân công nhiệm vụ" appendix with the task table (one empty row when there are no tasks yet). */
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
