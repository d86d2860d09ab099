import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../core/draft';
import { exportDocx } from '../../core/docx/export-docx';
import type { Plan } from '../../core/model';
import { getProfile } from '../../core/profiles/profile';
import { createRefResolver, leavesText } from '../../core/render/resolve';

/**
 * The three example drafts exported to DOCX, printed to PDF by LibreOffice (what a clerk gets
 * from Word or Writer), read back with pdftotext: the summary, opening sentence and recipients
 * must be on paper as the app shows them, and the length must be about that of the originals.
 * Page 1 of each is kept as a PNG in test/artifacts/ for a human to look at.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

const EXAMPLES = [
  // About the length of the signed originals (An Lão reaches page 4), with room for the font
  // substitution (Liberation Serif for Times New Roman) and the 1.15 line spacing of ND30.
  { name: 'an-lao', pages: [3, 5] },
  { name: 'dong-da', pages: [5, 7] },
  { name: 'thanh-xuan', pages: [6, 9] },
] as const;

type ExampleName = (typeof EXAMPLES)[number]['name'];

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

let workDir = '';
const plans = new Map<ExampleName, Plan>();
const pdfText = new Map<ExampleName, string>();
const pageCount = new Map<ExampleName, number>();

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kehoach-examples-pdf-'));
  const docxPaths: string[] = [];
  for (const { name } of EXAMPLES) {
    const parsed = parseDraft(readFileSync(join(ROOT, 'docs', 'examples', `${name}.kehoach`), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    plans.set(name, parsed.plan);
    const docx = join(workDir, `${name}.docx`);
    writeFileSync(docx, await exportDocx(parsed.plan));
    docxPaths.push(docx);
  }
  // A private LibreOffice profile: parallel runs with the shared one lock each other out.
  const profileUrl = `file://${join(workDir, 'lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profileUrl}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, ...docxPaths], {
    stdio: 'pipe',
    timeout: 150_000,
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const { name } of EXAMPLES) {
    const pdf = join(workDir, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${name}.pdf`);
    pdfText.set(name, execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    pageCount.set(name, Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0));
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(ARTIFACTS, `${name}-page1`)]);
  }
}, 180_000);

afterAll(() => {
  if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
});

describe.each(EXAMPLES)('$name exported and printed to PDF', ({ name, pages }) => {
  const plan = (): Plan => plans.get(name)!;
  const printed = (): string => squash(pdfText.get(name)!);

  it('shows the summary as the app resolves it', () => {
    const summary = leavesText(createRefResolver(plan()).resolveSummary(plan().summary));
    expect(printed()).toContain(squash(summary));
  });

  it('shows the opening sentence with its live citations resolved', () => {
    const resolver = createRefResolver(plan());
    for (const block of plan().preamble) expect(printed()).toContain(squash(leavesText(resolver.resolve(block.children))));
  });

  it('lists every recipient as "- …" with the profile\'s line end, then the archive line', () => {
    const closing = printed().slice(printed().lastIndexOf('Nơi nhận:'));
    const lineEnd = getProfile(plan().profile).closing.recipient.lineEnd;
    for (const group of plan().recipients) {
      for (const item of group.items) expect(closing).toContain(`- ${item}${lineEnd}`);
      if (group.purpose !== '') expect(closing).toContain(`(${group.purpose})`);
    }
    expect(closing).toContain(`- ${plan().organisation.archiveLine}.`);
  });

  it('ends the body with the final mark "./." of the profile', () => {
    const beforeClosing = printed().slice(0, printed().lastIndexOf('Nơi nhận:')).trim();
    expect(beforeClosing.endsWith('./.')).toBe(true);
  });

  it(`runs to ${pages[0]}–${pages[1]} pages, about the length of the signed original`, () => {
    const count = pageCount.get(name)!;
    expect(count).toBeGreaterThanOrEqual(pages[0]);
    expect(count).toBeLessThanOrEqual(pages[1]);
  });

  it('leaves a picture of page 1 in test/artifacts', () => {
    const png = readFileSync(join(ARTIFACTS, `${name}-page1.png`));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});
