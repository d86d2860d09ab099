import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseDraft } from '../../../core/draft/draft-file';
import { exportDocx } from '../../../core/docx/export-docx';
import { EXAMPLES_DIR, previewParas, waitForEditorAndPreview, waitForPreview } from './helpers/app-actions';
import { launchChromium, openApp, tid } from './helpers/browser';
import { type WebServer, makeDataDir, startRestartableServer } from './helpers/restartable-server';

/**
 * "Mở tệp Word…" in browser mode: a Word plan in the data folder opens in the editor as a new,
 * unsaved draft; what could not be recognised (here: the "Nơi nhận" heading was retyped as
 * "Gửi:") is listed to the clerk, and the plan is all there in the preview.
 */
const dataDir = makeDataDir('kehoach-open-word-');
let server: WebServer | undefined;
let browser: Browser;

beforeAll(async () => {
  const parsed = parseDraft(readFileSync(path.join(EXAMPLES_DIR, 'dong-da.kehoach'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const zip = await JSZip.loadAsync(await exportDocx(parsed.plan));
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace('>Nơi nhận<', '>Gửi<'));
  writeFileSync(path.join(dataDir, 'ke-hoach-dong-da.docx'), await zip.generateAsync({ type: 'uint8array' }));
  server = await startRestartableServer(dataDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

it('opens a Word plan as an unsaved draft and lists what it did not recognise', async () => {
  const { page, errors } = await openApp(browser, server!.url);
  await tid(page, 'start-open-docx').click();
  await tid(page, 'file-name').fill('ke-hoach-dong-da');
  await tid(page, 'file-ok').click();
  await tid(page, 'dialog-import-notes').waitFor();
  const notes = await tid(page, 'import-note').allInnerTexts();
  expect(notes.some((n) => n.includes('Nơi nhận') && n.includes('Gửi:'))).toBe(true);
  await tid(page, 'import-notes-ok').click();
  await waitForEditorAndPreview(page);
  const paras = await waitForPreview(page, (ps) => ps.some((p) => p.text.startsWith('III. TỔ CHỨC THỰC HIỆN')));
  const texts = paras.map((p) => p.text);
  expect(texts).toContain('ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA');
  expect(texts.some((t) => t.startsWith('Thực hiện Chương trình hành động số 05-CTr/TU ngày 12/01/2026'))).toBe(true);
  expect((await previewParas(page)).some((p) => p.text === 'Đinh Nguyên Mạnh')).toBe(true);
  expect(errors).toEqual([]);
});
