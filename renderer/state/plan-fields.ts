import type { Plan } from '../../core/model';

/**
 * An edit of whole plan fields (the opening, the summary and the parts they were composed from)
 * as an invertible operation, like the section operations: undo puts back those fields only, so
 * text typed meanwhile in the sections is kept.
 */
export interface FieldsOp {
  type: 'fields';
  /** The values to set; a key present with `undefined` removes the field (an older plan had no `wording`). */
  fields: Partial<Plan>;
}

export function applyFieldsOp(plan: Plan, op: FieldsOp): { plan: Plan; inverse: FieldsOp } {
  const next: Record<string, unknown> = { ...plan };
  const before: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(op.fields)) {
    before[key] = (plan as unknown as Record<string, unknown>)[key];
    if (value === undefined) delete next[key];
    // A new array: an editor ignores a value it has emitted itself (RichTextEditor), and the text
    // put back by undo is one it once held.
    else next[key] = Array.isArray(value) ? [...value] : value;
  }
  return { plan: next as unknown as Plan, inverse: { type: 'fields', fields: before as Partial<Plan> } };
}
