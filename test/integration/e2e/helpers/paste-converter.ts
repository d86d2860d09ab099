import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import type { BlockElement } from '../../../../core/model/inline';

/**
 * The clipboard conversion (renderer/editor/paste/html-to-blocks.ts) bundled into a blank page of
 * Chromium: it parses with the browser's own parser and DOMPurify, so it is tested where it runs
 * (the unit project has no DOM).
 */
export interface PasteConverter {
  /** The page the conversion runs in (to check that nothing pasted ran there). */
  page: Page;
  htmlToBlocks(html: string): Promise<BlockElement[]>;
  clipboardToBlocks(html: string, plain: string): Promise<BlockElement[]>;
}

export async function openPasteConverter(browser: Browser): Promise<PasteConverter> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../../../../renderer/editor/paste/html-to-blocks.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'paste',
    target: 'chrome110',
  });
  const page: Page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><title>paste</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  type Paste = { paste: { htmlToBlocks(x: string): BlockElement[]; clipboardToBlocks(x: string, y: string): BlockElement[] } };
  return {
    page,
    htmlToBlocks: (html) => page.evaluate((h) => (globalThis as unknown as Paste).paste.htmlToBlocks(h), html),
    clipboardToBlocks: (html, plain) => page.evaluate(([h, p]) => (globalThis as unknown as Paste).paste.clipboardToBlocks(h!, p!), [html, plain]),
  };
}
