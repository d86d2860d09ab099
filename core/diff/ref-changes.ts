import type { DocumentRef } from '../model/document-ref';
import type { Plan } from '../model/plan';
import { citeHead } from '../citation/cite';
import { formatShortDate } from '../citation/dates';
import { findDocument } from '../render/resolve';
import type { PlanDiff } from './types';

/**
 * The facts behind live references that changed between two plans, once each, in Vietnamese:
 * "Ngày của Chỉ thị số 32-CT/TU: 2024-04-24 → 2024-04-25" is what a reviewer needs to know once,
 * rather than at every place the citation prints.
 */
const DOC_FACTS: Array<[keyof DocumentRef, string]> = [
  ['type', 'Loại văn bản'],
  ['number', 'Số'],
  ['symbol', 'Ký hiệu'],
  ['date', 'Ngày'],
  ['issuer', 'Cơ quan ban hành'],
  ['subject', 'Trích yếu'],
  ['shortName', 'Tên viết tắt'],
];

const PLAN_FIELDS: Record<string, string> = {
  'org.collective': 'Tập thể ban hành',
  'org.issuingBody': 'Cơ quan ban hành',
  'org.place': 'Địa danh',
  'plan.year': 'Năm của kế hoạch',
  'plan.type': 'Loại kế hoạch',
  'plan.subject': 'Tên của kế hoạch',
  'plan.numberSymbol': 'Số, ký hiệu của kế hoạch',
  'plan.date': 'Ngày của kế hoạch',
  'plan.name': 'Tên của kế hoạch',
  'plan.nameGeneric': 'Tên của kế hoạch',
};

/** "24/4/2024" for an ISO date, so the list reads as the plan prints. */
const showFact = (key: keyof DocumentRef, value: unknown): string => {
  const s = typeof value === 'string' ? value : '';
  return key === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(s) ? formatShortDate(s) : s;
};

/**
 * `changed` holds ref keys ("citation.date@cv-32", "plan.date") whose shown value differed
 * somewhere, with the values seen first.
 */
export function refChangesOf(oldPlan: Plan, newPlan: Plan, changed: Map<string, { before: string; after: string }>): PlanDiff['refChanges'] {
  const out: PlanDiff['refChanges'] = [];
  const seen = new Set<string>();
  const docTargets = (field: string, target: string | undefined): Array<string | undefined> =>
    field === 'bases.full' ? newPlan.baseIds : [target];
  for (const [key, values] of changed) {
    const [field, target] = key.split('@') as [string, string | undefined];
    if (field.startsWith('citation.') || field === 'bases.full' || field === 'plan.name') {
      let found = false;
      for (const id of docTargets(field, target)) {
        const before = findDocument(oldPlan, id);
        const after = findDocument(newPlan, id);
        if (!before || !after) continue;
        for (const [fact, label] of DOC_FACTS) {
          if ((before[fact] ?? '') === (after[fact] ?? '')) continue;
          found = true;
          const id2 = `${after.id}:${String(fact)}`;
          if (seen.has(id2)) continue;
          seen.add(id2);
          out.push({ field: `document.${String(fact)}`, target: after.id, label: `${label} của ${citeHead(before)}`, before: showFact(fact, before[fact]), after: showFact(fact, after[fact]) });
        }
      }
      if (found) continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field, ...(target ? { target } : {}), label: PLAN_FIELDS[field] ?? 'Giá trị tham chiếu', before: values.before, after: values.after });
  }
  return out;
}
