import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { caretToEnd, editorText, openDraftByName, seedExampleDraft, typeWithIme, waitForPreview } from './helpers/app-actions';
import { type AppPage, launchChromium, openApp } from './helpers/browser';

/**
 * Rough edges a clerk found drafting a commune's plan (issue 8, part 6), each replayed on the real
 * An Lão plan in browser mode, built app, Debian's Chromium.
 */
let server: StartedWebServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer();
  seedExampleDraft(server.dataDir, 'an-lao');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

async function openAnLao(): Promise<AppPage> {
  const app = await openApp(browser, server.url);
  await openDraftByName(app.page, 'an-lao');
  return app;
}

describe('recipients box', () => {
  it('keeps the commas a clerk types, and an IME word ending in a comma is neither doubled nor loses the next line', async () => {
    const { page, cdp, errors } = await openAnLao();
    await page.getByTestId('tab-facts').click();
    const lines = page.getByTestId('recipient-lines').first();
    await lines.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await cdp.send('Input.insertText', { text: 'Tỉnh' });
    await cdp.send('Input.insertText', { text: ' ' });
    // Telex: "uyr," — the IME ends the word with the comma inside its composition.
    await typeWithIme(cdp, ['u', 'uy', 'ủy', 'ủy,']);
    await page.keyboard.press('Enter');
    await typeWithIme(cdp, ['V', 'Vă', 'Văn']);
    await cdp.send('Input.insertText', { text: ' ' });
    await typeWithIme(cdp, ['p', 'ph', 'pho', 'phò', 'phòng']);
    await cdp.send('Input.insertText', { text: ',' });

    const value = await lines.inputValue();
    expect(value.endsWith('UB MTTQ VN và các tổ chức CT-XH huyện\nTỉnh ủy,\nVăn phòng,')).toBe(true);
    // Stored one recipient a line (the print adds its own punctuation).
    const closing = async () => (await page.getByTestId('preview-closing').innerText()).replace(/\s+/g, ' ');
    await waitForPreview(page, () => true);
    await expect.poll(closing, { timeout: 10_000 }).toContain('- UB MTTQ VN và các tổ chức CT-XH huyện, - Tỉnh ủy, - Văn phòng, - Lưu');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('toolbar undo', () => {
  it('is enabled after typing and after pasting, and undoes the newest step, text or a deleted section', async () => {
    const { page, cdp, errors } = await openAnLao();
    const undo = page.getByTestId('cmd-undo');
    const redo = page.getByTestId('cmd-redo');
    const row = page.locator('[data-testid="outline-item"][data-section-id="an-lao-ct32-3.4"]');
    const body = 'section-body-an-lao-ct32-2.2-editable';
    expect(await undo.isDisabled()).toBe(true);

    await caretToEnd(page, body);
    await cdp.send('Input.insertText', { text: ' Đảng viên' });
    await expect.poll(() => undo.isEnabled()).toBe(true);
    expect(await undo.getAttribute('title')).toBe('Hoàn tác: Sửa chữ (Ctrl+Z)');

    // Then a structure edit: delete section III.4.
    await row.click();
    await page.getByTestId('section-delete').click();
    expect(await undo.getAttribute('title')).toContain('Hoàn tác: Xóa mục');

    // Undo takes the newest first: the section comes back, then the typing goes.
    await undo.click();
    await expect.poll(() => row.count()).toBe(1);
    expect(await undo.getAttribute('title')).toBe('Hoàn tác: Sửa chữ (Ctrl+Z)');
    await undo.click();
    await expect.poll(() => editorText(page, body)).toMatch(/định hướng cho học sinh\.$/);
    expect(await undo.isDisabled()).toBe(true);
    // Redo in the reverse order: the text, then the deletion.
    await redo.click();
    await expect.poll(() => editorText(page, body)).toMatch(/học sinh\. Đảng viên$/);
    await redo.click();
    await expect.poll(() => row.count()).toBe(0);

    // A paste is undoable from the toolbar too.
    await caretToEnd(page, body);
    await page.getByTestId(body).evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', ' Chi bộ');
      el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => editorText(page, body)).toMatch(/Đảng viên Chi bộ$/);
    expect(await undo.isEnabled()).toBe(true);
    await undo.click();
    await expect.poll(() => editorText(page, body)).toMatch(/Đảng viên$/);
    // The preview follows the undone text.
    await waitForPreview(page, (ps) => ps.some((p) => p.source === 'an-lao-ct32-2.2' && p.text.endsWith('Đảng viên')));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('find and replace', () => {
  it('counts what is on screen, live references included, and highlights a match inside a reference', async () => {
    const { page, errors } = await openAnLao();
    // What the clerk sees in the editor column: body text (chips included) and the section titles.
    const onScreen = await page.evaluate(() => {
      const root = document.querySelector('[data-testid="plan-editor"]') as HTMLElement;
      const titles = [...root.querySelectorAll('input')].map((i) => i.value).join('\n');
      const bodies = [...root.querySelectorAll('.kh-rich')].map((e) => (e as HTMLElement).textContent ?? '').join('\n');
      return (`${bodies}\n${titles}`.normalize('NFC').match(/kế hoạch/gi) ?? []).length;
    });
    expect(onScreen).toBeGreaterThan(1);
    await page.getByTestId('cmd-find').click();
    await page.getByTestId('find-input').fill('Kế hoạch');
    await expect.poll(() => page.getByTestId('find-count').innerText()).toBe(`1/${onScreen} kết quả`);

    // Text shown only by a reference: found, marked on its chip, not replaceable.
    await page.getByTestId('find-input').fill('Ban Thường vụ Thành ủy');
    await expect.poll(() => page.getByTestId('find-count').innerText()).toMatch(/^1\/\d+ kết quả$/);
    await expect.poll(() => page.locator('[data-testid="ref-chip"][data-find-current]').count()).toBe(1);
    expect(await page.getByTestId('find-in-reference').isVisible()).toBe(true);
    expect(await page.getByTestId('replace-one').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Replace All keeps the capital at the start of a sentence ("- Quán triệt" → "- Học tập, quán triệt")', async () => {
    const { page, errors } = await openAnLao();
    await page.getByTestId('cmd-replace').click();
    await page.getByTestId('find-input').fill('quán triệt');
    await page.getByTestId('replace-input').fill('học tập, quán triệt');
    await page.getByTestId('replace-all').click();
    await expect.poll(() => page.getByTestId('find-message').innerText()).toMatch(/^Đã thay \d+ chỗ./);
    expect(await editorText(page, 'section-body-an-lao-ct32-1.1-editable')).toContain('- Học tập, quán triệt, tuyên truyền, triển khai');
    expect(await editorText(page, 'section-body-an-lao-ct32-1.2-editable')).toContain('tổ chức học tập, quán triệt, nghiên cứu');
    await waitForPreview(page, (ps) => ps.some((p) => p.source === 'an-lao-ct32-1.1' && p.text.includes('- Học tập, quán triệt')));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('dates', () => {
  it('the citation popover refuses year 5 and takes dd/mm/yyyy; the form shows dd/mm/yyyy whatever the locale', async () => {
    const { page, errors } = await openAnLao();
    await page.getByTestId('editor-summary').getByTestId('ref-chip').first().click();
    const date = page.getByTestId('ref-field-date');
    expect(await date.inputValue()).toBe('24/04/2024');
    await date.fill('03/3/5');
    await date.blur();
    expect(await page.getByTestId('ref-field-date-error').innerText()).toContain('Năm phải đủ 4 chữ số');
    expect(await page.getByTestId('editor-summary').innerText()).toContain('ngày 24/4/2024');
    await date.fill('15/05/2024');
    await date.blur();
    expect(await page.getByTestId('ref-field-date-error').count()).toBe(0);
    await page.getByTestId('ref-popover-close').click();
    await expect.poll(() => page.getByTestId('editor-summary').innerText()).toContain('ngày 15/5/2024');
    expect((await page.getByTestId('editor-summary').innerText()).includes('/5 ')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the new-plan form takes and shows dd/mm/yyyy in an English-locale browser', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('start-new').click();
    const date = page.getByTestId('base-0-date');
    await date.fill('24/4/2024');
    await date.blur();
    expect(await date.inputValue()).toBe('24/04/2024');
    expect(await date.getAttribute('type')).toBe('text');
    await date.fill('03/3/5');
    await date.blur();
    expect(await page.getByTestId('base-0-date-error').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the caret, new groups and notices', () => {
  it('after opening a plan the caret is at the start of its text: typing goes there', async () => {
    const { page, cdp, errors } = await openAnLao();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid^="section-body-"]')?.getAttribute('data-testid') ?? null)).toBe('section-body-an-lao-ct32-1.1-editable');
    await cdp.send('Input.insertText', { text: 'Mới ' });
    expect(await editorText(page, 'section-body-an-lao-ct32-1.1-editable')).toMatch(/^- Mới Tăng cường công tác giáo dục/);
    // The section with the caret is the one selected in the outline.
    expect(await page.locator('[data-testid="outline-item"][aria-selected="true"]').getAttribute('data-section-id')).toBe('an-lao-ct32-1.1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a new recipient group starts empty with the caret in it, with an example', async () => {
    const { page, errors } = await openAnLao();
    await page.getByTestId('tab-facts').click();
    const before = await page.getByTestId('recipient-group').count();
    await page.getByTestId('recipient-group-add').click();
    const lines = page.getByTestId('recipient-lines').nth(before);
    expect(await lines.inputValue()).toBe('');
    expect(await lines.getAttribute('placeholder')).toContain('Ví dụ');
    expect(await lines.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Ban Dân vận Huyện ủy');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Huyện đoàn');
    expect(await page.getByTestId('recipient-group').count()).toBe(before + 1);
    await expect.poll(async () => (await page.getByTestId('preview-closing').innerText()).replace(/\s+/g, ' ')).toContain('- Ban Dân vận Huyện ủy, - Huyện đoàn,');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the notice says "Đã xóa mục …" and goes when the deletion is undone', async () => {
    const { page, errors } = await openAnLao();
    await page.locator('[data-testid="outline-item"][data-section-id="an-lao-ct32-3.4"]').click();
    await page.getByTestId('section-delete').click();
    expect(await page.getByTestId('toast').innerText()).toMatch(/^Đã xóa mục “4\. Cấp ủy, Hội đồng trường, Ban Giám hiệu các trường học”\. Bấm Ctrl\+Z/);
    await page.getByTestId('cmd-undo').click();
    await expect.poll(() => page.getByTestId('toast').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('sections', () => {
  it('"+ Thêm mục" puts the caret in the new title, Enter moves to its text, and "-" makes that text an item', async () => {
    const { page, errors } = await openAnLao();
    await page.locator('[data-testid="outline-item"][data-section-id="an-lao-ct32-3.4"]').click();
    const before = new Set(await page.getByTestId('outline-item').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-section-id'))));
    await page.getByTestId('section-add').click();
    const added = (await page.getByTestId('outline-item').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-section-id')))).find((id) => !before.has(id))!;
    await page.keyboard.type('Kiểm tra, giám sát');
    expect(await page.getByTestId(`section-title-${added}`).inputValue()).toBe('Kiểm tra, giám sát');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ban Tuyên giáo Huyện ủy theo dõi');
    await page.getByTestId('toolbar-bullet-dash').click();
    const body = page.getByTestId(`section-body-${added}-editable`);
    expect(await body.locator('.kh-bullet').count()).toBe(1);
    expect(await editorText(page, `section-body-${added}-editable`)).toBe('- Ban Tuyên giáo Huyện ủy theo dõi');

    // Another new section: "-" with the caret still in its title acts on its text, not on the section before.
    const before2 = new Set(await page.getByTestId('outline-item').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-section-id'))));
    await page.getByTestId('section-add').click();
    const added2 = (await page.getByTestId('outline-item').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-section-id')))).find((id) => !before2.has(id))!;
    await page.keyboard.type('Khen thưởng');
    await page.getByTestId('toolbar-bullet-dash').click();
    await page.keyboard.type('Biểu dương');
    expect(await editorText(page, `section-body-${added2}-editable`)).toBe('- Biểu dương');
    expect(await editorText(page, `section-body-${added}-editable`)).toBe('- Ban Tuyên giáo Huyện ủy theo dõi');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
