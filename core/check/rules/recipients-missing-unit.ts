import { TASK_COLUMN } from '../../model/appendix';
import type { Plan, Section } from '../../model/plan';
import { placeFinding } from '../finding';
import { type PlanPlace, placesOf } from '../plan-places';
import type { CheckFix, CheckRule, Finding } from '../types';
import { namesUnit, unitCovered, unitParts } from '../unit-names';

const isOrganisationPart = (section: Section): boolean =>
  section.key === 'to-chuc-thuc-hien' || /tổ chức thực hiện/iu.test(section.title.normalize('NFC'));

/** Sections inside "Tổ chức thực hiện", at any depth. */
function organisationSectionIds(sections: Section[], inside = false, out = new Set<string>()): Set<string> {
  for (const s of sections) {
    if (inside) out.add(s.id);
    organisationSectionIds(s.children, inside || isOrganisationPart(s), out);
  }
  return out;
}

/** Adds the unit to the group of recipients "để t/h" (or the last group): where units with tasks are listed. */
function addRecipientFix(plan: Plan, unit: string): CheckFix | undefined {
  if (plan.recipients.length === 0) return undefined;
  const byPurpose = plan.recipients.findIndex((g) => /t\/h|thực hiện/iu.test(g.purpose));
  const g = byPurpose >= 0 ? byPurpose : plan.recipients.length - 1;
  const items = plan.recipients[g]?.items ?? [];
  return { label: `Thêm “${unit}” vào Nơi nhận`, edits: [{ kind: 'field', path: ['recipients', g, 'items'], expected: items, value: [...items, unit] }] };
}

/**
 * Units given tasks in "Tổ chức thực hiện" (its headings, run-in titles like "5. Ủy ban Kiểm tra
 * Đảng ủy Phường: …") or in the task-assignment appendix must receive the plan: each must be in
 * Nơi nhận, by name or abbreviation. The issuing body itself needs no copy.
 */
export const recipientsMissingUnit: CheckRule = {
  id: 'recipients-missing-unit',
  severity: 'warning',
  title: 'Đơn vị được giao nhiệm vụ chưa có trong Nơi nhận',
  explanation: 'Đơn vị được giao nhiệm vụ ở phần Tổ chức thực hiện phải nhận được kế hoạch; thiếu trong Nơi nhận thì đơn vị đó không biết việc mình phải làm.',
  check({ plan }) {
    const recipients = plan.recipients.flatMap((g) => g.items);
    const self = [plan.organisation.collective, plan.organisation.issuingBody];
    const inside = organisationSectionIds(plan.sections);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    const report = (place: PlanPlace, unit: string): void => {
      const parts = unitParts(unit);
      if (parts.length === 0 || parts.some((p) => unitCovered(p, recipients) || unitCovered(p, self))) return;
      const key = unit.toLocaleLowerCase('vi');
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(
        placeFinding(recipientsMissingUnit, place, `“${unit}” được giao nhiệm vụ nhưng không có trong Nơi nhận; hãy thêm đơn vị này vào Nơi nhận.`, addRecipientFix(plan, unit)),
      );
    };
    for (const place of placesOf(plan).places) {
      if (place.place.area === 'section-title' && place.section && inside.has(place.section.id)) {
        if (namesUnit(place.text)) report(place, place.text.trim());
      } else if (place.place.area === 'appendix' && place.kind === 'string') {
        const [, row = 0, col = -1] = place.place.block ?? [];
        if (row === 0 || (col !== TASK_COLUMN.lead && col !== TASK_COLUMN.partners)) continue;
        const appendix = plan.appendices?.find((a) => a.id === place.place.appendixId);
        if (appendix?.kind !== 'tasks') continue;
        for (const unit of place.text.split(/[,;\n]/).map((u) => u.trim()).filter(Boolean)) report(place, unit);
      }
    }
    return findings;
  },
};
