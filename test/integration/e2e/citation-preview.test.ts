import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { editorText, waitForEditorAndPreview, waitForPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';

/**
 * The clerk of Đảng ủy phường Đông Đa types the parent of the plan (Chương trình hành động
 * 05-CTr/TU, which implements Nghị quyết 71-NQ/TW) in the new-plan form and reads, while typing,
 * the citation, the summary and the opening sentence exactly as they will print; then finds the
 * very same sentence in the editor and the A4 preview of the plan created.
 */
let server: StartedWebServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

const CHAIN =
  'Chương trình hành động số 05-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo';

async function fill(page: Page, testId: string, value: string): Promise<void> {
  await page.getByTestId(testId).fill(value.normalize('NFC'));
}

/** The text shown under a test id once it equals `expected` (the form re-renders on each input), or what it shows after 5 s. */
async function textBecomes(page: Page, testId: string, expected: string): Promise<string> {
  const locator = page.getByTestId(testId);
  const end = Date.now() + 5_000;
  let text = '';
  while (Date.now() < end) {
    text = (await locator.count()) > 0 ? (await locator.first().innerText()).trim() : '';
    if (text === expected) break;
    await page.waitForTimeout(50);
  }
  return text;
}

describe('citations as they will print, in the new-plan form', () => {
  it('shows the chained citation live, keeps the chain once the parent has a subject, follows "gọi là", and prints the same opening', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await page.getByTestId('start-new').click();
    await page.locator('[data-testid="template-option"][value="dang-ke-hoach-thuc-hien"]').check();

    // The organisation, typed.
    await page.getByTestId('org-regime').selectOption('dang');
    const org = { superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', issuingBody: 'ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA', symbolCode: 'ĐU', placeName: 'Đông Đa', collective: 'Đảng ủy phường Đông Đa', archiveLine: 'Lưu Văn phòng Đảng ủy' };
    for (const [key, value] of Object.entries(org)) await fill(page, `org-${key}`, value);
    // This organisation writes no comma before the date ("05-CTr/TU ngày 12/01/2026").
    await page.getByTestId('citation-style-toggle').click();
    await page.getByTestId('cite-comma-date').selectOption('no');

    // The parent and the document it implements, typed field by field.
    await fill(page, 'base-0-type', 'Chương trình hành động');
    await fill(page, 'base-0-number', '05');
    await fill(page, 'base-0-symbol', 'CTr/TU');
    await fill(page, 'base-0-date', '2026-01-12');
    await fill(page, 'base-0-issuer', 'Ban Thường vụ Thành ủy Hà Nội');
    expect(await textBecomes(page, 'base-0-citation', 'Chương trình hành động số 05-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy Hà Nội')).toBe(
      'Chương trình hành động số 05-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy Hà Nội',
    );
    await page.getByTestId('base-0-parent-add').click();
    // Until the date of the document it implements is known, the form says what it waits for.
    expect(await page.getByTestId('base-0-citation-waiting').innerText()).toContain('Chọn ngày ban hành');
    await fill(page, 'base-0-parent-type', 'Nghị quyết');
    await fill(page, 'base-0-parent-number', '71');
    await fill(page, 'base-0-parent-symbol', 'NQ/TW');
    await fill(page, 'base-0-parent-date', '2025-08-22');
    await fill(page, 'base-0-parent-issuer', 'Bộ Chính trị');
    await fill(page, 'base-0-parent-subject', 'về đột phá phát triển giáo dục và đào tạo');
    expect(await textBecomes(page, 'base-0-citation', CHAIN)).toBe(CHAIN);
    expect(await textBecomes(page, 'base-0-parent-citation', 'Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo')).toBe(
      'Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo',
    );

    // The parent's own subject does not replace the chain, and the form says why.
    await fill(page, 'base-0-subject', 'về phát triển giáo dục và đào tạo Thủ đô đến năm 2030');
    expect(await textBecomes(page, 'base-0-citation', CHAIN)).toBe(CHAIN);
    expect(await page.getByTestId('base-0-chain-hint').innerText()).toContain('trích dẫn in theo chuỗi “… về thực hiện Nghị quyết số 71-NQ/TW …”');


    const opening = `Thực hiện ${CHAIN}, Đảng ủy phường Đông Đa ban hành Kế hoạch thực hiện Chương trình hành động như sau:`;
    expect(await textBecomes(page, 'preview-opening', opening)).toBe(opening);
    expect(await textBecomes(page, 'preview-summary', `thực hiện ${CHAIN}`)).toBe(`thực hiện ${CHAIN}`);

    // A short name, introduced the way this organisation writes it: "gọi là".
    await fill(page, 'base-0-short-name', 'Chương trình hành động số 05');
    await page.getByTestId('cite-short-name-word').selectOption('gọi là');
    const withShortName = `Thực hiện ${CHAIN} (sau đây gọi là Chương trình hành động số 05), Đảng ủy phường Đông Đa ban hành Kế hoạch thực hiện Chương trình hành động như sau:`;
    expect(await textBecomes(page, 'preview-opening', withShortName)).toBe(withShortName);
    const summary = (await page.getByTestId('preview-summary').innerText()).trim();

    // The rest of what the template asks for, then create.
    await fill(page, 'field-tasks-0-paragraphs', 'Nâng cao nhận thức về vai trò của giáo dục và đào tạo.');
    await fill(page, 'field-units-0-name', 'Ủy ban nhân dân phường');
    await fill(page, 'field-units-0-tasks', 'Xây dựng kế hoạch thực hiện.');
    await fill(page, 'field-leadUnit', 'Ban Xây dựng Đảng');
    await page.getByTestId('new-plan-create').click();
    const created = await Promise.race([
      page.getByTestId('plan-editor').waitFor({ timeout: 15_000 }).then(() => ''),
      page.getByTestId('new-plan-errors').waitFor({ timeout: 15_000 }).then(async () => page.getByTestId('new-plan-errors').innerText()),
      page.getByTestId('dialog-message').waitFor({ timeout: 15_000 }).then(async () => page.getByTestId('dialog-message').innerText()),
    ]);
    expect(created, 'creating the plan failed').toBe('');
    await waitForEditorAndPreview(page);

    // The same sentence on the A4 page, as it prints; the editor holds the same citation.
    expect(await editorText(page, 'editor-preamble-editable')).toContain(CHAIN);
    const paras = await waitForPreview(page, (ps) => ps.some((p) => p.kind === 'preamble'));
    expect(paras.filter((p) => p.kind === 'preamble').map((p) => p.text)).toEqual([withShortName]);
    expect(paras.filter((p) => p.kind === 'summary').map((p) => p.text).join(' ')).toBe(summary);
    expect(await page.getByTestId('citation-notices').count()).toBe(0);

    // Editing the parent's facts in the popover shows the citation as it will print, live.
    await page.getByTestId('editor-summary').locator('[data-testid="ref-chip"]').first().click();
    expect(await page.getByTestId('ref-popover-citation').innerText()).toBe(CHAIN);
    expect(await page.getByTestId('ref-popover-chain-hint').innerText()).toContain('về thực hiện Nghị quyết số 71-NQ/TW');
    await page.getByTestId('ref-field-number').fill('06');
    expect(await textBecomes(page, 'ref-popover-citation', CHAIN.replace('số 05-CTr/TU', 'số 06-CTr/TU'))).toBe(CHAIN.replace('số 05-CTr/TU', 'số 06-CTr/TU'));
    await page.getByTestId('ref-popover-close').click();

    // With the opening turned into plain text nothing introduces the short name any more: the clerk is told.
    await page.getByTestId('editor-preamble').locator('[data-testid="ref-chip"][data-field="bases.full"]').click();
    await page.getByTestId('ref-to-text').click();
    await page.getByTestId('citation-notices').waitFor();
    expect(await page.getByTestId('citation-notice').allInnerTexts()).toEqual([
      'Tên viết tắt "Chương trình hành động số 05" của Chương trình hành động số 06-CTr/TU không được giới thiệu ở đâu vì văn bản này không được trích dẫn đầy đủ trong câu mở đầu hay phần nội dung; hãy trích dẫn đầy đủ văn bản hoặc bỏ tên viết tắt.',
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
