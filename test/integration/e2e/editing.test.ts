import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import {
  ARTIFACTS_DIR, UNIKEY_VIET_NAM, caretToEnd, docxParagraphs, editorText, openDraftByName, previewParas, readBytes,
  seedExampleDraft, typeLikeUnikey, typeWithIme, waitForEditorAndPreview, waitForPreview,
} from './helpers/app-actions';
import { type AppPage, accessKeyOf, launchChromium, openApp } from './helpers/browser';

/**
 * A clerk's session on the real An Lão plan (docs/examples/an-lao.kehoach, built from the signed
 * PDF in /work/shared/examples): Vietnamese typing, live references, section structure, save and
 * reload, DOCX export. Browser mode, built app (`npm run build`), Debian's Chromium.
 */
let server: StartedWebServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer();
  seedExampleDraft(server.dataDir, 'an-lao');
  // The save scenario overwrites its own copy, so the other scenarios keep the original text.
  seedExampleDraft(server.dataDir, 'an-lao', 'an-lao-luu');
  browser = await launchChromium();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

async function openAnLao(fileName = 'an-lao'): Promise<AppPage> {
  const app = await openApp(browser, server.url);
  await openDraftByName(app.page, fileName);
  return app;
}

const NFC = (s: string) => s.normalize('NFC');
// Section II.2 of the An Lão plan: one paragraph ending "… để định hướng cho học sinh."
const SECTION = 'an-lao-ct32-2.2';
const BODY = `section-body-${SECTION}-editable`;

describe('Vietnamese input', () => {
  it('types "Việt Nam" through IME composition, stored NFC, in the editor and the preview', async () => {
    const { page, cdp, errors } = await openAnLao();
    await caretToEnd(page, BODY);
    await cdp.send('Input.insertText', { text: ' ' });
    await typeWithIme(cdp, ['V', 'Vi', 'Vie', 'Việ', 'Việt']);
    await cdp.send('Input.insertText', { text: ' ' });
    await typeWithIme(cdp, ['N', 'Na', 'Nam']);

    const text = await editorText(page, BODY);
    expect(text.slice(-80)).toContain(NFC('định hướng cho học sinh. Việt Nam'));
    expect(text.endsWith(NFC('định hướng cho học sinh. Việt Nam'))).toBe(true);
    expect(text).toBe(text.normalize('NFC'));

    const paras = await waitForPreview(page, (ps) => ps.some((p) => p.source === SECTION && p.text.endsWith(NFC('Việt Nam'))));
    const para = paras.find((p) => p.source === SECTION && p.text.includes('không gian mạng'));
    expect(para?.text.endsWith(NFC('định hướng cho học sinh. Việt Nam'))).toBe(true);
    expect(para?.text).toBe(para?.text.normalize('NFC'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('types "Việt Nam" the Unikey way (Backspace and replace), also right after bold text', async () => {
    const { page, cdp, errors } = await openAnLao();
    await caretToEnd(page, BODY);
    await cdp.send('Input.insertText', { text: ' ' });
    await page.getByTestId('toolbar-bold').click();
    await cdp.send('Input.insertText', { text: NFC('Đảng') });
    await page.getByTestId('toolbar-bold').click();
    await typeLikeUnikey(page, cdp, [' ', ...UNIKEY_VIET_NAM]);

    const body = page.getByTestId(BODY);
    const text = await editorText(page, BODY);
    expect(text.endsWith(NFC('cho học sinh. Đảng Việt Nam'))).toBe(true);
    expect(text).toBe(text.normalize('NFC'));
    // Only "Đảng" is bold: the Backspace-and-replace after it did not eat or embolden letters.
    expect(await body.locator('strong').allInnerTexts()).toEqual([NFC('Đảng')]);

    const paras = await waitForPreview(page, (ps) => ps.some((p) => p.source === SECTION && p.text.endsWith(NFC('Việt Nam'))));
    expect(paras.find((p) => p.source === SECTION && p.text.includes('không gian mạng'))?.text.endsWith(NFC('học sinh. Đảng Việt Nam'))).toBe(true);
    // The preview prints the bold run bold, as the DOCX will.
    const boldInPreview = await page.locator(`[data-testid="a4-preview"] [data-source-id="${SECTION}"] span`).evaluateAll((spans) =>
      spans.filter((s) => Number(getComputedStyle(s).fontWeight) >= 700).map((s) => s.textContent),
    );
    expect(boldInPreview).toContain(NFC('Đảng'));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('live references', () => {
  it('editing the parent number and date in a chip changes every citation in the editor and the preview', async () => {
    const { page, errors } = await openAnLao();
    const chips = page.getByTestId('ref-chip');
    expect(await chips.first().innerText()).toContain('Chỉ thị số 32-CT/TU ngày 24/4/2024');

    await page.getByTestId('editor-summary').getByTestId('ref-chip').first().click();
    await page.getByTestId('ref-popover').waitFor();
    await page.getByTestId('ref-field-number').fill('33');
    await page.getByTestId('ref-field-date').fill('2024-05-15');
    await page.getByTestId('ref-popover-close').click();

    // Editor: summary, opening sentence, and the short citation in section I.1's second bullet.
    expect(await editorText(page, 'editor-summary')).toContain('thực hiện Chỉ thị số 33-CT/TU ngày 15/5/2024 của Ban Thường vụ Thành ủy về việc tăng cường');
    expect(await editorText(page, 'editor-preamble')).toContain('Thực hiện Chỉ thị số 33-CT/TU ngày 15/5/2024 của Ban Thường vụ Thành ủy');
    expect(await editorText(page, 'section-body-an-lao-ct32-1.1')).toContain('triển khai và thực hiện Chỉ thị số 33-CT/TU sâu rộng');
    const chipTexts = await chips.allInnerTexts();
    expect(chipTexts.join('\n')).not.toContain('32-CT/TU');
    expect(chipTexts.join('\n')).not.toContain('24/4/2024');

    // Preview, as printed.
    const paras = await waitForPreview(page, (ps) => ps.some((p) => p.kind === 'summary' && p.text.includes('33-CT/TU')));
    expect(paras.find((p) => p.kind === 'summary')?.text).toContain('thực hiện Chỉ thị số 33-CT/TU ngày 15/5/2024 của Ban Thường vụ Thành ủy');
    expect(paras.find((p) => p.kind === 'preamble')?.text).toContain('Thực hiện Chỉ thị số 33-CT/TU ngày 15/5/2024 của Ban Thường vụ Thành ủy');
    expect(paras.some((p) => p.source === 'an-lao-ct32-1.1' && p.text.includes('thực hiện Chỉ thị số 33-CT/TU sâu rộng'))).toBe(true);
    expect(paras.map((p) => p.text).join('\n')).not.toContain('32-CT/TU');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('sections', () => {
  const outlineNumbers = (page: AppPage['page']) =>
    page.getByTestId('outline-item').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-section-id')}=${r.querySelector('.outline-number')?.textContent ?? ''}`));
  const headingsOf = async (page: AppPage['page']) => (await previewParas(page)).filter((p) => p.kind === 'heading').map((p) => p.text);

  it('add, move and delete renumber the outline, the editor and the preview; undo brings a deleted section back', async () => {
    const { page, errors } = await openAnLao();
    const row = (id: string) => page.locator(`[data-testid="outline-item"][data-section-id="${id}"]`);

    // Add after III.4 a new unit, with a title.
    await row('an-lao-ct32-3.4').click();
    const before = new Set(await page.getByTestId('outline-item').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-section-id'))));
    await page.getByTestId('section-add').click();
    const after = await page.getByTestId('outline-item').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-section-id')));
    const added = after.find((id) => !before.has(id))!;
    expect(added).toBeTruthy();
    expect(after.indexOf(added)).toBe(after.indexOf('an-lao-ct32-3.4') + 1);
    await page.getByTestId(`section-title-${added}`).fill(NFC('Huyện đoàn An Lão'));
    expect(await page.getByTestId(`section-number-${added}`).innerText()).toBe('5.');
    expect(await waitForPreview(page, (ps) => ps.some((p) => p.text === NFC('5. Huyện đoàn An Lão'))).then((ps) => ps.some((p) => p.text === NFC('5. Huyện đoàn An Lão')))).toBe(true);

    // Move it up above "4. Cấp ủy, Hội đồng trường…": it becomes 4., that one 5.
    await row(added).click();
    await page.getByTestId('section-move-up').click();
    expect(await outlineNumbers(page)).toEqual(expect.arrayContaining([`${added}=4.`, 'an-lao-ct32-3.4=5.']));
    expect(await page.getByTestId(`section-number-${added}`).innerText()).toBe('4.');
    expect(await page.getByTestId('section-number-an-lao-ct32-3.4').innerText()).toBe('5.');
    await waitForPreview(page, (ps) => ps.some((p) => p.text === NFC('4. Huyện đoàn An Lão')));
    const headings = await headingsOf(page);
    expect(headings.indexOf(NFC('4. Huyện đoàn An Lão'))).toBeLessThan(headings.indexOf(NFC('5. Cấp ủy, Hội đồng trường, Ban Giám hiệu các trường học')));
    expect(headings.indexOf(NFC('4. Huyện đoàn An Lão'))).toBeGreaterThan(-1);

    // Delete II.1: the run-in numbers of II shift down by one, in the editor and the preview.
    await row('an-lao-ct32-2.1').click();
    await page.getByTestId('section-delete').click();
    await expect.poll(() => page.getByTestId('editor-section-an-lao-ct32-2.1').count()).toBe(0);
    expect(await page.getByTestId('section-number-an-lao-ct32-2.2').innerText()).toBe('1.');
    expect(await page.getByTestId('section-number-an-lao-ct32-2.5').innerText()).toBe('4.');
    let paras = await waitForPreview(page, (ps) => ps.some((p) => p.source === 'an-lao-ct32-2.2' && p.text.startsWith('1. Đổi mới')));
    expect(paras.some((p) => p.source === 'an-lao-ct32-2.2' && p.text.startsWith(NFC('1. Đổi mới, đa dạng hóa')))).toBe(true);
    expect(paras.some((p) => p.text.startsWith(NFC('1. Nâng cao nhận thức')))).toBe(false);

    // Undo (toolbar "Hoàn tác"): II.1 is back as 1., II.2 is 2. again.
    await page.getByTestId('cmd-undo').click();
    await page.getByTestId('editor-section-an-lao-ct32-2.1').waitFor();
    expect(await page.getByTestId('section-number-an-lao-ct32-2.2').innerText()).toBe('2.');
    paras = await waitForPreview(page, (ps) => ps.some((p) => p.text.startsWith(NFC('1. Nâng cao nhận thức'))));
    expect(paras.some((p) => p.source === 'an-lao-ct32-2.1' && p.text.startsWith(NFC('1. Nâng cao nhận thức, trách nhiệm')))).toBe(true);
    expect(paras.some((p) => p.source === 'an-lao-ct32-2.2' && p.text.startsWith(NFC('2. Đổi mới')))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('save, reload, export', () => {
  it('saves, and after a page reload the draft opens from the recent list with the same text', async () => {
    const { page, cdp, errors } = await openAnLao('an-lao-luu');
    await caretToEnd(page, BODY);
    await typeWithIme(cdp, [' Đ', ' Đã', ' Đã l', ' Đã lư', ' Đã lưu']);
    await page.getByTestId('cmd-save').click();
    await expect.poll(() => page.getByTestId('toast').innerText().catch(() => '')).toContain('Đã lưu an-lao-luu.kehoach');
    expect(await page.getByTestId('doc-dirty').count()).toBe(0);

    await page.reload();
    await page.getByTestId('start-screen').waitFor();
    await page.locator('[data-testid="recent-item"][title$="an-lao-luu.kehoach"]').click();
    await waitForEditorAndPreview(page);
    expect((await editorText(page, BODY)).endsWith(NFC('định hướng cho học sinh. Đã lưu'))).toBe(true);
    const paras = await waitForPreview(page, (ps) => ps.some((p) => p.source === SECTION && p.text.endsWith(NFC('Đã lưu'))));
    expect(paras.some((p) => p.source === SECTION && p.text.endsWith(NFC('cho học sinh. Đã lưu')))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports DOCX through the dialogs; the file holds the plan text; screenshots of start, editor and export dialog', async () => {
    const app = await openApp(browser, server.url);
    const { page, cdp, errors } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'e2e-start-screen.png') });
    await openDraftByName(page, 'an-lao');
    await caretToEnd(page, BODY);
    await typeLikeUnikey(page, cdp, [' ', ...UNIKEY_VIET_NAM]);
    await waitForPreview(page, (ps) => ps.some((p) => p.source === SECTION && p.text.endsWith(NFC('Việt Nam'))));
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'e2e-editor-preview.png') });

    await page.getByTestId('cmd-export-docx').click();
    const name = page.getByTestId('file-name');
    expect(await name.inputValue()).toBe(NFC('Kế hoạch thực hiện Chỉ thị 32-CT-TU.docx'));
    await name.fill('ke-hoach-an-lao');
    await page.getByTestId('file-ok').click();
    await page.getByTestId('dialog-exported').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'e2e-export-dialog.png') });
    expect(await page.getByTestId('exported-name').innerText()).toBe('ke-hoach-an-lao.docx');
    const exported = await page.getByTestId('exported-path').innerText();
    expect(path.dirname(exported)).toBe(server.dataDir);

    const paragraphs = await docxParagraphs(readBytes(exported));
    expect(paragraphs).toContain('KẾ HOẠCH');
    expect(paragraphs).toContain(NFC('HUYỆN ỦY AN LÃO'));
    expect(paragraphs.some((p) => p.startsWith(NFC('thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy')))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU'))).toBe(true);
    expect(paragraphs.some((p) => p.endsWith(NFC('định hướng cho học sinh. Việt Nam')))).toBe(true);
    expect(paragraphs.every((p) => p === p.normalize('NFC'))).toBe(true);

    // The browser can download the same file from the data folder.
    const download = await page.request.get(new URL(`files/${encodeURIComponent('ke-hoach-an-lao.docx')}?k=${encodeURIComponent(accessKeyOf(server.url))}`, server.url).href);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toContain('ke-hoach-an-lao.docx');
    expect(Buffer.compare(await download.body(), readBytes(exported))).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
