import type { Page } from 'playwright-core';
import { caretToEnd, visible } from '../test/integration/e2e/helpers/app-actions';
import { benchTypingSectionId } from '../test/helpers/long-plan';
import { forEachOpenedBenchPlan } from './editor-measure';
import { median, percentile, round } from './stats';

/**
 * Preview suite of `npm run bench`: keystroke → A4 preview showing the typed letter, in Debian's
 * Chromium against the built browser-mode server, for a 60- and a 300-page plan opened through the
 * UI (as bench/editor-bench.ts does).
 *
 * The clerk's view: the caret at the end of the last paragraph of a section in the middle of the
 * plan (just below its 20-row table), and the preview scrolled so the page showing that paragraph is
 * in view. Each edit is one real key (keydown/keypress/input/keyup) of a marker word no plan holds,
 * typed after the preview has caught up with the previous one and a short pause, i.e. the last key
 * before the clerk stops to look. The figure runs from the keydown event's timestamp to just after
 * the first frame in which that paragraph, on the preview's pages (not the hidden measurer), holds
 * everything typed so far (MutationObserver on the pages → requestAnimationFrame → posted message).
 *
 * It includes the preview's deliberate settle delay: it follows the plan only after typing has paused
 * for 300 ms (SETTLE_MS in renderer/preview/A4Preview.tsx, useSettledValue.ts); then the whole plan is
 * laid out again (layoutPlan), the changed block measured in the hidden measurer, the next step waits for
 * idle time (whenIdle, at most 100 ms), and the pages are paginated and drawn. It also includes the
 * one-frame hand-over of typed text to the plan store (renderer pending-edits). No target is stated.
 * In headless Chromium that idle callback often comes only at its 100 ms timeout (nothing else asks
 * for frames then), which makes the figures bimodal: about 100 ms of a sample can be that wait.
 */
export interface PreviewBenchRow {
  pages: number;
  /** Preview pages of the plan (A4 pages, appendix excluded). */
  previewPages: number;
  /** The preview page showing the paragraph typed into. */
  previewPage: number;
  edits: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  minMs: number;
}

export interface PreviewBenchResult {
  rows: PreviewBenchRow[];
  /** The preview's settle delay, included in every figure. */
  settleMs: number;
}

const SETTLE_MS = 300;
/** One key an edit; only its first letter must be new to the plan (each check holds the whole prefix). */
const MARKER = 'Zqjxwfkzqjxwfkzqjxwf';
/** After the preview has shown an edit, the clerk reads for a moment before the next key. */
const PAUSE_MS = 400;
const TIMEOUT_MS = 15_000;

const pagesSelector = '[data-testid^="preview-page-"]:not([data-testid="preview-page-number"])';

/** The preview's copy of the section's last text paragraph (not a table cell), scrolled to the middle of the preview; returns its page number. */
async function revealInPreview(page: Page, sectionId: string): Promise<number> {
  const total = await page.locator(`[data-testid="a4-preview"] .kh-a4-pages > ${pagesSelector}`).count();
  const find = `[...document.querySelectorAll('[data-testid="a4-preview"] .kh-a4-pages p[data-source-id="${sectionId}"]')].filter((p) => !p.closest('table')).at(-1)`;
  // Pages far from the visible part are empty sheets: scroll there (middle of the plan first) until it is drawn.
  const candidates = [Math.ceil(total / 2), ...Array.from({ length: Math.ceil(total / 10) }, (_, i) => 1 + i * 10)];
  for (const n of candidates) {
    await page.evaluate(`(() => {
      const scroller = document.querySelector('[data-testid="a4-preview"]');
      const target = document.querySelector('[data-testid="preview-page-${n}"]');
      scroller.scrollTop += target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    })()`);
    // Polled from here: waitForFunction with source text evals it in the page, which the app's CSP refuses.
    let found = false;
    for (let tries = 0; tries < 20 && !found; tries += 1) {
      found = await page.evaluate<boolean>(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(!!(${find})))))`);
    }
    if (!found) continue;
    return page.evaluate<number>(`new Promise((resolve) => {
      const scroller = document.querySelector('[data-testid="a4-preview"]');
      const para = ${find};
      // The paragraph's end (a paragraph split across pages is drawn whole and clipped on each) in the middle of the view.
      const end = Math.min(para.getBoundingClientRect().bottom, para.closest('.kh-a4-page').getBoundingClientRect().bottom);
      const view = scroller.getBoundingClientRect();
      scroller.scrollTop += end - view.top - scroller.clientHeight / 2;
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const p = ${find};
        resolve(Number(p.closest('[data-testid^="preview-page-"]').getAttribute('data-testid').slice('preview-page-'.length)));
      }));
    })`);
  }
  throw new Error(`no preview paragraph of section ${sectionId} on any of ${total} pages`);
}

/** Whether the paragraph's end (where the clerk types) is within the visible part of the preview (else where it is). */
async function paragraphEndInView(page: Page, sectionId: string): Promise<true | string> {
  return page.evaluate<true | string>(`(() => {
    const scroller = document.querySelector('[data-testid="a4-preview"]');
    const paras = [...document.querySelectorAll('[data-testid="a4-preview"] .kh-a4-pages p[data-source-id="${sectionId}"]')].filter((p) => !p.closest('table'));
    const para = paras.at(-1);
    if (!para) return 'not drawn';
    const view = scroller.getBoundingClientRect();
    const bottom = Math.min(para.getBoundingClientRect().bottom, para.closest('.kh-a4-page').getBoundingClientRect().bottom);
    return (bottom > view.top && bottom <= view.bottom + 1) || JSON.stringify({ bottom, top: view.top, viewBottom: view.bottom, scrollTop: scroller.scrollTop });
  })()`);
}

/** One sample an edit: keydown → first frame with the prefix typed so far in the preview paragraph. */
async function measurePreviewEdits(page: Page, sectionId: string, edits: number): Promise<number[]> {
  if (edits > MARKER.length) throw new Error(`at most ${MARKER.length} edits: one letter of the marker each`);
  const samples: number[] = [];
  for (let i = 0; i < edits; i += 1) {
    const ch = MARKER[i]!;
    const expected = MARKER.slice(0, i + 1);
    await page.evaluate(`(() => {
      const pages = document.querySelector('[data-testid="a4-preview"] .kh-a4-pages');
      const expected = ${JSON.stringify(expected)};
      const norm = (s) => (s || '').replace(/[\\uFEFF\\u200B]/g, '').replace(/\\s+/g, ' ');
      const has = () => [...pages.querySelectorAll('p[data-source-id="${sectionId}"]')].some((p) => !p.closest('table') && norm(p.textContent).includes(expected));
      window.__khPreview = new Promise((resolve, reject) => {
        let t0 = -1;
        window.addEventListener('keydown', (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
        const timer = setTimeout(() => { observer.disconnect(); reject(new Error('the preview did not show ' + expected + ' in ${TIMEOUT_MS} ms')); }, ${TIMEOUT_MS});
        const observer = new MutationObserver(() => {
          if (t0 < 0 || !has()) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => {
            const channel = (window.__khChannel = new MessageChannel()); // kept alive, see openDraftTimed
            channel.port1.onmessage = () => resolve(performance.now() - t0);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(pages, { childList: true, characterData: true, subtree: true });
      });
    })()`);
    await page.keyboard.type(ch);
    samples.push(await page.evaluate<number>('window.__khPreview'));
    await page.waitForTimeout(PAUSE_MS);
  }
  return samples;
}

export async function runPreviewBench(_root: string, sizes: number[] = [60, 300], edits = 20): Promise<PreviewBenchResult> {
  const rows = await forEachOpenedBenchPlan('preview', sizes, async ({ page, errors, plan, pages }): Promise<PreviewBenchRow> => {
    await page.locator('[data-testid="a4-preview"][data-complete]').waitFor({ timeout: 30_000 });
    const previewPages = await page.locator(`[data-testid="a4-preview"] .kh-a4-pages > ${pagesSelector}`).count();
    const middle = benchTypingSectionId(plan);
    const editable = `section-body-${middle}-editable`;
    // The caret at the paragraph's end in the editor, then the preview scrolled to show it.
    await caretToEnd(page, editable);
    const previewPage = await revealInPreview(page, middle);
    const inView = await paragraphEndInView(page, middle);
    if (inView !== true) throw new Error(`the preview paragraph typed into is not in view: ${inView}`);
    const samples = await measurePreviewEdits(page, middle, edits);
    // What the clerk typed is in the editor, and the preview still shows that paragraph's end.
    const typed = MARKER.slice(0, edits);
    if (!visible((await page.getByTestId(editable).textContent()) ?? '').includes(typed)) throw new Error(`the marker ${typed} is not in ${editable}`);
    const stillInView = await paragraphEndInView(page, middle);
    if (stillInView !== true) throw new Error(`the preview paragraph typed into scrolled out of view while typing: ${stillInView}`);
    if (errors.length > 0) throw new Error(`page errors while typing: ${errors.join(' | ')}`);
    return {
      pages,
      previewPages,
      previewPage,
      edits: samples.length,
      medianMs: round(median(samples)),
      p95Ms: round(percentile(samples, 95)),
      maxMs: round(Math.max(...samples)),
      minMs: round(Math.min(...samples)),
    };
  });
  return { rows, settleMs: SETTLE_MS };
}

export function printPreviewBench(result: PreviewBenchResult): void {
  console.log(`\nA4 preview in Chromium, browser mode (key → preview page showing the letter; includes the ${result.settleMs} ms settle delay)`);
  console.table(
    result.rows.map((r) => ({
      pages: r.pages,
      'preview pages': r.previewPages,
      'typed on page': r.previewPage,
      edits: r.edits,
      'median ms': r.medianMs,
      'p95 ms': r.p95Ms,
      'max ms': r.maxMs,
      'min ms': r.minMs,
    })),
  );
}
