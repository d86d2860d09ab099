import { describe, expect, it } from 'vitest';
import { ALL_RULES, applyFix, findingKey, groupFindings, placesOf, runChecks } from '../../../core/check';
import type { Plan } from '../../../core/model';
import { asSignedPlan, examplePlan as readExampleDraft } from './check-fixtures';

/** The engine on a plan edited by hand: a finding, its fix, its undo. */

const TODAY = new Date(2026, 1, 1);

function withBodyText(plan: Plan, text: string): Plan {
  const [first, ...rest] = plan.sections;
  if (!first) throw new Error('no section');
  return { ...plan, sections: [{ ...first, body: [{ type: 'paragraph', children: [{ text }] }, ...first.body] }, ...rest] };
}

describe('runChecks / applyFix', () => {
  it('flags a weekday that is not the date’s, and the fix (a year inside the school year) removes it; the inverse undoes it', () => {
    const plan = withBodyText(readExampleDraft('thanh-xuan'), 'Báo cáo trước ngày 03/01/2023 (thứ Tư).');
    const findings = runChecks(plan, { today: TODAY }).filter((f) => f.ruleId === 'weekday-mismatch');
    const finding = findings.find((f) => f.location.sectionId === plan.sections[0]?.id && f.location.block?.[0] === 0);
    expect(finding?.message).toContain('thứ Ba');
    expect(finding?.location.excerpt).toBe('03/01/2023 (thứ Tư)');
    expect(finding?.fix).toBeDefined();
    const applied = applyFix(plan, finding!.fix!);
    if (!applied.ok) throw new Error(applied.reason);
    const text = placesOf(applied.plan).find(finding!.location)?.text;
    expect(text).toBe('Báo cáo trước ngày 03/01/2024 (thứ Tư).');
    expect(runChecks(applied.plan, { today: TODAY }).filter((f) => f.location.sectionId === plan.sections[0]?.id && f.ruleId === 'weekday-mismatch' && f.location.block?.[0] === 0)).toEqual([]);
    const undone = applyFix(applied.plan, applied.inverse);
    if (!undone.ok) throw new Error(undone.reason);
    expect(undone.plan).toEqual(plan);
  });

  it('refuses a fix when the text has changed since the check', () => {
    const plan = withBodyText(readExampleDraft('an-lao'), 'Hai  dấu cách.');
    const finding = runChecks(plan, { today: TODAY }).find((f) => f.ruleId === 'double-space');
    const edited = withBodyText(plan, 'Đã sửa.');
    const moved = { ...edited, sections: [{ ...edited.sections[0]!, body: edited.sections[0]!.body.slice(0, 1) }, ...edited.sections.slice(1)] };
    const result = applyFix(moved, finding!.fix!);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/đã thay đổi/);
  });

  it('groups findings by rule in the panel’s order; every finding has its own key', () => {
    const findings = runChecks(asSignedPlan('thanh-xuan'), { today: TODAY });
    const groups = groupFindings(findings);
    const order = ALL_RULES.map((r) => r.id);
    expect(groups.map((g) => order.indexOf(g.rule.id))).toEqual([...groups.map((g) => order.indexOf(g.rule.id))].sort((a, b) => a - b));
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(findings.length);
    expect(new Set(findings.map(findingKey)).size).toBe(findings.length);
  });
});
