import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { ARTIFACTS_DIR, caretToEnd, editorText, openDraftByName, seedExampleDraft } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';

/**
 * Spell check while drafting, in browser mode (built app, Debian's Chromium). The An Lão plan is
 * moved to a Central Highlands district whose name is not a Kinh syllable (Krông Búk): the plan's
 * own names must never be flagged, a misspelt "trin" must.
 */
let server: StartedWebServer;
let browser: Browser;

const NFC = (s: string) => s.normalize('NFC');
const SECTION = 'an-lao-ct32-2.2';
const BODY = `section-body-${SECTION}-editable`;

beforeAll(async () => {
  server = await startWebServer();
  const file = seedExampleDraft(server.dataDir, 'an-lao', 'krong-buk');
  const draft = JSON.parse(readFileSync(file, 'utf8'));
  const plan = draft.plan ?? draft;
  plan.organisation = { ...plan.organisation, issuingBody: NFC('HUYỆN ỦY KRÔNG BÚK'), placeName: NFC('Krông Búk') };
  writeFileSync(file, JSON.stringify(draft));
  browser = await launchChromium();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

describe('spell check', () => {
  it('underlines "trin" but not the district\'s name; a suggestion fixes it as one undoable edit', async () => {
    const { page, cdp, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'krong-buk');
    await caretToEnd(page, BODY);
    await cdp.send('Input.insertText', { text: NFC(' Huyện ủy Krông Búk phát trin') });

    const body = page.getByTestId(BODY);
    const underlined = () => body.getByTestId('spell-error').allInnerTexts();
    await expect.poll(underlined, { timeout: 5000 }).toEqual(['trin']);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'spell-check-underline.png') });

    await body.getByTestId('spell-error').click({ button: 'right' });
    const menu = page.getByTestId('spell-menu');
    await menu.waitFor();
    const offered = await menu.getByTestId('spell-suggestion').allInnerTexts();
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThanOrEqual(5);
    expect(offered).toContain(NFC('triển'));
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'spell-check-menu.png') });

    await menu.getByTestId('spell-suggestion').filter({ hasText: NFC('triển') }).click();
    await expect.poll(() => editorText(page, BODY)).toMatch(new RegExp(`${NFC('Krông Búk phát triển')}$`));
    await expect.poll(underlined, { timeout: 5000 }).toEqual([]);

    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, BODY)).toMatch(new RegExp(`${NFC('Krông Búk phát trin')}$`));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('"Bỏ qua từ này" and the "Kiểm tra chính tả" toggle remove the underline', async () => {
    const { page, cdp, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'krong-buk');
    await caretToEnd(page, BODY);
    await cdp.send('Input.insertText', { text: NFC(' phát trin, hoạt độngg') });
    const body = page.getByTestId(BODY);
    const underlined = () => body.getByTestId('spell-error').allInnerTexts();
    await expect.poll(underlined, { timeout: 5000 }).toEqual(['trin', NFC('độngg')]);

    await body.getByTestId('spell-error').first().click({ button: 'right' });
    await page.getByTestId('spell-menu').getByTestId('spell-skip').click();
    await expect.poll(underlined).toEqual([NFC('độngg')]);

    await page.getByTestId('spell-toggle').uncheck();
    await expect.poll(underlined).toEqual([]);
    await page.getByTestId('spell-toggle').check();
    await expect.poll(underlined).toEqual([NFC('độngg')]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
