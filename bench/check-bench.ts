import { performance } from 'node:perf_hooks';
import { runChecks } from '../core/check';
import type { BlockElement, Plan, Section } from '../core/model/plan';
import { makeBenchPlan } from './make-plan';
import { median, percentile, round } from './stats';

/**
 * The checker (issue 10): every rule on a 200-page plan, target under 200 ms. Two cases, each
 * run on a fresh copy of the plan (an edit makes a new plan object, so nothing cached on the
 * previous plan object is reused):
 *  - cold: every paragraph's text is new to the checker (a plan just opened): nothing remembered;
 *  - typing: one paragraph changed since the last check (the panel re-checking as the clerk
 *    types): the scans of unchanged paragraphs are remembered by text (core/check/text-memo.ts).
 */
export interface CheckBenchCase {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export interface CheckBenchResult {
  pages: number;
  findings: number;
  cold: CheckBenchCase;
  typing: CheckBenchCase;
  targetMs: number;
}

const PAGES = 200;
const RUNS = 15;
const TARGET_MS = 200;
const today = new Date(2026, 1, 1);

/** The plan with `edit` applied to the text leaves of every paragraph (`all`) or of the first one only. */
function edited(plan: Plan, mark: string, all: boolean): Plan {
  let done = false;
  const blocks = (body: BlockElement[]): BlockElement[] =>
    body.map((block) => {
      if (block.type === 'table' || (done && !all)) return block;
      done = true;
      return { ...block, children: block.children.map((n) => ('text' in n && !('type' in n) ? { ...n, text: `${n.text} ${mark}` } : n)) } as BlockElement;
    });
  const sections = (list: Section[]): Section[] => list.map((s) => ({ ...s, body: blocks(s.body), children: sections(s.children) }));
  return { ...structuredClone(plan), sections: sections(plan.sections) };
}

function measure(plans: Plan[]): { times: number[]; findings: number } {
  const times: number[] = [];
  let findings = 0;
  for (const plan of plans) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    findings = runChecks(plan, { today }).length;
    times.push(performance.now() - start);
  }
  return { times, findings };
}

const summary = (times: number[]): CheckBenchCase => ({ runs: times.length, medianMs: round(median(times)), p95Ms: round(percentile(times, 95)) });

export function runCheckBench(): CheckBenchResult {
  const plan = makeBenchPlan(PAGES);
  // Warm the code (JIT), not the remembered texts: the warm-up plans' texts are never seen again.
  measure([edited(plan, 'khởi động 1', true), edited(plan, 'khởi động 2', true)]);
  const cold = measure(Array.from({ length: RUNS }, (_, i) => edited(plan, `lần ${i + 1}`, true)));
  measure([plan]);
  const typing = measure(Array.from({ length: RUNS }, (_, i) => edited(plan, `gõ ${i + 1}`, false)));
  return { pages: PAGES, findings: typing.findings, cold: summary(cold.times), typing: summary(typing.times), targetMs: TARGET_MS };
}

export function printCheckBench(r: CheckBenchResult): void {
  console.log(`\nChecker (all rules, ${r.pages}-page plan)`);
  const row = (name: string, c: CheckBenchCase) => ({
    case: name,
    runs: c.runs,
    'median ms': c.medianMs,
    'p95 ms': c.p95Ms,
    target: `< ${r.targetMs} ms ${c.p95Ms < r.targetMs ? '✓' : '✗'}`,
  });
  console.table([row('cold (every paragraph new)', r.cold), row('typing (one paragraph changed)', r.typing)]);
}
