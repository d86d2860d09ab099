import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { serializeDraft } from '../core/draft/draft-file';
import type { Plan } from '../core/model/plan';
import { type AppPage, launchChromium, openApp } from '../test/integration/e2e/helpers/browser';
import { makeDataDir, startRestartableServer } from '../test/integration/e2e/helpers/restartable-server';
import { makeBenchPlan } from '../test/helpers/long-plan';

/** Typed in turn, one character a keystroke: Vietnamese letters as Unikey/IME commit them (NFC). */
const TEXT = ' Việt Nam quyết tâm thực hiện thắng lợi nhiệm vụ năm học'.normalize('NFC');
/** A fast clerk types about 8 characters a second; the deferred preview work runs in the gaps. */
const GAP_MS = 120;

/**
 * Start screen → "Mở tệp nháp…" → name → click "Mở", timed in the page from the click to the first
 * frame in which both the editor and preview page 1 are in the DOM (measured after that frame's
 * rAF, via a message posted from it, i.e. once the frame has been handed to the compositor).
 */
export async function openDraftTimed(page: Page, fileName: string): Promise<{ openMs: number; previewPages: number }> {
  await page.getByTestId('start-open').click();
  await page.getByTestId('file-name').fill(fileName);
  // "Mở" is enabled once the app knows its data folder (a moment after start).
  await page.waitForSelector('[data-testid="file-ok"]:not([disabled])');
  // In-page code is passed as source text: tsx's keepNames helper (__name) does not exist in the page.
  const openMs = await page.evaluate<number>(`new Promise((resolve, reject) => {
    let frames = 0;
    setTimeout(() => reject(new Error('the draft did not open in 30 s: ' + JSON.stringify({ frames, shown: !!shown(), editor: !!document.querySelector('[data-testid="plan-editor"]'), visibility: document.visibilityState, dialogs: [...document.querySelectorAll('[data-testid^="dialog-"]')].map((d) => d.getAttribute('data-testid')), okConnected: ok.isConnected, text: document.body.innerText.slice(-400) }))), 30000);
    const ok = document.querySelector('[data-testid="file-ok"]');
    const shown = () => document.querySelector('[data-testid="plan-editor"]') && document.querySelector('[data-testid="preview-page-1"]');
    const t0 = performance.now();
    const afterPaint = () => {
      // Held by window until the message arrives: an unreferenced MessageChannel can be garbage
      // collected with its message still queued, and the measurement would never end.
      const channel = (window.__khChannel = new MessageChannel());
      channel.port1.onmessage = () => resolve(performance.now() - t0);
      channel.port2.postMessage(null);
    };
    const tick = () => {
      frames += 1;
      if (shown()) afterPaint();
      else requestAnimationFrame(tick);
    };
    ok.click();
    requestAnimationFrame(tick);
  })`);
  // Let pagination of the whole plan settle before typing (the preview is deferred work).
  await page.waitForTimeout(1500);
  // preview-page-<n> are the pages; preview-page-number (the number printed on a page) shares the prefix.
  const previewPages = await page.locator('[data-testid^="preview-page-"]:not([data-testid="preview-page-number"])').count();
  return { openMs, previewPages };
}

/**
 * Keystroke-to-screen latency, one sample per character: from the input event's timestamp (when
 * Chromium created the event for the CDP `Input.insertText`) to just after the first frame in which
 * the character is in the editor's DOM (MutationObserver → requestAnimationFrame → posted message).
 */
export async function measureKeystrokes(page: Page, cdp: CDPSession, editableTestId: string, count: number): Promise<number[]> {
  // Only bodies near the screen are live editors: scroll the section's body there first.
  await page.getByTestId(editableTestId.replace(/-editable$/, '')).scrollIntoViewIfNeeded();
  const editable = page.getByTestId(editableTestId);
  await editable.click();
  await page.keyboard.press('Control+End');
  const samples: number[] = [];
  let typed = '';
  for (let i = 0; i < count; i += 1) {
    const ch = TEXT[i % TEXT.length]!;
    typed += ch;
    await page.evaluate(`(() => {
      const el = document.querySelector('[data-testid="${editableTestId}"]');
      const expected = ${JSON.stringify(typed.slice(-12))};
      window.__khLatency = new Promise((resolve) => {
        let t0 = -1;
        document.addEventListener('beforeinput', (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
        const has = () => (el.textContent || '').replace(/[\uFEFF\u200B]/g, '').endsWith(expected);
        const observer = new MutationObserver(() => {
          if (!has()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = (window.__khChannel = new MessageChannel()); // kept alive, see openDraftTimed
            channel.port1.onmessage = () => resolve(performance.now() - t0);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(el, { childList: true, characterData: true, subtree: true });
      });
    })()`);
    await cdp.send('Input.insertText', { text: ch });
    samples.push(await page.evaluate<number>('window.__khLatency'));
    await page.waitForTimeout(GAP_MS);
  }
  const text = ((await editable.textContent()) ?? '').replace(/[\uFEFF\u200B]/g, '');
  if (!text.endsWith(typed.slice(-20))) throw new Error(`typed text did not arrive in ${editableTestId}: …${text.slice(-40)}`);
  return samples;
}

/**
 * The browser-mode server and Chromium, then for each size a bench plan saved as a draft and
 * opened through the UI (timed, openDraftTimed) in a fresh page, `measure` run on it, the page
 * closed; everything stopped and removed after, even on failure. The editor and preview suites.
 */
export async function forEachOpenedBenchPlan<T>(
  prefix: string,
  sizes: number[],
  measure: (opened: AppPage & { plan: Plan; pages: number; openMs: number; previewPages: number }) => Promise<T>,
): Promise<T[]> {
  const dataDir = makeDataDir(`kehoach-${prefix}-`);
  const server = await startRestartableServer(dataDir);
  const browser = await launchChromium();
  const rows: T[] = [];
  try {
    for (const pages of sizes) {
      const plan = makeBenchPlan(pages);
      const fileName = `${prefix}-${pages}`;
      writeFileSync(path.join(dataDir, `${fileName}.kehoach`), serializeDraft(plan));
      const app = await openApp(browser, server.url);
      const opened = await openDraftTimed(app.page, fileName);
      rows.push(await measure({ ...app, plan, pages, ...opened }));
      await app.page.context().close();
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}
