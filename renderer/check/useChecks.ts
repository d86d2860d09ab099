import { type Dispatch, useEffect } from 'react';
import type { CheckRule, Finding } from '../../core/check/types';
import type { DocumentRef } from '../../core/model/document-ref';
import type { Plan } from '../../core/model/plan';
import { useSettledValue } from '../preview/useSettledValue';
import { whenIdle } from '../preview/idle';
import type { CheckPanelAction } from '../state/check-panel';
import { ALL_RULES, runChecks } from '../../core/check';

/** The check waits for this pause in typing, as the preview and the spell checker do. */
export const CHECK_PAUSE_MS = 400;
/** Work done in one idle slice before giving the page back (a keystroke waits at most this long). */
const SLICE_MS = 12;

/**
 * Runs the checker over `plan` once typing has paused, never on a keystroke's frame: the rules
 * run a few at a time in idle slices, and a newer plan cancels the run (its findings would be for
 * text that is no longer there). The findings go to the panel with the plan they were found in.
 */
export function useChecks(plan: Plan, library: readonly DocumentRef[], dispatch: Dispatch<CheckPanelAction>, rules: readonly CheckRule[] = ALL_RULES): void {
  const settled = useSettledValue(plan, CHECK_PAUSE_MS);
  useEffect(() => {
    let cancel = (): void => undefined;
    const today = new Date();
    const findings: Finding[] = [];
    let next = 0;
    const slice = () => {
      const started = performance.now();
      while (next < rules.length && performance.now() - started < SLICE_MS) {
        findings.push(...safeRun(settled, library, today, rules[next++]!));
      }
      if (next < rules.length) cancel = whenIdle(slice);
      else dispatch({ type: 'checked', plan: settled, findings });
    };
    cancel = whenIdle(slice);
    return () => cancel();
  }, [settled, library, dispatch, rules]);
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
