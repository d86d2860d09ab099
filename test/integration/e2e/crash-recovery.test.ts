import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caretToEnd, editorText, openDraftByName, seedExampleDraft, typeWithIme, waitForEditorAndPreview, waitForPreview } from './helpers/app-actions';
import { accessKeyOf, launchChromium, openApp } from './helpers/browser';
import { type WebServer, makeDataDir, startRestartableServer } from './helpers/restartable-server';

/**
 * Power cut in the middle of typing: the server is SIGKILLed after autosave had time to write the
 * recovery copy, started again on the same data folder, and the start screen offers the draft back.
 */
const dataDir = makeDataDir('kehoach-crash-');
let server: WebServer | undefined;
let browser: Browser;

beforeAll(async () => {
  seedExampleDraft(dataDir, 'an-lao');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const SECTION = 'an-lao-ct32-2.2';
const BODY = `section-body-${SECTION}-editable`;

/** The recovery copies in the data folder whose draft contains `text` (autosave has run). */
function recoveryHolding(text: string): string[] {
  const dir = path.join(dataDir, 'recovery');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => readFileSync(path.join(dir, name), 'utf8').includes(JSON.stringify(text).slice(1, -1)));
}

/** The clerk's setting "tự động lưu" at its shortest allowed interval (the default is 60 s). */
async function setAutosaveSeconds(url: string, seconds: number): Promise<void> {
  const res = await fetch(new URL('api/settings/update', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kehoach-Key': accessKeyOf(url) },
    body: JSON.stringify({ args: [{ autosaveSeconds: seconds }] }),
  });
  const result = (await res.json()) as { ok: boolean; error?: string };
  if (!result.ok) throw new Error(`settings.update refused: ${result.error}`);
}

it('after a crash mid-typing, the restarted server offers the draft back with the autosaved text', async () => {
  server = await startRestartableServer(dataDir);
  await setAutosaveSeconds(server.url, 10);
  const first = await openApp(browser, server.url);
  const { page, cdp } = first;
  await openDraftByName(page, 'an-lao');
  await caretToEnd(page, BODY);
  const typed = ' Giữ lại sau sự cố'.normalize('NFC');
  await typeWithIme(cdp, [' Giữ', ' Giữ lại', ' Giữ lại sau', ' Giữ lại sau sự', typed]);
  // The words went where the clerk clicked: at the end of the section's text.
  expect((await editorText(page, BODY)).slice(-200)).toContain(`định hướng cho học sinh.${typed}`);

  // Autosave runs every 10 s: wait until its copy on disk holds what was typed.
  await expect.poll(() => recoveryHolding(typed).length, { timeout: 30_000, interval: 250 }).toBeGreaterThan(0);

  // Still typing when the power goes: the server dies without any chance to clean up.
  await cdp.send('Input.insertText', { text: ' và' });
  await server.stop('SIGKILL');
  await first.page.context().close();

  server = await startRestartableServer(dataDir);
  const second = await openApp(browser, server.url);
  const offer = second.page.getByTestId('recovery');
  await offer.waitFor();
  const items = second.page.getByTestId('recovery-item');
  expect(await items.count()).toBe(1);
  const label = await items.first().innerText();
  expect(label).toContain('Kế hoạch thực hiện Chỉ thị 32-CT/TU');
  expect(label).toContain('an-lao.kehoach');

  await items.first().getByTestId('recovery-restore').click();
  await waitForEditorAndPreview(second.page);
  const restoredText = await editorText(second.page, BODY);
  expect(restoredText.slice(-200)).toContain(`định hướng cho học sinh.${typed}`);
  const paras = await waitForPreview(second.page, (ps) => ps.some((p) => p.source === SECTION && p.text.includes(typed.trim())));
  expect(paras.some((p) => p.source === SECTION && p.text.includes(`cho học sinh.${typed}`))).toBe(true);
  // Restored work is not saved yet: the title says so, so the clerk knows to save it.
  expect(await second.page.getByTestId('doc-dirty').count()).toBe(1);
  expect(second.errors).toEqual([]);
  await second.page.context().close();
});
