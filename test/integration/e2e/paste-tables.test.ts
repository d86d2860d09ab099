import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlockElement, TableElement } from '../../../core/model/inline';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { caretToEnd, openDraftByName, seedExampleDraft, waitForPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';
import { type PasteConverter, openPasteConverter } from './helpers/paste-converter';

/**
 * A table pasted from Word or a web page becomes a table (not one line per cell): the conversion
 * in Chromium (renderer/editor/paste/html-to-blocks.ts bundled into a blank page), then a real
 * paste in the app.
 */
let browser: Browser;
let converter: PasteConverter;
let server: StartedWebServer;

beforeAll(async () => {
  browser = await launchChromium();
  converter = await openPasteConverter(browser);
  server = await startWebServer();
  seedExampleDraft(server.dataDir, 'an-lao');
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

const htmlToBlocks = (html: string): Promise<BlockElement[]> => converter.htmlToBlocks(html);
const NFC = (s: string) => s.normalize('NFC');

// What Word puts on the clipboard for a 3-column table whose first header cell spans two rows
// and whose "Thời gian" header spans two columns (widths in pt, a paragraph before it).
const WORD_TABLE = `<html><body><!--StartFragment-->
<p class=MsoNormal><span lang=VI>Bảng phân công:</span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
 <tr><td width=200 rowspan=2 style='width:150.0pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Nội dung</b></p></td>
  <td colspan=2 style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center><b>Thời gian</b></p></td></tr>
 <tr><td style='width:75.0pt'><p class=MsoNormal>Bắt đầu</p></td><td style='width:75.0pt'><p class=MsoNormal>Kết thúc</p></td></tr>
 <tr><td style='width:150.0pt'><p class=MsoNormal>Tuyên truyền${' Chỉ thị'.normalize('NFD')}</p><p class=MsoNormal>đến chi bộ</p></td><td><p>Quý I</p></td><td><p>Quý II</p></td></tr>
</table>
<p class=MsoNormal>Sau bảng.</p>
<!--EndFragment--></body></html>`;

describe('pasted tables', () => {
  it('a Word table becomes a table: cells, merges, widths and the paragraphs around it', async () => {
    const blocks = await htmlToBlocks(WORD_TABLE);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const t = blocks[1] as TableElement;
    expect(t.rows).toEqual([
      ['Nội dung', 'Thời gian', ''],
      ['', 'Bắt đầu', 'Kết thúc'],
      [NFC('Tuyên truyền Chỉ thị\nđến chi bộ'), 'Quý I', 'Quý II'],
    ]);
    expect(t.merges).toEqual(expect.arrayContaining([{ row: 0, col: 0, rowSpan: 2, colSpan: 1 }, { row: 0, col: 1, rowSpan: 1, colSpan: 2 }]));
    expect(t.widths).toEqual([150, 75, 75]);
    expect(t.rows.flat().every((v) => v === v.normalize('NFC'))).toBe(true);
  });

  it('a web table with <thead> keeps its header rows; a one-column layout table stays text', async () => {
    const web = await htmlToBlocks('<table><thead><tr><th>STT</th><th>Đơn vị</th></tr></thead><tbody><tr><td>1</td><td>Công an Phường</td></tr></tbody></table>');
    expect(web).toHaveLength(1);
    expect((web[0] as TableElement).headerRows).toBe(1);
    expect((web[0] as TableElement).rows).toEqual([['STT', NFC('Đơn vị')], ['1', NFC('Công an Phường')]]);
    const layout = await htmlToBlocks('<table><tr><td><p>Đoạn một</p><p>Đoạn hai</p></td></tr></table>');
    expect(layout.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('pasted in the app, the table appears in the editor and the preview', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'an-lao');
    const body = 'section-body-an-lao-ct32-2.2-editable';
    await caretToEnd(page, body);
    await page.keyboard.press('Enter');
    await page.getByTestId(body).evaluate((el, h) => {
      const data = new DataTransfer();
      data.setData('text/html', h);
      data.setData('text/plain', 'Nội dung\tThời gian');
      el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
    }, WORD_TABLE);
    const cells = page.locator(`[data-testid="${body}"] [data-testid="editor-table"] textarea`);
    await expect.poll(() => cells.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).toContain('Kết thúc');
    await waitForPreview(page, (ps) => ps.some((p) => p.kind === 'table' && p.text.includes('Kết thúc')), 15_000);
    const previewCells = await page.locator('[data-testid="a4-preview"] [data-testid="preview-table"] tr:not([data-repeat]) td').allTextContents();
    expect(previewCells).toEqual(['Nội dung', 'Thời gian', 'Bắt đầu', 'Kết thúc', NFC('Tuyên truyền Chỉ thịđến chi bộ'), 'Quý I', 'Quý II']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
