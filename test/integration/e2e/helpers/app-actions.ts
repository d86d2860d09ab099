import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { CDPSession, Page } from 'playwright-core';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../..');
export const EXAMPLES_DIR = path.join(ROOT, 'docs/examples');
export const ARTIFACTS_DIR = path.join(ROOT, 'test/artifacts');

/** Puts one of the three real plans (docs/examples/<name>.kehoach) into the server's data folder. */
export function seedExampleDraft(dataDir: string, name: 'an-lao' | 'dong-da' | 'thanh-xuan', asName: string = name): string {
  const target = path.join(dataDir, `${asName}.kehoach`);
  copyFileSync(path.join(EXAMPLES_DIR, `${name}.kehoach`), target);
  return target;
}

/** Start screen → "Mở tệp nháp…" → type the file name in the in-app dialog (browser mode has no native one). */
export async function openDraftByName(page: Page, fileName: string): Promise<void> {
  await page.getByTestId('start-open').click();
  await page.getByTestId('file-name').fill(fileName);
  await page.getByTestId('file-ok').click();
  await waitForEditorAndPreview(page);
}

export async function waitForEditorAndPreview(page: Page): Promise<void> {
  // Opened and settled: the app has put the caret at the start of the text (or left it to the clerk)
  // and will not move the caret or the view by itself any more.
  await page.locator('[data-testid="plan-editor"][data-caret-settled]').waitFor();
  await page.getByTestId('preview-page-1').waitFor();
}

/** Text as the clerk reads it: Slate's zero-width placeholders (FEFF) around inline chips removed. */
export const visible = (s: string): string => s.replace(/[\uFEFF\u200B]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Scrolls a section body into view, as a clerk does before clicking it: only bodies on or near
 * the screen are live editors (`…-editable`); the others are drawn statically until then.
 */
export async function revealEditor(page: Page, editableTestId: string): Promise<void> {
  const container = editableTestId.replace(/-editable$/, '');
  if (container === editableTestId) return;
  await page.getByTestId(container).scrollIntoViewIfNeeded();
  await page.getByTestId(editableTestId).waitFor();
}

export async function editorText(page: Page, testId: string): Promise<string> {
  await revealEditor(page, testId);
  return visible(await page.getByTestId(testId).innerText());
}

/** Preview paragraphs (data-kind, data-source-id, text); a paragraph split across pages appears once. */
export async function previewParas(page: Page): Promise<Array<{ kind: string; source: string | null; text: string }>> {
  const all = await page.locator('[data-testid="a4-preview"] [data-kind]').evaluateAll((els) =>
    els.map((e) => ({ kind: e.getAttribute('data-kind') ?? '', source: e.getAttribute('data-source-id'), text: e.textContent ?? '' })),
  );
  const seen = new Set<string>();
  return all
    .map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ').trim() }))
    .filter((p) => {
      const key = `${p.kind}|${p.source}|${p.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Waits (the preview renders a deferred copy) until some preview paragraph satisfies `test`. */
export async function waitForPreview(page: Page, test: (paras: Array<{ kind: string; source: string | null; text: string }>) => boolean, timeoutMs = 10_000): Promise<Array<{ kind: string; source: string | null; text: string }>> {
  const end = Date.now() + timeoutMs;
  let paras = await previewParas(page);
  while (!test(paras)) {
    if (Date.now() > end) return paras;
    await page.waitForTimeout(100);
    paras = await previewParas(page);
  }
  return paras;
}

/** Puts the caret at the very end of an editable (click, then Ctrl+End). */
export async function caretToEnd(page: Page, editableTestId: string): Promise<void> {
  await revealEditor(page, editableTestId);
  await page.getByTestId(editableTestId).click();
  // As a clerk does, press the next key once the caret shows in the text: the editor has taken the
  // click (Slate syncs its selection on a timer after it sets the caret itself).
  await page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement) ?? false, editableTestId);
  await settled(page);
  await page.keyboard.press('Control+End');
  await page.waitForFunction((id) => {
    const el = document.querySelector(`[data-testid="${id}"]`);
    const sel = document.getSelection();
    if (!el || !sel || sel.rangeCount === 0 || !el.contains(sel.focusNode)) return false;
    const rest = document.createRange();
    rest.setStart(sel.focusNode!, sel.focusOffset);
    rest.setEnd(el, el.childNodes.length);
    return rest.toString().replace(/[\uFEFF\u200B\s]/g, '') === '';
  }, editableTestId);
  await settled(page);
}

/** The next frame has been drawn and the timers it queued have run: the editor is idle again. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/**
 * A Vietnamese IME (ibus-bamboo, Windows' Telex with composition): the word is built up in a
 * composition (`Input.imeSetComposition`) and committed with `Input.insertText`.
 */
export async function typeWithIme(cdp: CDPSession, steps: string[]): Promise<void> {
  for (const step of steps) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await cdp.send('Input.insertText', { text: steps.at(-1)! });
}

/**
 * Unikey's default "backspace" method: every key goes in as a plain character; when a later key
 * changes an earlier letter (e + e → ê, ê + j → ệ) Unikey sends Backspace then the new letter.
 * `keys` items are either text to insert or '\b' for one Backspace.
 */
export async function typeLikeUnikey(page: Page, cdp: CDPSession, keys: string[]): Promise<void> {
  for (const key of keys) {
    if (key === '\b') await page.keyboard.press('Backspace');
    else await cdp.send('Input.insertText', { text: key });
  }
}

/** Unikey keys for "Việt Nam" typed in Telex: V i e e(→ê) t j(→ệ after the t: Unikey re-sends "ệt"). */
export const UNIKEY_VIET_NAM = ['V', 'i', 'e', '\b', 'ê', 't', '\b', '\b', 'ệ', 't', ' ', 'N', 'a', 'm'];

/**
 * The text of word/document.xml, paragraph by paragraph, as a reader sees it: w:t runs joined, a
 * non-breaking hyphen read as "-", a line break chosen by the layout (balanced summary lines) as a space.
 */
export async function docxParagraphs(bytes: Uint8Array | Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paras = xml.split(/<w:p[ >]/).slice(1);
  return paras
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>|<w:br\/>/g)].map((m) => (m[0].startsWith('<w:noBreakHyphen') ? '-' : m[0].startsWith('<w:br') ? ' ' : m[1]!)).join(''))
    .map((t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
    .filter((t) => t.trim() !== '');
}

export const readBytes = (file: string): Buffer => readFileSync(file);
