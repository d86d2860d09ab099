import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The performance budget (issue 11): one line per figure that matters to a clerk, read from the
 * suites' results, with its target and the same figure of the previous run, so a regression is
 * visible in the table (Δ) and in results.json (`budget`). Figures of suites not run this time are
 * carried over from the previous results and marked as such.
 */
export interface BudgetLine {
  figure: string;
  unit: 'ms' | 'MB' | 'KiB' | '×';
  value: number | null;
  previous: number | null;
  /** Lower is better for every figure here; null = no target yet. */
  target: number | null;
  /** True when the value was measured by this run (not carried over). */
  fresh: boolean;
}

type Results = Record<string, any>;

const pick = (r: Results | undefined, get: (r: Results) => unknown): number | null => {
  try {
    const v = r ? get(r) : undefined;
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
};

/** The renderer's JavaScript, gzipped, as a browser downloads it (dist/renderer/assets). */
export function rendererBundleKiB(root: string): number | null {
  const dir = path.join(root, 'dist/renderer/assets');
  try {
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dir, f))).length, 0);
    return files.length ? Math.round(bytes / 1024) : null;
  } catch {
    return null;
  }
}

const FIGURES: Array<{ figure: string; unit: BudgetLine['unit']; suite: string; get: (r: Results) => unknown; target: number | null }> = [
  { figure: 'app start to editable (browser mode)', unit: 'ms', suite: 'startup', get: (r) => r.startup.medianMs, target: null },
  { figure: 'open a 60-page draft to first paint', unit: 'ms', suite: 'editor', get: (r) => r.editor.rows.find((x: any) => x.pages === 60).openMs, target: 300 },
  { figure: 'keystroke p95, 60 pages', unit: 'ms', suite: 'editor', get: (r) => r.editor.rows.find((x: any) => x.pages === 60).p95Ms, target: 16 },
  { figure: 'keystroke p95, 300 pages', unit: 'ms', suite: 'editor', get: (r) => r.editor.rows.find((x: any) => x.pages === 300).p95Ms, target: 16 },
  { figure: 'preview update, 60 pages', unit: 'ms', suite: 'preview', get: (r) => r.preview.rows.find((x: any) => x.pages === 60).medianMs, target: null },
  { figure: 'preview update, 300 pages', unit: 'ms', suite: 'preview', get: (r) => r.preview.rows.find((x: any) => x.pages === 300).medianMs, target: null },
  { figure: 'renderer heap, 300 pages', unit: 'MB', suite: 'editor', get: (r) => r.editor.rows.find((x: any) => x.pages === 300).heapMb, target: 80 },
  { figure: 'export 60 pages, in process', unit: 'ms', suite: 'export', get: (r) => r.export.find((x: any) => x.pages === 60).inProcessMedianMs, target: 30 },
  { figure: 'export 60 pages, whole CLI run', unit: 'ms', suite: 'export', get: (r) => r.export.find((x: any) => x.pages === 60).cliMedianMs, target: null },
  { figure: 'export 60 pages, CLI first run (no code cache)', unit: 'ms', suite: 'export', get: (r) => r.export.find((x: any) => x.pages === 60).cliFirstRunMs, target: null },
  { figure: 'pandoc writing the same text as DOCX', unit: 'ms', suite: 'export', get: (r) => r.export.find((x: any) => x.pages === 60).pandocMedianMs, target: null },
  { figure: 'whole CLI export ÷ pandoc, 60 pages', unit: '×', suite: 'export', get: (r) => r.export.find((x: any) => x.pages === 60).cliToPandoc, target: 0.5 },
  { figure: 'checker, 200 pages', unit: 'ms', suite: 'check', get: (r) => r.check.cold.medianMs, target: 200 },
  { figure: 'diff of two 60-page drafts', unit: 'ms', suite: 'diff', get: (r) => r.diff.medianMs, target: 300 },
  { figure: 'import a 102-page DOCX', unit: 'ms', suite: 'import', get: (r) => r.import.find((x: any) => x.format === 'docx').medianMs, target: null },
  { figure: 'import a 102-page PDF', unit: 'ms', suite: 'import', get: (r) => r.import.find((x: any) => x.format === 'pdf').medianMs, target: null },
  { figure: 'review view first paint', unit: 'ms', suite: 'review', get: (r) => r.review.medianMs, target: 1000 },
];

export function budgetLines(results: Results, previous: Results | undefined, ran: readonly string[], root: string): BudgetLine[] {
  const lines: BudgetLine[] = FIGURES.map((f) => ({
    figure: f.figure,
    unit: f.unit,
    value: pick(results, f.get),
    previous: pick(previous, f.get),
    target: f.target,
    fresh: ran.includes(f.suite),
  }));
  const prevBundle = (previous?.budget as BudgetLine[] | undefined)?.find((l) => l.figure === 'renderer bundle (gzip)')?.value ?? null;
  lines.push({ figure: 'renderer bundle (gzip)', unit: 'KiB', value: rendererBundleKiB(root), previous: prevBundle, target: null, fresh: true });
  return lines;
}

export function printBudget(lines: BudgetLine[]): void {
  console.log('\nPerformance budget (Δ against the previous run; * = carried over, not measured now)');
  console.table(
    lines.map((l) => ({
      figure: l.figure,
      value: l.value === null ? '—' : `${l.value} ${l.unit}${l.fresh ? '' : ' *'}`,
      previous: l.previous === null ? '—' : `${l.previous} ${l.unit}`,
      'Δ': l.value !== null && l.previous ? `${l.value >= l.previous ? '+' : ''}${Math.round(((l.value - l.previous) / l.previous) * 100)}%` : '',
      target: l.target === null ? '' : `< ${l.target} ${l.unit} ${l.value !== null && l.value < l.target ? '✓' : '✗'}`,
    })),
  );
}

