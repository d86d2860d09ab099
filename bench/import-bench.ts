import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportDocx } from '../core/docx/export-docx';
import { importDocument } from '../electron/services/import';
import { makeBenchPlan } from '../test/helpers/long-plan';
import { median, round } from './stats';

/**
 * Import of a ~100-page parent (issue 9): the bench plan exported to DOCX by the app, and the same
 * printed to PDF by LibreOffice once; each read back with `importDocument` (text, numbering, facts).
 */
export interface ImportResult {
  format: 'docx' | 'pdf';
  /** Pages as LibreOffice lays the document out. */
  pages: number | null;
  bytes: number;
  paragraphs: number;
  medianMs: number;
  runs: number;
}

async function measure(bytes: Uint8Array, name: string, runs: number): Promise<{ medianMs: number; paragraphs: number }> {
  const first = await importDocument(bytes, name); // warm-up (JIT, pdf.js worker code)
  if (!first.ok) throw new Error(`import of ${name} refused: ${first.error}`);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await importDocument(bytes, name);
    times.push(performance.now() - start);
  }
  return { medianMs: round(median(times)), paragraphs: first.text.paragraphs.length };
}

export async function runImportBench(pages = 100): Promise<ImportResult[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'kehoach-import-bench-'));
  try {
    const docx = await exportDocx(makeBenchPlan(pages));
    const docxPath = path.join(work, 'parent.docx');
    writeFileSync(docxPath, docx);
    const results: ImportResult[] = [];
    const d = await measure(docx, 'parent.docx', 7);
    const convert = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/lo-profile`, '--convert-to', 'pdf', '--outdir', work, docxPath], { encoding: 'utf8' });
    let pdfPages: number | null = null;
    if (convert.status === 0) {
      const info = spawnSync('pdfinfo', [path.join(work, 'parent.pdf')], { encoding: 'utf8' });
      pdfPages = Number(/Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? NaN) || null;
    }
    results.push({ format: 'docx', pages: pdfPages, bytes: docx.length, runs: 7, ...d });
    if (convert.status === 0) {
      const pdf = new Uint8Array(readFileSync(path.join(work, 'parent.pdf')));
      results.push({ format: 'pdf', pages: pdfPages, bytes: pdf.length, runs: 3, ...(await measure(pdf, 'parent.pdf', 3)) });
    } else console.error('LibreOffice is not installed: the PDF import is not measured.');
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function printImportBench(results: ImportResult[]): void {
  console.log('\nImport of a parent document (median)');
  console.table(
    results.map((r) => ({ format: r.format, pages: r.pages ?? '—', 'KiB': Math.round(r.bytes / 1024), paragraphs: r.paragraphs, ms: r.medianMs, runs: r.runs })),
  );
}
