import { performance } from 'node:perf_hooks';
import { runChecks } from '../core/check';
import { makeBenchPlan } from './make-plan';
import { median, percentile, round } from './stats';

/**
 * The checker (issue 10): every rule on a 200-page plan, target under 200 ms. Each run checks a
 * fresh copy of the plan (an edit makes a new plan object, so nothing cached from the previous
 * check is reused), as the panel does after the clerk types.
 */
export interface CheckBenchResult {
  pages: number;
  runs: number;
  findings: number;
  medianMs: number;
  p95Ms: number;
  targetMs: number;
}

const PAGES = 200;
const RUNS = 15;
const TARGET_MS = 200;

export function runCheckBench(): CheckBenchResult {
  const plan = makeBenchPlan(PAGES);
  const today = new Date(2026, 1, 1);
  for (let i = 0; i < 2; i += 1) runChecks(structuredClone(plan), { today });
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const copy = structuredClone(plan);
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    findings = runChecks(copy, { today }).length;
    times.push(performance.now() - start);
  }
  return { pages: PAGES, runs: RUNS, findings, medianMs: round(median(times)), p95Ms: round(percentile(times, 95)), targetMs: TARGET_MS };
}

export function printCheckBench(r: CheckBenchResult): void {
  console.log('\nChecker (all rules)');
  console.table([
    {
      pages: r.pages,
      runs: r.runs,
      findings: r.findings,
      'median ms': r.medianMs,
      'p95 ms': r.p95Ms,
      target: `< ${r.targetMs} ms ${r.p95Ms < r.targetMs ? '✓' : '✗'}`,
    },
  ]);
}
