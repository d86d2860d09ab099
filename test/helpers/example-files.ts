import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDraft } from '../../core/draft';
import { exportDocx } from '../../core/docx/export-docx';
import type { Plan } from '../../core/model';

/**
 * The three example drafts (docs/examples) as the files a clerk has: DOCX from the app's own
 * export, PDF from LibreOffice. Each is given a number and a full date, as a signed plan has.
 */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLE_NAMES = ['an-lao', 'dong-da', 'thanh-xuan'] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

export function loadExample(name: string, signed = true): Plan {
  const parsed = parseDraft(readFileSync(join(ROOT, 'docs', 'examples', `${name}.kehoach`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  if (!signed) return parsed.plan;
  return { ...parsed.plan, number: '45', date: { day: 8, month: 5, year: parsed.plan.date.year } };
}

/** Converts files with LibreOffice in one run (private profile: parallel runs lock a shared one). */
export function sofficeConvert(paths: string[], to: string, outDir: string): string[] {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--headless', '--convert-to', to, '--outdir', outDir, ...paths], {
    stdio: 'pipe',
    timeout: 170_000,
  });
  const ext = to.split(':')[0]!;
  return paths.map((p) => {
    const out = join(outDir, p.split('/').pop()!.replace(/\.[^.]+$/, `.${ext}`));
    if (!existsSync(out)) throw new Error(`LibreOffice did not produce ${out}`);
    return out;
  });
}

export async function writeExampleDocx(plan: Plan, dir: string, name: string): Promise<string> {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, await exportDocx(plan));
  return path;
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
