// Builds the harness and screenshots it with Debian's Chromium:
//   node test/tools/preview-harness/shoot.mjs /tmp/preview-shots
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = process.argv[2] ?? '/tmp/preview-shots';
mkdirSync(out, { recursive: true });
await build({ entryPoints: [`${here}/main.tsx`], bundle: true, outfile: `${out}/main.js`, jsx: 'automatic', format: 'iife', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'warning' });
const { copyFileSync } = await import('node:fs');
copyFileSync(`${here}/index.html`, `${out}/index.html`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
const report = {};
for (const q of ['', 'plan=thanh-xuan', 'long=1']) {
  await page.goto(`file://${out}/index.html?${q}`);
  await page.waitForSelector('[data-testid="preview-page-1"]');
  await page.waitForTimeout(300);
  const pages = await page.locator('[data-testid^="preview-page-"]:not([data-testid="preview-page-number"])').count();
  const name = q.replace(/[=&]/g, '-') || 'an-lao';
  report[name] = { pages, font: await page.evaluate(() => document.fonts.check('14pt "Times New Roman"') ? 'Times New Roman' : 'fallback') };
  for (let i = 1; i <= pages; i++) await page.locator(`[data-testid="preview-page-${i}"]`).screenshot({ path: `${out}/${name}-p${i}.png` });
}
console.log(JSON.stringify(report));
await browser.close();
