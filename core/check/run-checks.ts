import type { DocumentRef } from '../model/document-ref';
import type { Plan } from '../model/plan';
import { placesOf } from './plan-places';
import { ALL_RULES } from './rules';
import type { CheckRule, Finding, SourceFacts } from './types';

export interface RunChecksOptions {
  library?: readonly DocumentRef[];
  /** "Today" for date rules; default now. */
  today?: Date;
  rules?: readonly CheckRule[];
  /** What the Word file had, when the plan was opened from one. */
  source?: SourceFacts;
}

/**
 * Runs every rule on the plan and returns the findings in reading order (header, summary,
 * opening, sections in order, recipients, signature, appendices), then by position in the text
 * and by rule order: the same plan always gives the same list.
 */
export function runChecks(plan: Plan, options: RunChecksOptions = {}): Finding[] {
  const context = { plan, library: options.library ?? [], today: options.today ?? new Date(), ...(options.source ? { source: options.source } : {}) };
  const rules = options.rules ?? ALL_RULES;
  const places = placesOf(plan);
  const found = rules.flatMap((rule, r) => rule.check(context).map((finding, i) => ({ finding, r, i })));
  found.sort(
    (a, b) =>
      places.order(a.finding.location) - places.order(b.finding.location) ||
      (a.finding.location.start ?? -1) - (b.finding.location.start ?? -1) ||
      a.r - b.r ||
      a.i - b.i,
  );
  return found.map((x) => x.finding);
}

/** How many findings of each severity (the CLI's exit code and the panel's badge). */
export function countFindings(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
