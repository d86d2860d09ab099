import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBenchPlan } from '../../helpers/long-plan';
import { parseDraft, serializeDraft } from '../../../core/draft/draft-file';
import type { Plan, Section } from '../../../core/model/plan';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { caretToEnd, editorText, openDraftByName, settled, typeWithIme, waitForPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';

/**
 * A 60-page plan (the benchmark's): only sections near the screen are live Slate editors, the
 * others are drawn statically, and typed text reaches the store a frame after it is painted.
 * None of that may change what the clerk sees, types, undoes or saves.
 */
let server: StartedWebServer;
let browser: Browser;
const plan = makeBenchPlan(60);
const leaves = (sections: Section[]): Section[] => sections.flatMap((s) => (s.children.length ? leaves(s.children) : [s]));
const ids = leaves(plan.sections).map((s) => s.id);
const FIRST = ids[0]!;
const LAST = ids.at(-1)!;
const NFC = (s: string) => s.normalize('NFC');

beforeAll(async () => {
  server = await startWebServer();
  for (const name of ['dai', 'dai-luu', 'dai-trich-yeu']) writeFileSync(path.join(server.dataDir, `${name}.kehoach`), serializeDraft(plan));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

const outlineRow = (page: import('playwright-core').Page, id: string) => page.locator(`[data-testid="outline-item"][data-section-id="${id}"]`);

describe('a 60-page plan', () => {
  it('a far section turns into a live editor when reached, takes Vietnamese, and keeps its undo after scrolling away and back', async () => {
    const { page, cdp, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'dai');
    const sections = await page.locator('[data-testid^="editor-section-"]').count();
    expect(sections).toBeGreaterThan(60);
    // Bodies far from the screen are not drawn at all (a box of their height); those a few screens
    // away are drawn statically (same text, same look); only the ones near the screen are live editors.
    expect(await page.locator('[data-testid$="-far"]').count()).toBeGreaterThan(sections / 2);
    expect(await page.locator('[data-testid$="-static"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid$="-editable"]').count()).toBeLessThan(sections / 4);
    expect(await page.getByTestId(`section-body-${LAST}-editable`).count()).toBe(0);
    expect(await page.getByTestId(`section-body-${LAST}-far`).count()).toBe(1);

    // Choosing the last section in the outline brings it into view, where it is a live editor.
    await outlineRow(page, LAST).click();
    await page.getByTestId(`section-body-${LAST}-editable`).waitFor();
    expect(await editorText(page, `section-body-${LAST}-editable`)).toContain(NFC('Tăng cường'));
    await caretToEnd(page, `section-body-${LAST}-editable`);
    await cdp.send('Input.insertText', { text: ' ' });
    await typeWithIme(cdp, ['V', 'Vi', 'Vie', 'Việ', 'Việt']);
    await cdp.send('Input.insertText', { text: ' ' });
    await typeWithIme(cdp, ['N', 'Na', 'Nam']);
    // The committed word is drawn in the frame after the composition ends (Slate re-renders the text
    // node the IME wrote into): read what the screen shows once it has settled, not mid-render.
    await expect.poll(async () => (await editorText(page, `section-body-${LAST}-editable`)).endsWith(NFC('Việt Nam'))).toBe(true);
    // The plan's last paragraph: the preview adds the closing full stop the profile asks for.
    // Only the preview pages near the part in view are drawn: scroll the preview to its last page.
    await page.getByTestId('a4-preview').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const paras = await waitForPreview(page, (ps) => ps.some((p) => p.source === LAST && p.text.endsWith(NFC('Việt Nam.'))));
    expect(paras.some((p) => p.source === LAST && p.text.endsWith(NFC('Việt Nam.')))).toBe(true);

    // Far away again: no longer drawn; back again, it shows the typed words.
    await outlineRow(page, FIRST).click();
    await expect.poll(() => page.getByTestId(`section-body-${LAST}-editable`).count()).toBe(0);
    await expect.poll(() => page.getByTestId(`section-body-${LAST}-far`).count()).toBe(1);

    // Back, and Ctrl+Z in the section still undoes the typing (its history was kept).
    await outlineRow(page, LAST).click();
    await caretToEnd(page, `section-body-${LAST}-editable`);
    expect((await editorText(page, `section-body-${LAST}-editable`)).endsWith(NFC('Việt Nam'))).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await editorText(page, `section-body-${LAST}-editable`)).includes('Việt')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('every letter reaches the saved file when Ctrl+S follows the last key at once', async () => {
    const { page, cdp, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'dai-luu');
    const middle = ids[Math.floor(ids.length / 2)]!;
    await caretToEnd(page, `section-body-${middle}-editable`);
    // The last letter and the shortcut are sent together: the shortcut must not save the plan without it.
    await Promise.all([cdp.send('Input.insertText', { text: ' Đã lưu' }), page.keyboard.press('Control+s')]);
    await expect.poll(() => page.getByTestId('toast').innerText().catch(() => '')).toContain('Đã lưu dai-luu.kehoach');
    expect(await page.getByTestId('doc-dirty').count()).toBe(0);

    const saved = parseDraft(readFileSync(path.join(server.dataDir, 'dai-luu.kehoach'), 'utf8'));
    expect(saved.ok).toBe(true);
    const section = saved.ok ? leaves((saved.plan as Plan).sections).find((s) => s.id === middle) : undefined;
    const text = JSON.stringify(section?.body ?? []);
    expect(text).toContain(NFC(' Đã lưu'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('typing at the start of the summary inserts there, letter after letter', async () => {
    const { page, cdp, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'dai-trich-yeu');
    // On the first word, not on the reference chip that follows it.
    await page.getByTestId('editor-summary-editable').click({ position: { x: 4, y: 8 } });
    await settled(page);
    await page.keyboard.press('Home');
    await settled(page);
    for (const ch of ['Đ', 'ể', ' ']) {
      await cdp.send('Input.insertText', { text: ch });
      await page.waitForTimeout(60); // each letter reaches the store before the next
    }
    expect(await editorText(page, 'editor-summary-editable')).toMatch(new RegExp(`^${NFC('Để thực hiện Chỉ thị số 32-CT/TU')}`));
    // Under the title the profile sets the summary's first letter in lower case.
    const paras = await waitForPreview(page, (ps) => ps.some((p) => p.kind === 'summary' && p.text.startsWith(NFC('để thực hiện'))));
    expect(paras.find((p) => p.kind === 'summary')?.text.startsWith(NFC('để thực hiện Chỉ thị số 32-CT/TU'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the preview draws the pages near the part in view, and every page when printing', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'dai');
    await page.locator('[data-testid="a4-preview"][data-complete]').waitFor();
    const pages = page.locator('[data-testid^="preview-page-"]:not([data-testid="preview-page-number"])');
    const blank = page.locator('[data-testid^="preview-page-"][data-drawn="false"]');
    const total = await pages.count();
    expect(total).toBeGreaterThan(40);
    // Far pages keep their place and size (the scroll bar is right) but hold nothing yet.
    expect(await blank.count()).toBeGreaterThan(total / 2);
    expect(await page.getByTestId('preview-page-1').getAttribute('data-drawn')).toBeNull();
    const box1 = await page.getByTestId('preview-page-1').boundingBox();
    const boxLast = await page.getByTestId(`preview-page-${total}`).boundingBox();
    expect(Math.abs(boxLast!.height - box1!.height)).toBeLessThan(1);

    // Scrolled to the end: the last pages are drawn, the first ones are not any more.
    await page.getByTestId('a4-preview').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.getByTestId(`preview-page-${total}`).getAttribute('data-drawn')).toBeNull();
    expect(await page.getByTestId('preview-page-1').getAttribute('data-drawn')).toBe('false');

    // Printing draws every page: the printout has every page, the last one with the plan's last text.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => blank.count()).toBe(0);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kh-print-'));
    try {
      const file = path.join(dir, 'in.pdf');
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(total);
      const last = execFileSync('pdftotext', ['-f', String(total), '-l', String(total), '-layout', file, '-'], { encoding: 'utf8' });
      const lastSection = leaves(plan.sections).at(-1)!;
      const lastWords = lastSection.body.flatMap((b) => ('children' in b ? b.children : [])).map((c) => ('text' in c ? c.text : '')).join(' ').trim().split(/\s+/).slice(-3).join(' ');
      expect(last.replace(/\s+/g, ' ')).toContain(NFC(lastWords).replace(/\.$/, ''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => blank.count()).toBeGreaterThan(total / 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
