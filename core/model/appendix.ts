import * as z from 'zod/mini';
import { type BlockElement, type InlineNode, blockSchema, inlineNodeSchema, ref, text } from './inline';
import type { TableElement } from './table';

/**
 * A Phụ lục (appendix) printed after the signature block, each on a new page, portrait or
 * landscape: "PHỤ LỤC" (numbered I, II … when there are several), its title, and the line
 * "(Kèm theo Kế hoạch số …-KH/…, ngày … của …)" made of live references, so it follows the
 * number and date filled in at signing and keeps the blanks while they are empty.
 */
export const ORIENTATIONS = ['portrait', 'landscape'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export interface Appendix {
  id: string;
  title: string;
  orientation: Orientation;
  /** "(Kèm theo Kế hoạch số …)", with live references (plan.type, plan.numberSymbol, plan.date, org.collective). */
  attachLine: InlineNode[];
  body: BlockElement[];
  /** The task-assignment appendix generated from "Tổ chức thực hiện" (its first table lists the tasks). */
  kind?: 'tasks';
}

export const appendixSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  orientation: z.enum(ORIENTATIONS),
  attachLine: z.array(inlineNodeSchema),
  body: z.array(blockSchema),
  kind: z.optional(z.literal('tasks')),
});

/** "(Kèm theo Kế hoạch số 45-KH/HU, ngày 08/5/2024 của Ban Thường vụ Huyện ủy)": the comma before "ngày" follows the citation style. */
export function defaultAttachLine(commaBeforeDate: boolean): InlineNode[] {
  return [
    text('(Kèm theo '),
    ref('plan.type'),
    text(' số '),
    ref('plan.numberSymbol'),
    text(commaBeforeDate ? ', ' : ' '),
    ref('plan.date'),
    text(' của '),
    ref('org.collective'),
    text(')'),
  ];
}

export function createAppendix(id: string, commaBeforeDate: boolean, fields: Partial<Omit<Appendix, 'id' | 'attachLine'>> = {}): Appendix {
  return {
    id,
    title: fields.title ?? '',
    orientation: fields.orientation ?? 'portrait',
    attachLine: defaultAttachLine(commaBeforeDate),
    body: fields.body ?? [{ type: 'paragraph', children: [{ text: '' }] }],
    ...(fields.kind ? { kind: fields.kind } : {}),
  };
}

/** Columns of the task-assignment table. */
export const TASK_COLUMNS = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'] as const;
export const TASK_COLUMN_WIDTHS = [6, 34, 16, 18, 12, 14];
export const TASK_COLUMN = { stt: 0, content: 1, lead: 2, partners: 3, deadline: 4, product: 5 } as const;

/** One task of the plan, as the task-assignment appendix lists it. */
export interface TaskRow {
  content: string;
  lead?: string;
  partners?: string[];
  deadline?: string;
  product?: string;
}

export function taskTable(tasks: TaskRow[]): TableElement {
  const rows = tasks.map((t, i) => [String(i + 1), t.content, t.lead ?? '', (t.partners ?? []).join(', '), t.deadline ?? '', t.product ?? '']);
  return {
    type: 'table',
    rows: [[...TASK_COLUMNS], ...(rows.length ? rows : [['1', '', '', '', '', '']])],
    headerRows: 1,
    widths: [...TASK_COLUMN_WIDTHS],
    children: [{ text: '' }],
  };
}

/** The tasks read back from a task-assignment table (rows after the header), for the recipients. */
export function tasksOfTable(table: TableElement): TaskRow[] {
  const header = table.headerRows ?? 1;
  const split = (s: string): string[] => s.split(/[,;\n]/).map((x) => x.trim()).filter(Boolean);
  return table.rows.slice(header).map((r) => ({
    content: r[TASK_COLUMN.content] ?? '',
    lead: (r[TASK_COLUMN.lead] ?? '').trim(),
    partners: split(r[TASK_COLUMN.partners] ?? ''),
    deadline: (r[TASK_COLUMN.deadline] ?? '').trim(),
    product: (r[TASK_COLUMN.product] ?? '').trim(),
  }));
}

/** Every unit named as lead or partner in the plan's task-assignment appendices, in order. */
export function taskUnits(appendices: Appendix[] | undefined): string[] {
  const out: string[] = [];
  for (const a of appendices ?? []) {
    if (a.kind !== 'tasks') continue;
    for (const block of a.body) {
      if (block.type !== 'table') continue;
      for (const t of tasksOfTable(block)) {
        for (const unit of [...split1(t.lead), ...(t.partners ?? [])]) out.push(unit);
      }
    }
  }
  return out;
}

const split1 = (s: string | undefined): string[] => (s ? s.split(/[,;\n]/).map((x) => x.trim()).filter(Boolean) : []);
