import { performance } from 'node:perf_hooks';
import { CaseFailure, runExportCase } from '../test/unit/property/export-case';
import { round } from './stats';

/**
 * Fuzz suite of `npm run bench` (issue 7): the export property of test/unit/property run on many
 * more seeded random plans than `npm test` can afford. Each case is random answers for one of
 * the four templates → instantiate → exportDocx → every XML part parsed strictly → the typed text
 * is in the document → short names introduced once, before use (test/unit/property/export-case.ts).
 * A case either exports, or is refused in Vietnamese; anything else is a failure, counted with
 * the seed that reproduces it (`caseAnswers(seed)`).
 */
export interface FuzzBenchResult {
  cases: number;
  firstSeed: number;
  exported: number;
  refused: number;
  failures: number;
  /** Seed of the first failing case, null when none failed. */
  firstFailureSeed: number | null;
  firstFailure: string | null;
  /** Failures grouped by their message with numbers blanked out, most frequent first. */
  failureKinds: Array<{ kind: string; count: number; firstSeed: number }>;
  msPerCase: number;
  slowestMs: number;
  slowestSeed: number;
  totalSeconds: number;
}

const kindOf = (message: string): string =>
  message
    .replace(/^seed \d+ \(([^)]*)\): /, '')
    .replace(/\S*\/templates\/[^/]+\//g, 'templates/…/')
    .replace(/-?\d+(\.\d+)?/g, 'N')
    .slice(0, 140);

export async function runFuzzBench(cases: number, firstSeed = 1, progress: (line: string) => void = () => undefined): Promise<FuzzBenchResult> {
  let exported = 0;
  let refused = 0;
  let failures = 0;
  let firstFailureSeed: number | null = null;
  let firstFailure: string | null = null;
  const kinds = new Map<string, { count: number; firstSeed: number }>();
  let slowestMs = 0;
  let slowestSeed = firstSeed;
  const started = performance.now();
  for (let seed = firstSeed; seed < firstSeed + cases; seed += 1) {
    const start = performance.now();
    try {
      const result = await runExportCase(seed);
      if (result.outcome === 'exported') exported += 1;
      else refused += 1;
    } catch (err) {
      failures += 1;
      const message = err instanceof CaseFailure ? err.message : `seed ${seed}: harness error ${String(err)}`;
      if (firstFailureSeed === null) {
        firstFailureSeed = seed;
        firstFailure = message;
      }
      const kind = kindOf(message);
      const known = kinds.get(kind);
      if (known) known.count += 1;
      else kinds.set(kind, { count: 1, firstSeed: seed });
    }
    const ms = performance.now() - start;
    if (ms > slowestMs) {
      slowestMs = ms;
      slowestSeed = seed;
    }
    const done = seed - firstSeed + 1;
    if (done % 500 === 0 || done === cases) {
      progress(`fuzz: ${done}/${cases} cases, ${failures} failures, ${round((performance.now() - started) / 1000, 0)} s`);
    }
  }
  const totalMs = performance.now() - started;
  return {
    cases,
    firstSeed,
    exported,
    refused,
    failures,
    firstFailureSeed,
    firstFailure,
    failureKinds: [...kinds.entries()].map(([kind, v]) => ({ kind, ...v })).sort((a, b) => b.count - a.count),
    msPerCase: round(totalMs / cases),
    slowestMs: round(slowestMs),
    slowestSeed,
    totalSeconds: round(totalMs / 1000, 0),
  };
}

export function printFuzzBench(result: FuzzBenchResult): void {
  console.log(`\nExport of random plans (seeds ${result.firstSeed}…${result.firstSeed + result.cases - 1})`);
  console.table([
    {
      cases: result.cases,
      exported: result.exported,
      'refused (Vietnamese)': result.refused,
      failures: result.failures,
      'first failure seed': result.firstFailureSeed ?? '—',
      'ms per case': result.msPerCase,
      'slowest ms': `${result.slowestMs} (seed ${result.slowestSeed})`,
      target: result.failures === 0 ? '0 failures ✓' : '0 failures ✗',
    },
  ]);
  if (result.failureKinds.length > 0) {
    console.table(result.failureKinds.slice(0, 10).map((k) => ({ failures: k.count, 'first seed': k.firstSeed, kind: k.kind })));
  }
}
