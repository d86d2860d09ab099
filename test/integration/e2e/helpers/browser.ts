import { type Browser, type CDPSession, type Page, chromium } from 'playwright-core';

/** Debian's Chromium, headless, with nothing reaching the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface AppPage {
  page: Page;
  cdp: CDPSession;
  /** Uncaught page errors and console errors: a clerk would see a broken screen. */
  errors: string[];
}

/** A fresh page (own context, so no state leaks between scenarios), by default wide enough for outline | editor | preview. */
export async function openApp(browser: Browser, url: string, viewport = { width: 1600, height: 1000 }): Promise<AppPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'vi-VN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // Resource failures are logged by URL below; the console's copy of them names no URL.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.goto(url);
  try {
    await page.getByTestId('start-screen').waitFor({ timeout: 15_000 });
  } catch (err) {
    const shown = await page.locator('body').innerText().catch(() => '');
    throw new Error(`start screen not shown at ${url}; page shows: ${shown.slice(0, 400)}; errors: ${errors.join(' | ')}`, { cause: err });
  }
  const cdp = await context.newCDPSession(page);
  return { page, cdp, errors };
}

export const tid = (page: Page, id: string) => page.getByTestId(id);

/** The access key of a browser-mode run, from the address the server printed (`…/#k=<key>`). */
export function accessKeyOf(url: string): string {
  return decodeURIComponent(new URL(url).hash.replace(/^#k=/, ''));
}
