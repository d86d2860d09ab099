import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { budgetLines, printBudget } from './budget';
import { printCheckBench, runCheckBench } from './check-bench';
import { printStartupBench, runStartupBench } from './startup-bench';
import { printCoverageBench, runCoverageBench } from './coverage-bench';
import { printDiffBench, runDiffBench } from './diff-bench';
import { runExportBench } from './export-bench';
import { printFuzzBench, runFuzzBench } from './fuzz-bench';
import { printImportBench, runImportBench } from './import-bench';

/**
 * `npm run bench`: runs the benchmark suites, prints a table and writes bench/results.json.
 * Targets: a 60-page plan exported in under 30 ms in-process, and a whole CLI export in under half
 * pandoc's time for the same text (issue 11, bench/export-bench.ts, in the budget table); the editor targets
 * (issue 3, bench/editor-bench.ts); no failure among random plans (issue 7, bench/fuzz-bench.ts); import of a
 * 100-page DOCX and PDF parent (issue 9, bench/import-bench.ts); first paint of the review view with a 100-page parent
 * (issue 9, bench/review-bench.ts).
 *
 * Task coverage (issue 9, bench/coverage-bench.ts): recall ≥ 0.9 at precision ≥ 0.8 on the labelled
 * evaluation set, a 60-page draft against a 100-page parent in under 500 ms.
 *
 * Comparison (issue 10, bench/diff-bench.ts): diffPlans of two 60-page drafts in under 300 ms.
 *
 * Checker (issue 10, bench/check-bench.ts): every rule on a 200-page plan in under 200 ms.
 *
 * Preview (bench/preview-bench.ts): a key typed in the middle of a 60- and a 300-page plan until the A4
 * preview's page shows it (the preview's 300 ms settle delay included); no target yet.
 *
 * `npm run bench -- <suite> …` runs only the named suites (export, editor, fuzz, import, coverage, review, diff, check, startup, preview); the other
 * suites' figures already in results.json are kept. The default run includes 1,000 random plans;
 * `fuzz` alone runs the long 10,000-plan run; `--cases=N` sets the count.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SUITES = ['export', 'editor', 'fuzz', 'import', 'coverage', 'review', 'diff', 'check', 'startup', 'preview'] as const;
type Suite = (typeof SUITES)[number];

function parseArgs(argv: string[]): { suites: Suite[]; fuzzCases: number } {
  const named = argv.filter((a) => !a.startsWith('--'));
  const unknown = named.filter((a) => !(SUITES as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`Unknown bench suite ${unknown.join(', ')}; suites: ${SUITES.join(', ')}`);
  const cases = argv.find((a) => a.startsWith('--cases='));
  const suites = named.length > 0 ? (named as Suite[]) : [...SUITES];
  return { suites, fuzzCases: cases ? Number(cases.slice('--cases='.length)) : named.includes('fuzz') ? 10_000 : 1_000 };
}

async function main(): Promise<void> {
  const { suites, fuzzCases } = parseArgs(process.argv.slice(2));
  const file = path.join(root, 'bench/results.json');
  const previous: Record<string, unknown> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const results: Record<string, unknown> = {
    ...previous,
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', node: process.version, totalMemGb: Math.round(os.totalmem() / 2 ** 30) },
  };

  if (suites.includes('export')) {
    const exportResults = await runExportBench(root);
    results.export = exportResults;
    console.log('\nDOCX export (median)');
    console.table(
      exportResults.map((r) => ({
        pages: r.pages,
        'LibreOffice pages': r.libreOfficePages ?? '—',
        'in-process ms': r.inProcessMedianMs,
        'CLI run ms': r.cliMedianMs,
        'CLI 1st run ms': r.cliFirstRunMs,
        'pandoc ms': r.pandocMedianMs ?? '—',
        'CLI ÷ pandoc': r.cliToPandoc ?? '—',
        'DOCX KiB': Math.round(r.docxBytes / 1024),
      })),
    );
  }

  // The editor suite (keystroke latency, open time, heap) drives Chromium against browser mode.
  const editorSuite = path.join(root, 'bench/editor-bench.ts');
  if (suites.includes('editor') && existsSync(editorSuite)) {
    const { runEditorBench, printEditorBench } = (await import(pathToFileURL(editorSuite).href)) as {
      runEditorBench(root: string): Promise<unknown>;
      printEditorBench(result: unknown): void;
    };
    const editor = await runEditorBench(root);
    results.editor = editor;
    printEditorBench(editor);
  }

  if (suites.includes('fuzz')) {
    const fuzz = await runFuzzBench(fuzzCases, 1, (line) => console.error(line));
    results.fuzz = fuzz;
    printFuzzBench(fuzz);
  }

  if (suites.includes('import')) {
    const imports = await runImportBench();
    results.import = imports;
    printImportBench(imports);
  }
  if (suites.includes('review')) {
    const { runReviewBench, printReviewBench } = await import('./review-bench');
    const review = await runReviewBench();
    results.review = review;
    printReviewBench(review);
  }

  if (suites.includes('coverage')) {
    const coverageResult = runCoverageBench();
    results.coverage = coverageResult;
    printCoverageBench(coverageResult);
  }

  if (suites.includes('diff')) {
    const diffResult = runDiffBench();
    results.diff = diffResult;
    printDiffBench(diffResult);
  }

  if (suites.includes('check')) {
    const check = runCheckBench();
    results.check = check;
    printCheckBench(check);
  }

  if (suites.includes('startup')) {
    const startup = await runStartupBench();
    results.startup = startup;
    printStartupBench(startup);
  }

  if (suites.includes('preview')) {
    const { runPreviewBench, printPreviewBench } = await import('./preview-bench');
    const preview = await runPreviewBench(root);
    results.preview = preview;
    printPreviewBench(preview);
  }

  // The budget: the figures that matter, each beside its target and the previous run's value.
  const budget = budgetLines(results, previous, suites, root);
  results.budget = budget;
  results.previousDate = previous.date ?? null;
  printBudget(budget);

  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWritten bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
