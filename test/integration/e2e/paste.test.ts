import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlockElement } from '../../../core/model/inline';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { caretToEnd, editorText, openDraftByName, seedExampleDraft, waitForPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';
import { type PasteConverter, openPasteConverter } from './helpers/paste-converter';

/**
 * Paste from Word, Google Docs and web pages. The clipboard HTML is parsed by the browser's own
 * parser (through DOMPurify), so the conversion is tested where it runs: in Chromium. First the
 * conversion alone (renderer/editor/paste/html-to-blocks.ts bundled into a blank page), then a real
 * paste event in the app.
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
const clipboardToBlocks = (html: string, plain: string): Promise<BlockElement[]> => converter.clipboardToBlocks(html, plain);
const textOf = (b: BlockElement) => b.children.map((c) => ('text' in c ? c.text : '')).join('');
const plain = (blocks: BlockElement[]) => blocks.map((b) => (b.type === 'bullet' ? `${b.marker} ` : '') + textOf(b));

// What Word 2010–2019 puts on the clipboard for a bold heading, a "-" item and a body line.
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {font-family:"Times New Roman"} --></style></head>
<body lang=EN-US><!--StartFragment-->
<p class=MsoNormal style='text-indent:1.0cm'><b><span lang=VI style='font-size:14.0pt;color:red'>1. Mục đích, yêu cầu<o:p></o:p></span></b></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=VI>Tăng cường công tác giáo dục <i>chính trị</i> tư tưởng</span></p>
<p class=MsoNormal><span style='font-family:"Arial"'>Hằng năm, 100% cấp uỷ &amp; trường học</span></p>
<!--EndFragment--></body></html>`;

describe('clipboard HTML → paragraphs and bullets (in Chromium)', () => {
  it('Word: keeps words, bold and italic, bullets; drops fonts, colours and sizes', async () => {
    const blocks = await htmlToBlocks(WORD_HTML);
    expect(plain(blocks)).toEqual(['1. Mục đích, yêu cầu', '- Tăng cường công tác giáo dục chính trị tư tưởng', 'Hằng năm, 100% cấp uỷ & trường học']);
    expect(blocks[0]!.children).toEqual([{ text: '1. Mục đích, yêu cầu', bold: true }]);
    expect(blocks[1]).toEqual({
      type: 'bullet',
      marker: '-',
      children: [{ text: 'Tăng cường công tác giáo dục ' }, { text: 'chính trị', italic: true }, { text: ' tư tưởng' }],
    });
    // No attribute other than the three marks reaches the model.
    for (const b of blocks) for (const leaf of b.children) expect(Object.keys(leaf).every((k) => ['text', 'bold', 'italic', 'underline'].includes(k))).toBe(true);
  });

  it('Word: <b style="mso-bidi-font-weight:normal"> is bold (the property is Word\'s own, not font-weight)', async () => {
    const html = `<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><b style='mso-bidi-font-weight:normal'><span lang=VI style='font-size:14.0pt'>II. NỘI DUNG</span></b><span style='mso-bidi-font-style:normal'> và <i style='mso-bidi-font-style:normal'>nhiệm vụ</i></span></p>`;
    expect(await htmlToBlocks(html)).toEqual([
      { type: 'paragraph', children: [{ text: 'II. NỘI DUNG', bold: true }, { text: ' và ' }, { text: 'nhiệm vụ', italic: true }] },
    ]);
  });

  it('Google Docs and the web: list items become "-" bullets; font-weight:normal wrappers are honoured', async () => {
    const html = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><ul><li><span style="font-weight:700">Ủy ban Kiểm tra</span><span>: phối hợp</span></li><li>Công an Phường</li></ul><p><span style="text-decoration:underline">Nơi nhận</span></p></b>`;
    expect(await htmlToBlocks(html)).toEqual([
      { type: 'bullet', marker: '-', children: [{ text: 'Ủy ban Kiểm tra', bold: true }, { text: ': phối hợp' }] },
      { type: 'bullet', marker: '-', children: [{ text: 'Công an Phường' }] },
      { type: 'paragraph', children: [{ text: 'Nơi nhận', underline: true }] },
    ]);
  });

  it('ignores scripts, styles, comments and event handlers, and stores NFC', async () => {
    const html = `<script>window.ran = 1</script><style>p{}</style><!-- x --><img src=x onerror="window.ran = 2"><p onclick="window.ran = 3">${'Đảng bộ'.normalize('NFD')}</p>`;
    expect(plain(await htmlToBlocks(html))).toEqual(['Đảng bộ']);
    expect(await converter.page.evaluate(() => (window as unknown as { ran?: number }).ran)).toBeUndefined();
  });

  it('falls back to the plain text when the HTML has no text', async () => {
    expect(plain(await clipboardToBlocks('<img src="x.png">', 'Mục tiêu'))).toEqual(['Mục tiêu']);
  });
});

describe('pasting in the app', () => {
  it('a bold heading pasted from Word stays bold in the editor and the preview', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'an-lao');
    const body = 'section-body-an-lao-ct32-2.2-editable';
    await caretToEnd(page, body);
    await page.keyboard.press('Enter');
    const html = `<html><body><!--StartFragment--><p class=MsoNormal><b style='mso-bidi-font-weight:normal'><span lang=VI>Quán triệt sâu rộng</span></b><span lang=VI> trong toàn Đảng bộ<o:p></o:p></span></p><!--EndFragment--></body></html>`;
    await page.getByTestId(body).evaluate((el, h) => {
      const data = new DataTransfer();
      data.setData('text/html', h);
      data.setData('text/plain', 'Quán triệt sâu rộng trong toàn Đảng bộ');
      // What Chromium fires for Ctrl+V in a contenteditable (Slate reads the paste from it).
      el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
    }, html);
    expect(await editorText(page, body)).toContain('Quán triệt sâu rộng trong toàn Đảng bộ');
    expect(await page.getByTestId(body).locator('strong').allInnerTexts()).toEqual(['Quán triệt sâu rộng']);
    await waitForPreview(page, (ps) => ps.some((p) => p.text.includes('trong toàn Đảng bộ')));
    const boldInPreview = await page.locator('[data-testid="a4-preview"] [data-source-id="an-lao-ct32-2.2"] span').evaluateAll((spans) =>
      spans.filter((s) => Number(getComputedStyle(s).fontWeight) >= 700).map((s) => s.textContent),
    );
    expect(boldInPreview).toContain('Quán triệt sâu rộng');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
