import { runChecks } from '../../core/check';
import type { CheckRule, Finding } from '../../core/check/types';
import type { DocumentRef } from '../../core/model/document-ref';
import type { Plan } from '../../core/model/plan';
import { whenIdle } from '../preview/idle';
import { withContext } from './finding-context';

/** Work done in one idle slice before giving the page back. */
const SLICE_MS = 12;

/**
 * The checker on the page's own thread, where no worker can start: the rules one after another in
 * idle slices of about SLICE_MS (a key pressed meanwhile waits for one rule at most), all findings
 * answered at the end in runChecks' order. Returns the cancel.
 */
export function runInSlices(plan: Plan, library: readonly DocumentRef[], today: Date, rules: readonly CheckRule[], done: (findings: Finding[]) => void): () => void {
  let cancel = (): void => undefined;
  const byRule: Finding[][] = [];
  const slice = () => {
    const started = performance.now();
    while (byRule.length < rules.length && performance.now() - started < SLICE_MS) byRule.push(safeRun(plan, library, today, rules[byRule.length]!));
    if (byRule.length < rules.length) cancel = whenIdle(slice);
    else done(withContext(plan, inReadingOrder(plan, library, today, byRule.flat())));
  };
  cancel = whenIdle(slice);
  return () => cancel();
}

/** runChecks' order (reading order) for findings gathered rule by rule: sorted by running no rule at all. */
function inReadingOrder(plan: Plan, library: readonly DocumentRef[], today: Date, findings: Finding[]): Finding[] {
  const echo: CheckRule = { id: 'gathered', severity: 'info', title: '', explanation: '', check: () => findings };
  return runChecks(plan, { library, today, rules: [echo] });
}

/** One rule's findings; a rule that fails on an unusual plan is left out rather than stopping the others. */
function safeRun(plan: Plan, library: readonly DocumentRef[], today: Date, rule: CheckRule): Finding[] {
  try {
    return runChecks(plan, { library, today, rules: [rule] });
  } catch (err) {
    console.error(`rule ${rule.id} failed`, err);
    return [];
  }
}
