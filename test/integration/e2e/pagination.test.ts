import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { parseDraft, serializeDraft } from '../../../core/draft/draft-file';
import { paragraph, text } from '../../../core/model';
import type { Plan, Section } from '../../../core/model/plan';
import { layoutPlan } from '../../../core/render/layout';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { EXAMPLES_DIR, openDraftByName } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';

/**
 * The preview and the printed DOCX break pages at the same paragraphs: each plan is opened in the
 * app (browser mode, Chromium) and exported to DOCX, printed to PDF by LibreOffice; page by page,
 * the paragraph the preview page starts with must be the one the PDF page starts with. The three
 * example drafts, and the same plans cut so that their last section is one short line (where a
 * signature alone on the last page used to appear in the preview only).
 */

const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The last section that has no children. */
function lastLeaf(sections: Section[]): Section | undefined {
  const last = sections[sections.length - 1];
  return last && last.children.length > 0 ? lastLeaf(last.children) : last;
}

const SENTENCE = 'Giao Văn phòng theo dõi, đôn đốc, tổng hợp kết quả thực hiện và báo cáo Ban Thường vụ theo quy định. ';

/** The plan with its last section's body replaced by one paragraph of `sentences` sentences (one: a short line). */
function withShortLastSection(plan: Plan, sentences = 1): Plan {
  const copy = structuredClone(plan);
  const leaf = lastLeaf(copy.sections);
  if (leaf) leaf.body = [paragraph(text(sentences === 1 ? 'Giao Văn phòng theo dõi, đôn đốc.' : SENTENCE.repeat(sentences).trim()))];
  return copy;
}

/** The plan cut to its first `keep` top-level sections, the last one ending as above. */
function cutTo(plan: Plan, keep: number, sentences = 1): Plan {
  const copy = structuredClone(plan);
  copy.sections = copy.sections.slice(0, keep);
  return withShortLastSection(copy, sentences);
}

const loadExample = (name: string): Plan => {
  const parsed = parseDraft(readFileSync(path.join(EXAMPLES_DIR, `${name}.kehoach`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.plan;
};

const CASES: Array<{ name: string; plan: () => Plan }> = [
  { name: 'an-lao', plan: () => loadExample('an-lao') },
  { name: 'dong-da', plan: () => loadExample('dong-da') },
  { name: 'thanh-xuan', plan: () => loadExample('thanh-xuan') },
  { name: 'an-lao-short-end', plan: () => withShortLastSection(loadExample('an-lao')) },
  { name: 'dong-da-short-end', plan: () => withShortLastSection(loadExample('dong-da')) },
  { name: 'thanh-xuan-short-end', plan: () => withShortLastSection(loadExample('thanh-xuan')) },
  { name: 'dong-da-cut-2', plan: () => cutTo(loadExample('dong-da'), 2) },
  { name: 'thanh-xuan-cut-2', plan: () => cutTo(loadExample('thanh-xuan'), 2) },
  // A last paragraph growing line by line walks the closing block across a page end: a kept
  // paragraph that splits must send the same lines along in both.
  ...[2, 3, 4, 5, 6, 7, 8].map((n) => ({ name: `dong-da-cut-2-last-${n}`, plan: () => cutTo(loadExample('dong-da'), 2, n) })),
];

const CLOSING = '<closing>';

/** Index of the paragraph a page starts with, in front + body order (CLOSING for the closing block). */
function locate(paras: string[], start: string, from: number, closing: boolean): number | string {
  if (closing) return CLOSING;
  for (let i = from; i < paras.length; i++) if (paras[i]!.includes(start)) return i;
  return `not found: ${start}`;
}

let server: StartedWebServer;
let browser: Browser;
let workDir = '';
const pdfPages = new Map<string, string[]>();

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchChromium();
  workDir = mkdtempSync(path.join(tmpdir(), 'kehoach-pagination-'));
  const docxPaths: string[] = [];
  for (const c of CASES) {
    const plan = c.plan();
    writeFileSync(path.join(server.dataDir, `${c.name}.kehoach`), serializeDraft(plan));
    const docx = path.join(workDir, `${c.name}.docx`);
    writeFileSync(docx, await exportDocx(plan));
    docxPaths.push(docx);
  }
  const profileUrl = `file://${path.join(workDir, 'lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profileUrl}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, ...docxPaths], { stdio: 'pipe', timeout: 170_000 });
  for (const c of CASES) {
    const pdf = path.join(workDir, `${c.name}.pdf`);
    const count = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
    const pages: string[] = [];
    for (let k = 1; k <= count; k++) pages.push(execFileSync('pdftotext', ['-f', String(k), '-l', String(k), pdf, '-'], { encoding: 'utf8' }));
    pdfPages.set(c.name, pages);
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.kill();
  if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
});

/** Per preview page: the text of its first paragraph, and whether it is the closing block. */
async function previewPageStarts(page: Page): Promise<Array<{ text: string; closing: boolean }>> {
  await page.locator('[data-testid="a4-preview"][data-complete]').waitFor({ timeout: 60_000 });
  return page.locator('.kh-a4-pages .kh-a4-page').evaluateAll((pages) =>
    pages.map((p) => {
      const first = p.querySelector('[data-kind]:not([data-kind="circulation"])');
      return { text: first?.textContent ?? '', closing: first?.closest('[data-testid="preview-closing"]') != null };
    }),
  );
}

describe.each(CASES)('$name: preview and PDF pages', ({ name, plan }) => {
  it('start every page with the same paragraph', async () => {
    const laid = layoutPlan(plan());
    const paras = [...laid.front, ...laid.body].map((p) => squash(p.runs.map((r) => r.text).join('')));

    const { page, errors } = await openApp(browser, server.url);
    await openDraftByName(page, name);
    // Page 1 starts with the header table on both sides.
    const preview: Array<number | string> = ['page 1'];
    let from = 0;
    for (const start of (await previewPageStarts(page)).slice(1)) {
      const at = locate(paras, squash(start.text), from, start.closing);
      preview.push(at);
      if (typeof at === 'number') from = at;
    }
    await page.context().close();

    const printed: Array<number | string> = ['page 1'];
    from = 0;
    for (const pageText of pdfPages.get(name)!.slice(1)) {
      // Page 2 on carries its number on the first line; the closing block starts with "Nơi nhận:" or the signature.
      const lines = pageText.split('\n').map(squash).filter((l) => l !== '' && !/^\d+$/.test(l));
      const first = lines[0] ?? '';
      const closing = locate(paras, first, from, false) === `not found: ${first}` && pageText.includes('Nơi nhận');
      const at = locate(paras, first, from, closing);
      printed.push(at);
      if (typeof at === 'number') from = at;
    }
    expect(preview, `preview pages start at ${JSON.stringify(preview)}, PDF pages at ${JSON.stringify(printed)}`).toEqual(printed);
    expect(errors).toEqual([]);
  });
});
