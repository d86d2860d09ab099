import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { ARTIFACTS_DIR, EXAMPLES_DIR, caretToEnd, openDraftByName, seedExampleDraft, visible, waitForPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';
import { serializeDraft } from '../../../core/draft/draft-file';
import { asSignedPlan } from '../../unit/check/check-fixtures';

/**
 * Issue 10, the checker in the app: the clerk of Huyện ủy An Lão (docs/examples/an-lao.kehoach,
 * the corrected draft: the checker finds nothing in it) cites the plan's own base by hand in
 * section 1.1 and gets it wrong. The "Kiểm tra" panel flags it, clicking the finding selects the
 * wrong words in the editor, "Sửa" corrects them in the editor and on the A4 page and the finding
 * goes; "Hoàn tác" puts the clerk's words back and the finding comes back. No fixed waits: every
 * step waits for what it checks.
 */
let server: StartedWebServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer();
  seedExampleDraft(server.dataDir, 'an-lao');
  seedWrongCitationFarDown(server.dataDir);
  // Thanh Xuân's plan as it was signed, with the slips the anatomy lists (scripts/build-examples.ts).
  writeFileSync(path.join(server.dataDir, 'thanh-xuan-da-ky.kehoach'), serializeDraft(asSignedPlan('thanh-xuan')));
  browser = await launchChromium();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

const SECTION = 'an-lao-ct32-1.1';
const BODY = `section-body-${SECTION}-editable`;
/** What the clerk types at the end of section 1.1, the wrong words in it, and what the fix makes of them. */
const TYPED = ' Thực hiện Chỉ thị số 23-CT/TU ngày 24/4/2024.';
const WRONG = '23';
const RIGHT = '32';
/** The plan's base is Chỉ thị số 32-CT/TU ngày 24/4/2024 (its document set): "số 23" cites it wrong. */
const RULE = 'citation-facts';

/** The body's text as typed (spaces kept as they are; Slate's zero-width placeholders removed). */
/** Section 3.3 of An Lão, far down the editor column, ending with the wrong citation. */
const FAR = 'an-lao-ct32-3.3';
function seedWrongCitationFarDown(dataDir: string): void {
  const file = JSON.parse(readFileSync(path.join(EXAMPLES_DIR, 'an-lao.kehoach'), 'utf8'));
  const find = (sections: Array<{ id: string; children: unknown[] }>): { body: Array<{ children: Array<{ text?: string }> }> } | undefined =>
    sections.map((s) => (s.id === FAR ? s : find(s.children as never))).find(Boolean) as never;
  const last = find(file.plan.sections)!.body.at(-1)!.children.at(-1)!;
  last.text += TYPED;
  writeFileSync(path.join(dataDir, 'an-lao-sai.kehoach'), JSON.stringify(file));
}

const bodyText = async (page: Page) => ((await page.getByTestId(BODY).textContent()) ?? '').replace(/[\uFEFF\u200B]/g, '');
/** The selected words are on screen in the text column: below its formatting bar, above its bottom, not under a panel. */
const selectionInView = (page: Page) =>
  page.evaluate(() => {
    const r = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const column = document.querySelector('[data-testid="plan-editor"]')!.getBoundingClientRect();
    const bar = document.querySelector('[data-testid="editor-toolbar"]')!.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + 1, r.top + r.height / 2);
    return r.height > 0 && r.top >= bar.bottom && r.bottom <= column.bottom && !!hit?.closest('[data-slate-editor]');
  });

const findings = (page: Page) => page.locator(`[data-testid="check-finding"][data-rule="${RULE}"]`);

describe('the checker panel', () => {
  it('shows nothing wrong in the corrected example, in its tab and when asked with F7', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'an-lao');
    await page.keyboard.press('F7');
    await page.getByTestId('check-clean').waitFor();
    expect(await page.getByTestId('check-clean').innerText()).toBe('Không thấy lỗi nào.');
    expect(await page.getByTestId('tab-check').innerText()).toBe('Kiểm tra (0)');
    // The rules ran in a Web Worker, off the thread that handles the clerk's keys.
    expect(page.workers().map((w) => w.url()).some((u) => /check-worker/.test(u))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('flags a slip typed in the text, shows its place, fixes it in the editor and the preview, and Undo puts it back', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'an-lao');
    await page.getByTestId('tab-check').click();
    await page.getByTestId('check-clean').waitFor();

    await caretToEnd(page, BODY);
    await page.keyboard.type(TYPED);
    const typed = await bodyText(page);
    expect(typed.endsWith(TYPED)).toBe(true);

    // Flagged once typing pauses; the tab counts it.
    await findings(page).first().waitFor();
    await expect.poll(() => page.getByTestId('tab-check').innerText()).toMatch(/^Kiểm tra \([1-9]\d*\)$/);
    const finding = findings(page).first();
    // Said in Vietnamese: the wrong number, the right document; where it is; the words found.
    const message = await finding.getByTestId('check-message').innerText();
    expect(message).toContain('23');
    expect(message).toContain('Chỉ thị số 32-CT/TU');
    expect(await finding.getByTestId('check-where').innerText()).toBe('Mục I.1');
    // The words found, marked in their sentence as typed.
    expect(await finding.locator('[data-testid="check-excerpt"] mark').innerText()).toBe(WRONG);
    expect(visible(await finding.getByTestId('check-excerpt').innerText())).toContain('Thực hiện Chỉ thị số 23-CT/TU ngày 24/4/2024.');
    expect(await finding.locator('.check-severity').innerText()).toBe('Lỗi');

    // Clicking it takes the clerk there: the wrong words are selected in section 1.1's editor.
    await finding.getByTestId('check-go').click();
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe(WRONG);
    await expect.poll(() => page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement) ?? false, BODY)).toBe(true);
    expect(await finding.getAttribute('data-current')).toBe('true');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'check-panel-finding.png') });
    await expect.poll(() => selectionInView(page)).toBe(true);

    // "Sửa": the finding goes, the editor and the A4 page show the corrected words.
    const fixLabel = await finding.getByTestId('check-fix').innerText();
    expect(fixLabel).toBe(`Sửa thành “${RIGHT}”`);
    await finding.getByTestId('check-fix').click();
    await expect.poll(() => findings(page).count()).toBe(0);
    const fixed = typed.slice(0, -TYPED.length) + TYPED.replace(WRONG, RIGHT);
    await expect.poll(() => bodyText(page)).toBe(fixed);
    const onPage = await waitForPreview(page, (ps) => ps.some((p) => p.source === SECTION && p.text.includes(visible(TYPED.replace(WRONG, RIGHT)))));
    expect(onPage.some((p) => p.source === SECTION && p.text.includes(visible(TYPED.replace(WRONG, RIGHT))))).toBe(true);
    await page.getByTestId('check-clean').waitFor();

    // "Hoàn tác" puts the clerk's words back, and the checker flags them again.
    expect(await page.getByTestId('toast').innerText()).toContain('Đã sửa');
    expect(await page.getByTestId('cmd-undo').getAttribute('title')).toContain(fixLabel);
    await page.getByTestId('cmd-undo').click();
    await expect.poll(() => bodyText(page)).toBe(typed);
    const wrongOnPage = (ps: Array<{ source: string | null; text: string }>) => ps.some((p) => p.source === SECTION && p.text.includes(visible(TYPED)));
    expect(wrongOnPage(await waitForPreview(page, wrongOnPage))).toBe(true);
    await findings(page).first().waitFor();
    // "Làm lại" fixes it again; Ctrl+Z outside the text undoes it again, as Word does.
    await page.getByTestId('cmd-redo').click();
    await expect.poll(() => bodyText(page)).toBe(fixed);
    await page.getByTestId('check-clean').waitFor();
    await page.getByTestId('tab-check').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => bodyText(page)).toBe(typed);
    await findings(page).first().waitFor();
    expect(errors).toEqual([]);
  });

  it('takes the clerk to a section far down the text, not drawn until then, with the wrong words selected', async () => {
    const { page, errors } = await openApp(browser, server.url, { width: 1600, height: 700 });
    await openDraftByName(page, 'an-lao-sai');
    // Far from the screen, the section's text is not drawn as a live editor.
    expect(await page.getByTestId(`section-body-${FAR}-editable`).count()).toBe(0);
    await page.keyboard.press('F7');
    const finding = findings(page).first();
    await finding.waitFor();
    expect(await finding.getByTestId('check-where').innerText()).toBe('Mục III.3');
    await finding.getByTestId('check-go').click();
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe(WRONG);
    const editable = page.getByTestId(`section-body-${FAR}-editable`);
    await expect.poll(() => editable.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    // The selected words are on screen, in the editor column.
    await expect.poll(() => selectionInView(page)).toBe(true);
    // The outline follows: the section is the selected one.
    expect(await page.getByTestId(`editor-section-${FAR}`).getAttribute('data-selected')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('takes the clerk to a field of “Thông tin” for a missing signer name, and the finding goes once it is typed', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'an-lao');
    await page.getByTestId('tab-facts').click();
    const name = page.getByTestId('signer-name');
    const signer = await name.inputValue();
    expect(signer).not.toBe('');
    await name.fill('');
    await page.keyboard.press('F7');
    const missing = page.locator('[data-testid="check-finding"]', { hasText: 'họ tên người ký' });
    await missing.waitFor();
    expect(await missing.getByTestId('check-where').innerText()).toBe('Chữ ký');
    await missing.getByTestId('check-go').click();
    // The facts tab is shown with the name field taking the keys.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('signer-name');
    expect(await page.getByTestId('tab-facts').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.type(signer);
    await page.getByTestId('tab-check').click();
    await page.getByTestId('check-clean').waitFor();
    expect(errors).toEqual([]);
  });

  it('fits a 1024×600 screen: the panel opens over the editor with nothing cut off, many findings included', async () => {
    const { page, errors } = await openApp(browser, server.url, { width: 1024, height: 600 });
    await openDraftByName(page, 'thanh-xuan-da-ky');
    await page.keyboard.press('F7');
    await page.getByTestId('check-finding').first().waitFor();
    expect(await page.getByTestId('check-group').count()).toBeGreaterThan(2);
    await page.getByTestId('check-explain').first().click();
    await page.getByTestId('check-explanation').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'check-panel-1024x600.png') });
    // Every tab, and every finding's text and button, lies inside the panel's width.
    const cut = await page.evaluate(() => {
      const panel = document.querySelector('.left-panel')!.getBoundingClientRect();
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('.left-panel .tab, .check-group-head, [data-testid="check-finding"] button, [data-testid="check-finding"] span, .check-explanation')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < panel.left - 0.5 || r.right > panel.right + 0.5 || el.scrollWidth > el.clientWidth + 1) out.push(`${el.className}: ${el.textContent}`);
      }
      return out;
    });
    expect(cut).toEqual([]);
    // The list scrolls inside the panel, down to its last finding.
    await page.getByTestId('check-finding').last().scrollIntoViewIfNeeded();
    expect(await page.getByTestId('check-finding').last().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'check-panel-1024x600-end.png') });

    // Going to a place in the text folds the panel away, so the words found are not under it.
    const inText = page.locator('[data-testid="check-finding"]', { has: page.locator('[data-testid="check-where"]', { hasText: /^Mục / }) }).first();
    // The words found are marked inside the sentence shown.
    const excerpt = await inText.locator('[data-testid="check-excerpt"] mark').innerText();
    await inText.getByTestId('check-go').click();
    await expect.poll(() => page.getByTestId('left-panel-toggle').getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe(excerpt);
    await expect.poll(() => selectionInView(page)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'check-panel-1024x600-jump.png') });
    // F7 brings the panel back as it was.
    await page.keyboard.press('F7');
    await expect.poll(() => page.getByTestId('left-panel-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('tab-check').getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
  });
});
