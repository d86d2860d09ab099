/**
 * TEMPORARY stand-in for core/check (branch i10-check), deleted at the merge: the same API
 * (runChecks, applyFix, ALL_RULES) with one rule, so the panel can be built before the engine.
 */
import type { BlockElement, InlineNode } from '../../core/model/inline';
import type { Plan } from '../../core/model/plan';
import { updateSection } from '../editor/plan-updates';
import { flattenSections } from '../../core/render/numbering';
import type { CheckFix, CheckRule, Finding } from '../../core/check/types';
import { createChipTextCache } from '../state/chip-texts';

const doubleSpace: CheckRule = {
  id: 'double-space',
  severity: 'warning',
  title: 'Khoảng trắng thừa',
  explanation: 'Hai dấu cách liền nhau làm dòng chữ giãn không đều khi in.',
  check({ plan }) {
    const out: Finding[] = [];
    const refs = createChipTextCache()(plan);
    for (const { section } of flattenSections(plan.sections)) {
      section.body.forEach((b, i) => {
        if (b.type === 'table') return;
        const text = b.children.map((c) => ('type' in c ? (c.type === 'ref' ? refs.text(c) : '') : c.text)).join('');
        for (const m of text.matchAll(/ {2,}/g)) {
          const start = m.index!;
          out.push({
            ruleId: 'double-space', severity: 'warning', message: 'Có hai dấu cách liền nhau; hãy bỏ bớt một dấu cách.',
            location: { area: 'section-body', sectionId: section.id, block: [i], start, end: start + m[0].length, label: section.title, excerpt: text.slice(Math.max(0, start - 20), start + 20) },
            fix: { label: 'Bỏ dấu cách thừa', edits: [{ kind: 'text', place: { area: 'section-body', sectionId: section.id, block: [i] }, start, end: start + m[0].length, expected: m[0], replacement: ' ' }] },
          });
        }
      });
    }
    return out;
  },
};

export const ALL_RULES: readonly CheckRule[] = [doubleSpace];

export function runChecks(plan: Plan, options: { library?: readonly import('../../core/model/document-ref').DocumentRef[]; today?: Date; rules?: readonly CheckRule[] } = {}): Finding[] {
  const context = { plan, library: options.library ?? [], today: options.today ?? new Date() };
  return (options.rules ?? ALL_RULES).flatMap((r) => r.check(context));
}

export function applyFix(plan: Plan, fix: CheckFix): { ok: true; plan: Plan; inverse: CheckFix } | { ok: false; reason: string } {
  let next = plan;
  const inverse: CheckFix = { label: fix.label, edits: [] };
  for (const e of fix.edits) {
    if (e.kind !== 'text' || e.place.area !== 'section-body' || typeof e.replacement !== 'string') return { ok: false, reason: 'Không sửa được chỗ này.' };
    const section = flattenSections(next.sections).find((s) => s.section.id === e.place.sectionId)?.section;
    const block = section?.body[e.place.block![0]!];
    if (!section || !block || block.type === 'table' || block.children.some((c) => 'type' in c)) return { ok: false, reason: 'Chỗ này đã thay đổi; hãy kiểm tra lại.' };
    const text = block.children.map((c) => ('text' in c && !('type' in c) ? c.text : '')).join('');
    if (text.slice(e.start, e.end) !== e.expected) return { ok: false, reason: 'Chữ ở chỗ này đã thay đổi; hãy kiểm tra lại.' };
    const children: InlineNode[] = [{ text: text.slice(0, e.start) + e.replacement + text.slice(e.end) }];
    const body = section.body.map((b, i) => (i === e.place.block![0] ? ({ ...b, children } as BlockElement) : b));
    next = { ...next, sections: updateSection(next.sections, section.id, (s) => ({ ...s, body })) };
    inverse.edits.unshift({ ...e, end: e.start + e.replacement.length, expected: e.replacement, replacement: e.expected });
  }
  return { ok: true, plan: next, inverse };
}
