import { type Dispatch, useEffect, useRef } from 'react';
import { ALL_RULES } from '../../core/check';
import type { Finding } from '../../core/check/types';
import type { DocumentRef } from '../../core/model/document-ref';
import type { Plan } from '../../core/model/plan';
import { useSettledValue } from '../preview/useSettledValue';
import type { CheckPanelAction } from '../state/check-panel';
import { type CheckRunner, createWorkerRunner } from './check-runner';
import { runInSlices } from './run-in-slices';

/** The check waits for this pause in typing, as the preview and the spell checker do. */
export const CHECK_PAUSE_MS = 400;

/**
 * Runs the checker over `plan` once typing has paused, never on a keystroke's frame: in a Web
 * Worker (check-worker.ts), or where none can start, a few rules at a time in idle slices. A newer
 * plan makes the run's answer worthless (its findings would be for text that is no longer there):
 * the findings reach the panel only with the plan they were found in.
 */
export function useChecks(plan: Plan, library: readonly DocumentRef[], dispatch: Dispatch<CheckPanelAction>): void {
  // Another plan opened: checked at once, not after a pause in typing.
  const settled = useSettledValue(plan, CHECK_PAUSE_MS, otherPlan);
  const runner = useRef<CheckRunner | null | undefined>(undefined);
  useEffect(() => () => runner.current?.dispose(), []);
  useEffect(() => {
    if (runner.current === undefined) runner.current = createWorkerRunner();
    let live = true;
    let cancel = (): void => undefined;
    const today = new Date();
    const done = (findings: Finding[]) => {
      if (live) dispatch({ type: 'checked', plan: settled, findings });
    };
    const inSlices = () => {
      cancel = runInSlices(settled, library, today, ALL_RULES, done);
    };
    const worker = runner.current;
    if (worker) {
      worker.run(settled, library, today).then(
        (findings) => findings && done(findings),
        () => {
          // The worker could not run (failed to load, a rule threw there): the page runs the rules itself from now on.
          worker.dispose();
          runner.current = null;
          if (live) inSlices();
        },
      );
    } else inSlices();
    return () => {
      live = false;
      cancel();
    };
  }, [settled, library, dispatch]);
}

const otherPlan = (settled: Plan, next: Plan): boolean => settled.id !== next.id;
