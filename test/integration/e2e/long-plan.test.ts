import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBenchPlan } from '../../../bench/make-plan';
import { parseDraft, serializeDraft } from '../../../core/draft/draft-file';
import type { Plan, Section } from '../../../core/model/plan';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { caretToEnd, editorText, openDraftByName, typeWithIme, visible, waitForPreview } from './helpers/app-actions';
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
// textContent: an off-screen section is not rendered (content-visibility), so it has no innerText.
const bodyText = async (page: import('playwright-core').Page, id: string) => visible((await page.getByTestId(`section-body-${id}`).textContent()) ?? '');

describe('a 60-page plan', () => {
  it('a far section turns into a live editor when reached, takes Vietnamese, and keeps its undo after scrolling away and back', async () => {
    const { page, cdp, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'dai');
    const sections = await page.locator('[data-testid^="editor-section-"]').count();
    expect(sections).toBeGreaterThan(60);
    // Far-off bodies are drawn statically (same text, same look), not as live editors.
    expect(await page.locator('[data-testid$="-static"]').count()).toBeGreaterThan(sections / 2);
    expect(await page.getByTestId(`section-body-${LAST}-editable`).count()).toBe(0);
    expect(await bodyText(page, LAST)).toContain(NFC('Tăng cường'));

    // Choosing the last section in the outline brings it into view, where it is a live editor.
    await outlineRow(page, LAST).click();
    await page.getByTestId(`section-body-${LAST}-editable`).waitFor();
    await caretToEnd(page, `section-body-${LAST}-editable`);
    await cdp.send('Input.insertText', { text: ' ' });
    await typeWithIme(cdp, ['V', 'Vi', 'Vie', 'Việ', 'Việt']);
    await cdp.send('Input.insertText', { text: ' ' });
    await typeWithIme(cdp, ['N', 'Na', 'Nam']);
    // The committed word is drawn in the frame after the composition ends (Slate re-renders the text
    // node the IME wrote into): read what the screen shows once it has settled, not mid-render.
    await expect.poll(async () => (await editorText(page, `section-body-${LAST}-editable`)).endsWith(NFC('Việt Nam'))).toBe(true);
    // The plan's last paragraph: the preview adds the closing full stop the profile asks for.
    const paras = await waitForPreview(page, (ps) => ps.some((p) => p.source === LAST && p.text.endsWith(NFC('Việt Nam.'))));
    expect(paras.some((p) => p.source === LAST && p.text.endsWith(NFC('Việt Nam.')))).toBe(true);

    // Far away again: drawn statically, with the typed words.
    await outlineRow(page, FIRST).click();
    await expect.poll(() => page.getByTestId(`section-body-${LAST}-editable`).count()).toBe(0);
    expect((await bodyText(page, LAST)).endsWith(NFC('Việt Nam'))).toBe(true);

    // Back, and Ctrl+Z in the section still undoes the typing (its history was kept).
    await outlineRow(page, LAST).click();
    await caretToEnd(page, `section-body-${LAST}-editable`);
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
    await page.keyboard.press('Home');
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
});
