import { describe, expect, it } from 'vitest';
import { layoutPlan } from '../../../core/render/layout';
import { type CoverageTag, coverageOf } from './coverage';
import { CaseFailure, type CaseResult, caseAnswers, runExportCase } from './export-case';
import { scaledPlan } from './scaled-plan';
import fc from 'fast-check';
import { fuzzDecorations } from './fuzz-notes';

/**
 * Issue 7, part 5: a fuzz run of random field values made 73 of 467 exports crash or write a
 * malformed DOCX. The promise: whatever the clerk typed, the export succeeds (or the answers are
 * refused in Vietnamese), every XML part of the DOCX is well-formed, the typed text is in it,
 * and short names are introduced once, before any use. `npm run bench -- fuzz` runs 10,000 cases.
 */

/** Bounded, seeded: the same plans on every run, about 10 s on an idle 2-core machine. */
const CASES = 64;
const FIRST_SEED = 1;

describe('export of random plans (property)', () => {
  it(`${CASES} random plans over the four templates export a well-formed DOCX carrying the typed text, or are refused in Vietnamese`, async () => {
    const results: CaseResult[] = [];
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed += 1) {
      try {
        results.push(await runExportCase(seed));
      } catch (err) {
        if (!(err instanceof CaseFailure)) throw err;
        failures.push(err.message);
      }
    }
    // All failures at once, each with the seed that reproduces it (caseAnswers(seed)).
    expect(failures).toEqual([]);
    // Not vacuous: most answers get past the schema, and all four templates are exercised.
    expect(results.filter((r) => r.outcome === 'exported').length).toBeGreaterThanOrEqual(CASES / 2);
    expect(new Set(results.map((r) => r.template)).size).toBe(4);
  }, 180_000);

  it('the generated answers contain everything the issue names', () => {
    const seen = new Set<CoverageTag>();
    for (let seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed += 1) for (const tag of coverageOf(caseAnswers(seed).fuzz.answers)) seen.add(tag);
    const wanted: CoverageTag[] = [
      'several bases',
      'chain of depth 3',
      'short name',
      'brace with long purpose',
      'blank day or month',
      'C0 control',
      'U+FFFE or U+FFFF',
      'lone surrogate',
      'emoji',
      'right-to-left',
      'NFD text',
      '10k-character run',
    ];
    expect(wanted.filter((tag) => !seen.has(tag))).toEqual([]);
  });

  it('the plans also carry footnotes (several in one plan), centred and right-aligned paragraphs and page breaks', () => {
    const all = Array.from({ length: CASES }, (_, i) => fc.sample(fuzzDecorations, { seed: FIRST_SEED + i, numRuns: 1 })[0]!);
    expect(all.some((d) => d.notes.length >= 2)).toBe(true);
    expect(all.some((d) => d.aligns.some((a) => a.align === 'center'))).toBe(true);
    expect(all.some((d) => d.aligns.some((a) => a.align === 'right'))).toBe(true);
    expect(all.some((d) => d.breaks.length > 0)).toBe(true);
  });
});

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

describe('layout time (property)', () => {
  it('grows linearly with the length of the text: 8× longer fields take well under 64× (quadratic) as long', () => {
    // Every text field holds runs of tabs, newlines, spaces, full stops, brackets and one long
    // line, each followed by a word: what makes a trailing-whitespace regex quadratic.
    const size = 3_000;
    const small = scaledPlan(size);
    const large = scaledPlan(8 * size);
    layoutPlan(small);
    layoutPlan(large);
    const smallMs: number[] = [];
    const largeMs: number[] = [];
    // Interleaved, so a burst of load on the shared machine hits both sizes alike.
    for (let i = 0; i < 7; i += 1) {
      let start = performance.now();
      layoutPlan(small);
      smallMs.push(performance.now() - start);
      start = performance.now();
      layoutPlan(large);
      largeMs.push(performance.now() - start);
    }
    const ratio = median(largeMs) / median(smallMs);
    // Linear gives about 8, quadratic about 64; 24 leaves room for noise and the fixed costs.
    expect(ratio, `layout ${median(smallMs).toFixed(1)} ms → ${median(largeMs).toFixed(1)} ms`).toBeLessThan(24);
  }, 120_000);
});
