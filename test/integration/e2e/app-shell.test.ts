import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { ARTIFACTS_DIR, openDraftByName, revealEditor, seedExampleDraft, waitForEditorAndPreview } from './helpers/app-actions';
import { type AppPage, launchChromium, openApp } from './helpers/browser';

/**
 * Issue 8, parts 5 and 7 as the clerk sees them in browser mode: the preview's zoom (buttons,
 * Ctrl+wheel, fit width, fit page), small screens (1024×600, 1366×768: one toolbar row, nothing
 * off the right edge, the outline folded into a button on the narrow one) and progress shown
 * during long work (export, open). No test waits for a time: each waits for what it checks.
 */
let server: StartedWebServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer();
  seedExampleDraft(server.dataDir, 'an-lao');
  browser = await launchChromium();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

async function openAnLao(viewport?: { width: number; height: number }): Promise<AppPage> {
  const app = await openApp(browser, server.url, viewport);
  await openDraftByName(app.page, 'an-lao');
  return app;
}

/** Width and height of the first preview page as drawn (after the zoom), in px. */
const pageBox = (page: Page) =>
  page.getByTestId('preview-page-1').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { width: r.width, height: r.height };
  });

type WidthTest = { above: number } | { below: number } | { near: number };

/** Waits until the first page is drawn at a width that passes `test` (±3 px for `near`); answers that width. */
async function waitForPageWidth(page: Page, test: WidthTest): Promise<number> {
  try {
    await page.waitForFunction(
      (t) => {
        const el = document.querySelector('[data-testid="preview-page-1"]');
        if (!el) return false;
        const w = el.getBoundingClientRect().width;
        return 'above' in t ? w > t.above : 'below' in t ? w < t.below : Math.abs(w - t.near) <= 3;
      },
      test,
      { timeout: 10_000 },
    );
  } catch (err) {
    throw new Error(`preview page never became ${JSON.stringify(test)} px wide: it is ${(await pageBox(page)).width} px`, { cause: err });
  }
  return (await pageBox(page)).width;
}

describe('preview zoom', () => {
  it('zooms in and out with the buttons, fits the width and the whole page, and follows Ctrl+wheel', async () => {
    // A window lower than it is wide, so that "Vừa trang" is decided by the height of the column.
    const { page, errors } = await openAnLao({ width: 1600, height: 700 });
    const start = (await pageBox(page)).width;
    const startPercent = await page.getByTestId('zoom-percent').innerText();
    expect(startPercent).toMatch(/^\d+%$/);

    await page.getByTestId('cmd-zoom-in').click();
    const larger = await waitForPageWidth(page, { above: start + 5 });
    expect(await page.getByTestId('zoom-percent').innerText()).not.toBe(startPercent);

    await page.getByTestId('cmd-zoom-out').click();
    await page.getByTestId('cmd-zoom-out').click();
    const smaller = await waitForPageWidth(page, { below: larger - 5 });
    expect(smaller).toBeLessThan(larger);

    // "Vừa chiều rộng": the page fills the preview's width (less the gap on each side).
    await page.getByTestId('cmd-zoom-fit-width').click();
    const scroller = page.getByTestId('a4-preview');
    const area = await scroller.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
    const fitted = await waitForPageWidth(page, { near: area.width - 24 });
    expect(Math.abs(fitted - (area.width - 24))).toBeLessThanOrEqual(3);
    expect(await page.getByTestId('cmd-zoom-fit-width').getAttribute('aria-pressed')).toBe('true');

    // "Vừa trang": a whole page in view, top to bottom and side to side (here the height decides).
    expect((area.height - 24) / 297).toBeLessThan((area.width - 24) / 210);
    await page.getByTestId('cmd-zoom-fit-page').click();
    await page.waitForFunction((h) => {
      const el = document.querySelector('[data-testid="preview-page-1"]');
      return !!el && el.getBoundingClientRect().height <= h - 24 + 1;
    }, area.height, { timeout: 10_000 });
    const whole = await pageBox(page);
    expect(whole.height).toBeLessThanOrEqual(area.height - 24 + 1);
    expect(whole.height).toBeGreaterThan(area.height - 24 - 4);
    expect(whole.width).toBeLessThan(fitted);
    expect(await page.getByTestId('cmd-zoom-fit-page').getAttribute('aria-pressed')).toBe('true');

    // Ctrl+wheel over the pages: up enlarges, down shrinks; the browser's own zoom stays as it was.
    const box = (await scroller.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = whole.width;
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    const up = await waitForPageWidth(page, { above: before + 5 });
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 100);
    await page.mouse.wheel(0, 100);
    await page.keyboard.up('Control');
    await waitForPageWidth(page, { below: up - 5 });
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);

    // Zooming keeps the place being read: page 2 in the middle of the view stays there.
    await page.getByTestId('preview-page-2').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const middleOf2 = () =>
      page.evaluate(() => {
        const view = document.querySelector('[data-testid="a4-preview"]')!.getBoundingClientRect();
        const p2 = document.querySelector('[data-testid="preview-page-2"]')!.getBoundingClientRect();
        const mid = view.top + view.height / 2;
        return p2.top <= mid && p2.bottom >= mid;
      });
    expect(await middleOf2()).toBe(true);
    const wide = (await pageBox(page)).width;
    await page.getByTestId('cmd-zoom-in').click();
    await waitForPageWidth(page, { above: wide + 5 });
    expect(await middleOf2()).toBe(true);

    // The zoom chosen is remembered, as Word does: the next start shows the same.
    const chosen = await page.getByTestId('zoom-percent').innerText();
    await page.reload();
    await page.getByTestId('start-screen').waitFor();
    await openDraftByName(page, 'an-lao');
    expect(await page.getByTestId('zoom-percent').innerText()).toBe(chosen);
    expect(errors).toEqual([]);
  });
});

describe('keyboard shortcuts from the command table', () => {
  it('takes the table’s keys (Ctrl+F, Ctrl+Shift+S) and leaves Slate’s own (Ctrl+B, Ctrl+Z in the text) to the editor', async () => {
    const { page, errors } = await openAnLao();
    // Section II.2 of the An Lão plan, one paragraph ("Đổi mới, đa dạng hóa …").
    const BODY = 'section-body-an-lao-ct32-2.2-editable';
    await revealEditor(page, BODY);
    const body = page.getByTestId(BODY);
    await body.click({ position: { x: 40, y: 8 } });
    // A letter typed first: Slate takes the caret from the typing itself (not from a later,
    // batched selectionchange), so the Ctrl+B below applies at this caret.
    await page.keyboard.type('Q');
    await page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.includes('Q'), BODY);
    const boldText = (args: string[]) => {
      const root = document.querySelector(`[data-testid="${args[0]}"]`);
      const found = [...(root?.querySelectorAll('[data-slate-string]') ?? [])].some((el) => el.textContent === args[1] && Number(getComputedStyle(el).fontWeight) >= 600);
      return found === (args[2] === 'bold');
    };
    // Ctrl+B is the editor's: what is typed next is bold.
    await page.keyboard.press('Control+b');
    await page.keyboard.type('xyz');
    await page.waitForFunction(boldText, [BODY, 'xyz', 'bold']);
    // Ctrl+Z inside the text is Slate's own undo: the bold letters go again.
    await page.keyboard.press('Control+z');
    await page.waitForFunction((id) => !document.querySelector(`[data-testid="${id}"]`)?.textContent?.includes('xyz'), BODY);
    // Ctrl+F (the table's) opens find even from inside the text.
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-replace').waitFor();
    // Ctrl+Shift+S: "Lưu thành…" asks for a name.
    await page.keyboard.press('Control+Shift+S');
    await page.getByTestId('file-name').waitFor();
    await page.getByTestId('file-cancel').click();
    expect(errors).toEqual([]);
  });
});

/** What would be cut off or wrapped on this window: checked on the live page. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    if (document.documentElement.scrollWidth > vw) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
    if (document.documentElement.scrollHeight > vh) problems.push(`page scrolls down: ${document.documentElement.scrollHeight} > ${vh}`);
    const name = (el: Element) => el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`;
    // The toolbar is one row: every button shares one band.
    const buttons = [...document.querySelectorAll('[data-testid="main-toolbar"] button')].map((b) => b.getBoundingClientRect());
    const tops = buttons.map((r) => r.top);
    if (Math.max(...tops) - Math.min(...tops) > Math.min(...buttons.map((r) => r.height)) / 2) problems.push(`toolbar wraps: button tops ${tops.join(', ')}`);
    // Nothing of the toolbars, the editor or the preview runs off the window's right edge (or left).
    const areas = ['main-toolbar', 'editor-toolbar', 'zoom-bar', 'editor-column', 'preview-column', 'column-left'];
    for (const area of areas) {
      const root = document.querySelector(`[data-testid="${area}"]`);
      if (!root) continue;
      for (const el of [root, ...root.querySelectorAll('button, input, select, [data-testid]')]) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // not shown
        // Inside a scrolled column only what is in view counts.
        if (r.bottom < 0 || r.top > vh) continue;
        if (r.right > vw + 0.5 || r.left < -0.5) problems.push(`${name(el)} in ${area} runs off the window: ${Math.round(r.left)}–${Math.round(r.right)} of ${vw}`);
      }
    }
    // The editor never scrolls sideways; at the default zoom the preview page fits its column.
    const editor = document.querySelector('[data-testid="plan-editor"]')?.parentElement;
    if (editor && editor.scrollWidth > editor.clientWidth + 1) problems.push(`editor scrolls sideways: ${editor.scrollWidth} > ${editor.clientWidth}`);
    const preview = document.querySelector('[data-testid="a4-preview"]');
    if (preview && preview.scrollWidth > preview.clientWidth + 1) problems.push(`preview scrolls sideways: ${preview.scrollWidth} > ${preview.clientWidth}`);
    return problems;
  });
}

describe('small screens', () => {
  it('1366×768: one toolbar row, nothing cut off, outline and facts beside the editor', async () => {
    const { page, errors } = await openAnLao({ width: 1366, height: 768 });
    await page.getByTestId('preview-page-1').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'e2e-1366x768.png') });
    expect(await layoutProblems(page)).toEqual([]);
    expect(await page.getByTestId('tab-outline').isVisible()).toBe(true);
    expect(await page.getByTestId('left-panel-toggle').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('1024×600: one toolbar row, nothing cut off, the outline folded into a button that opens it', async () => {
    const { page, errors } = await openAnLao({ width: 1024, height: 600 });
    await page.getByTestId('preview-page-1').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'e2e-1024x600.png') });
    expect(await layoutProblems(page)).toEqual([]);
    // Folded: a button, no outline.
    const toggle = page.getByTestId('left-panel-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('tab-outline').isVisible()).toBe(false);
    // Opened over the editor, whole, and usable.
    await toggle.click();
    await page.getByTestId('outline').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'e2e-1024x600-outline-open.png') });
    expect(await layoutProblems(page)).toEqual([]);
    await page.getByTestId('outline-item').nth(1).click();
    expect(await page.getByTestId('outline-item').nth(1).getAttribute('aria-selected')).toBe('true');
    await toggle.click();
    await page.getByTestId('outline').waitFor({ state: 'hidden' });

    // With unsaved changes the mark shows whole beside the (shortened) file name, still on one row.
    await page.getByTestId('editor-summary-editable').click({ position: { x: 4, y: 8 } });
    await page.keyboard.press('End');
    await page.keyboard.type(' nữa');
    await page.getByTestId('doc-dirty').waitFor();
    const mark = await page.getByTestId('doc-dirty').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const box = el.parentElement!.getBoundingClientRect();
      return { inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5, width: r.width };
    });
    expect(mark.inside).toBe(true);
    expect(mark.width).toBeGreaterThan(20);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'e2e-1024x600-unsaved.png') });
    expect(await layoutProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** Holds every request to `url` until `release()` is called, then lets it reach the server. */
async function holdRequests(page: Page, url: string): Promise<{ release(): void; arrived: Promise<void> }> {
  let release!: () => void;
  let arrived!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const seen = new Promise<void>((r) => (arrived = r));
  await page.route(url, async (route: Route) => {
    arrived();
    await gate;
    await route.continue();
  });
  return { release, arrived: seen };
}

describe('long work shows progress', () => {
  for (const [kind, label] of [['pdf', 'Đang xuất PDF…'], ['docx', 'Đang xuất tệp Word…']] as const) {
    it(`export to ${kind.toUpperCase()}: "${label}" with a progress bar until the file is written`, async () => {
      const { page, errors } = await openAnLao();
      const held = await holdRequests(page, `**/api/exporting/${kind}`);
      await page.getByTestId(`cmd-export-${kind}`).click();
      await page.getByTestId('file-name').fill(`tien-do-${kind}`);
      await page.getByTestId('file-ok').click();
      await held.arrived;
      // The export is on its way and cannot finish: the notice must be showing.
      const progress = page.getByTestId('progress');
      await progress.waitFor();
      expect(await page.getByTestId('progress-label').innerText()).toBe(label);
      expect(await progress.getAttribute('aria-busy')).toBe('true');
      expect(await progress.locator('progress').count()).toBe(1);
      expect(await page.getByTestId('app').getAttribute('aria-busy')).toBe('true');
      expect(await page.getByTestId(`cmd-export-${kind}`).isDisabled()).toBe(true);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `e2e-progress-${kind}.png`) });
      held.release();
      await page.getByTestId('dialog-exported').waitFor({ timeout: 120_000 });
      expect(await progress.count()).toBe(0);
      expect(await page.getByTestId('app').getAttribute('aria-busy')).toBe('false');
      expect(errors).toEqual([]);
    });
  }

  it('opening a file: "Đang mở tệp…" until the plan is on screen', async () => {
    const { page, errors } = await openApp(browser, server.url);
    const held = await holdRequests(page, '**/api/drafts/open');
    await page.getByTestId('start-open').click();
    await page.getByTestId('file-name').fill('an-lao');
    await page.getByTestId('file-ok').click();
    await held.arrived;
    await page.getByTestId('progress').waitFor();
    expect(await page.getByTestId('progress-label').innerText()).toBe('Đang mở tệp…');
    held.release();
    await waitForEditorAndPreview(page);
    await page.getByTestId('progress').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
