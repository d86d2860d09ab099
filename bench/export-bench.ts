import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { exportDocx as ExportDocx } from '../core/docx/export-docx';
import { serializeDraft } from '../core/draft/draft-file';
import type { nativeZip as NativeZip } from '../electron/services/native-zip';
import { loadAsShipped } from './as-shipped';
import { makeBenchPlan } from '../test/helpers/long-plan';
import { planMarkdown } from './plan-markdown';
import { median, round } from './stats';

/**
 * Export time of a 10-, 60- and 200-page plan: in-process (layout + DOCX + zip, with the zipper the
 * app and the CLI use, the code bundled as the app ships it: bench/as-shipped.ts) and as a whole CLI run (`node dist/cli/kehoach.cjs export`, Node start-up
 * included), median of several runs. The CLI's first run after a build (no code cache yet, see
 * electron/cli/launcher.ts) is timed apart; the median is of the runs after it, as a clerk gets.
 *
 * Issue 11's target compares the whole CLI run with pandoc writing the same text as DOCX on the
 * same machine (`pandoc plan.md -o plan.docx`, the text from plan-markdown.ts), the two timed in
 * turn so that a busy moment of the machine falls on both: `cliToPandoc` is the median of the
 * per-pair ratios (target < 0.5). Without pandoc installed (Debian: `apt-get install pandoc`)
 * those figures are null.
 */
export interface ExportResult {
  pages: number;
  inProcessMedianMs: number;
  inProcessRuns: number;
  cliMedianMs: number;
  cliRuns: number;
  /** The CLI's first run after the build: no code cache yet. */
  cliFirstRunMs: number;
  /** pandoc writing the same text as DOCX; null without pandoc. */
  pandocMedianMs: number | null;
  /** Median of (CLI run ÷ pandoc run) over runs taken in turn; null without pandoc. */
  cliToPandoc: number | null;
  docxBytes: number;
  /** Pages of the export as LibreOffice lays it out (null when soffice is not installed). */
  libreOfficePages: number | null;
}

/** Converts the exports with LibreOffice once to tell how many pages "a 60-page plan" really has. */
function countPages(work: string, docxFiles: string[]): Map<string, number> {
  const pages = new Map<string, number>();
  const convert = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/lo-profile`, '--convert-to', 'pdf', '--outdir', work, ...docxFiles], { encoding: 'utf8' });
  if (convert.status !== 0) return pages;
  for (const file of docxFiles) {
    const info = spawnSync('pdfinfo', [file.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
    const match = /Pages:\s+(\d+)/.exec(info.stdout ?? '');
    if (match) pages.set(file, Number(match[1]));
  }
  return pages;
}

export async function runExportBench(root: string, pagesList = [10, 60, 200]): Promise<ExportResult[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'kehoach-bench-'));
  const cli = path.join(root, 'dist/cli/kehoach.cjs');
  // The CLI's code cache goes to a folder of this run, so the first run is truly the first.
  const cacheDir = path.join(work, 'code-cache');
  const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
  if (!hasPandoc) console.log('pandoc is not installed (Debian: apt-get install pandoc): the comparison with pandoc is left out.');
  const results: ExportResult[] = [];
  const { exportDocx, nativeZip } = await loadAsShipped<{ exportDocx: typeof ExportDocx; nativeZip: typeof NativeZip }>(root, {
    exportDocx: 'core/docx/export-docx.ts',
    nativeZip: 'electron/services/native-zip.ts',
  });
  try {
    for (const pages of pagesList) {
      const plan = makeBenchPlan(pages);
      const options = { zip: nativeZip };
      // Warm-up (JIT, module init): the first sizes would otherwise be timed with code not yet optimised.
      let bytes = await exportDocx(plan, options);
      for (let i = 0; i < (pages >= 200 ? 3 : 10); i += 1) bytes = await exportDocx(plan, options);
      // 31 runs: one export allocates megabytes, so a run that a young-generation GC falls in takes a
      // few ms more; with 11 the median moved by a third between runs of the bench on this VM.
      const runs = pages >= 200 ? 7 : 31;
      const times: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        bytes = await exportDocx(plan, options);
        times.push(performance.now() - start);
      }
      const draft = path.join(work, `plan-${pages}.kehoach`);
      writeFileSync(draft, serializeDraft(plan));
      const markdown = path.join(work, `plan-${pages}.md`);
      writeFileSync(markdown, planMarkdown(plan));
      const timed = (command: string, args: string[]): number => {
        const start = performance.now();
        const run = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, KEHOACH_CODE_CACHE_DIR: cacheDir } });
        const ms = performance.now() - start;
        if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
        return ms;
      };
      const cliRun = () => timed(process.execPath, [cli, 'export', draft, '-o', path.join(work, `cli-${pages}.docx`)]);
      const pandocRun = () => timed('pandoc', [markdown, '-o', path.join(work, `pandoc-${pages}.docx`)]);
      rmSync(cacheDir, { recursive: true, force: true });
      const cliFirstRunMs = cliRun();
      const cliTimes: number[] = [];
      const pandocTimes: number[] = [];
      const ratios: number[] = [];
      const cliRuns = 7;
      if (hasPandoc) pandocRun(); // its first run reads its own files from disk
      for (let i = 0; i < cliRuns; i += 1) {
        const ours = cliRun();
        cliTimes.push(ours);
        if (!hasPandoc) continue;
        const theirs = pandocRun();
        pandocTimes.push(theirs);
        ratios.push(ours / theirs);
      }
      writeFileSync(path.join(work, `plan-${pages}.docx`), bytes);
      results.push({
        pages,
        libreOfficePages: null,
        inProcessMedianMs: round(median(times)),
        inProcessRuns: runs,
        cliMedianMs: round(median(cliTimes)),
        cliRuns,
        cliFirstRunMs: round(cliFirstRunMs),
        pandocMedianMs: hasPandoc ? round(median(pandocTimes)) : null,
        cliToPandoc: hasPandoc ? Math.round(median(ratios) * 100) / 100 : null,
        docxBytes: bytes.byteLength,
      });
    }
    const counted = countPages(work, results.map((r) => path.join(work, `plan-${r.pages}.docx`)));
    for (const r of results) r.libreOfficePages = counted.get(path.join(work, `plan-${r.pages}.docx`)) ?? null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}
