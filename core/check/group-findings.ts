import { ALL_RULES } from './rules';
import type { CheckRule, Finding } from './types';

export interface FindingGroup {
  /** The rule (its title heads the group; its explanation is shown on demand). */
  rule: Pick<CheckRule, 'id' | 'severity' | 'title' | 'explanation'>;
  findings: Finding[];
}

/**
 * Findings grouped by rule, groups in the order of `rules` (ALL_RULES: citations, dates,
 * numbering, recipients, text, signature, spelling), findings in reading order within a group.
 * A finding of a rule not in the list gets a group of its own, after the others.
 */
export function groupFindings(findings: readonly Finding[], rules: readonly CheckRule[] = ALL_RULES): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const rule of rules) {
    const mine = findings.filter((f) => f.ruleId === rule.id);
    if (mine.length > 0) groups.push({ rule, findings: mine });
  }
  const known = new Set(rules.map((r) => r.id));
  for (const f of findings) {
    if (known.has(f.ruleId)) continue;
    let group = groups.find((g) => g.rule.id === f.ruleId);
    if (!group) {
      group = { rule: { id: f.ruleId, severity: f.severity, title: f.ruleId, explanation: '' }, findings: [] };
      groups.push(group);
    }
    group.findings.push(f);
  }
  return groups;
}

/** A key that tells findings apart (for lists): the rule, the place and the range. */
export const findingKey = (f: Finding): string =>
  JSON.stringify([f.ruleId, f.location.area, f.location.sectionId ?? '', f.location.appendixId ?? '', f.location.block ?? [], f.location.field ?? '', f.location.start ?? -1, f.location.end ?? -1]);
