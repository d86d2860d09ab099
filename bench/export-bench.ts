import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportDocx } from '../core/docx/export-docx';
import { serializeDraft } from '../core/draft/draft-file';
import { makeBenchPlan } from '../test/helpers/long-plan';
import { median, round } from './stats';

/**
 * Export time of a 10-, 60- and 200-page plan: in-process (layout + DOCX + zip) and as a whole
 * CLI run (`node dist/cli/kehoach.cjs export`, Node start-up included). Median of several runs.
 */
export interface ExportResult {
  pages: number;
  inProcessMedianMs: number;
  inProcessRuns: number;
  cliMedianMs: number;
  cliRuns: number;
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
  const results: ExportResult[] = [];
  try {
    for (const pages of pagesList) {
      const plan = makeBenchPlan(pages);
      let bytes = await exportDocx(plan); // warm-up (JIT, module init)
      await exportDocx(plan);
      const runs = pages >= 200 ? 7 : 11;
      const times: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        bytes = await exportDocx(plan);
        times.push(performance.now() - start);
      }
      const draft = path.join(work, `plan-${pages}.kehoach`);
      writeFileSync(draft, serializeDraft(plan));
      const cliTimes: number[] = [];
      const cliRuns = 5;
      for (let i = 0; i < cliRuns; i += 1) {
        const start = performance.now();
        const run = spawnSync(process.execPath, [cli, 'export', draft, '-o', path.join(work, `plan-${pages}.docx`)], { encoding: 'utf8' });
        cliTimes.push(performance.now() - start);
        if (run.status !== 0) throw new Error(`CLI export failed: ${run.stderr}`);
      }
      writeFileSync(path.join(work, `plan-${pages}.docx`), bytes);
      results.push({
        pages,
        libreOfficePages: null,
        inProcessMedianMs: round(median(times)),
        inProcessRuns: runs,
        cliMedianMs: round(median(cliTimes)),
        cliRuns,
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
