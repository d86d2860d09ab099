import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runExportBench } from './export-bench';

/**
 * `npm run bench`: runs the benchmark suites, prints a table and writes bench/results.json.
 * Targets (issue 2): a 60-page plan exported in under 150 ms in-process.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', node: process.version, totalMemGb: Math.round(os.totalmem() / 2 ** 30) },
  };

  const exportResults = await runExportBench(root);
  results.export = exportResults;
  console.log('\nDOCX export (median)');
  console.table(
    exportResults.map((r) => ({
      pages: r.pages,
      'LibreOffice pages': r.libreOfficePages ?? '—',
      'in-process ms': r.inProcessMedianMs,
      'CLI run ms': r.cliMedianMs,
      'DOCX KiB': Math.round(r.docxBytes / 1024),
      target: r.pages === 60 ? (r.inProcessMedianMs < 150 ? '< 150 ms ✓' : '< 150 ms ✗') : '',
    })),
  );

  // The editor suite (keystroke latency, open time, heap) drives Chromium against browser mode.
  const editorSuite = path.join(root, 'bench/editor-bench.ts');
  if (existsSync(editorSuite)) {
    const { runEditorBench, printEditorBench } = (await import(pathToFileURL(editorSuite).href)) as {
      runEditorBench(root: string): Promise<unknown>;
      printEditorBench(result: unknown): void;
    };
    const editor = await runEditorBench(root);
    results.editor = editor;
    printEditorBench(editor);
  }

  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWritten bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
