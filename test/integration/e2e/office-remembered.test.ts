import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ARTIFACTS_DIR, waitForEditorAndPreview, waitForPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';
import { type WebServer, makeDataDir, startRestartableServer } from './helpers/restartable-server';

/**
 * The office is remembered: a clerk types Huyện ủy An Lão, its signer and its recipients once;
 * after the server restarts on the same data folder, the next new-plan form offers all of it and
 * the parent document (with its chain); an edit in "Cơ quan và người ký" reaches the next form.
 */
const dataDir = makeDataDir('kehoach-office-');
let server: WebServer | undefined;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const TEMPLATE = 'dang-ke-hoach-thuc-hien';
const ORG = { superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', issuingBody: 'HUYỆN ỦY AN LÃO', symbolCode: 'HU', placeName: 'An Lão', collective: 'Ban Thường vụ Huyện ủy', archiveLine: 'Lưu Văn phòng Huyện ủy' };
const CT32 = { number: '32', symbol: 'CT/TU', date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy', subject: 'về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên' };
const KL = { type: 'Kết luận', number: '14', symbol: 'KL/TW', date: '2021-09-22', issuer: 'Bộ Chính trị', subject: 'về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo' };

const nfc = (s: string) => s.normalize('NFC');
const fill = (page: Page, id: string, value: string) => page.getByTestId(id).fill(nfc(value));
/** A picture of one part of the screen, for a person to look at (test/artifacts). */
const shot = (page: Page, testId: string, name: string) => page.getByTestId(testId).screenshot({ path: path.join(ARTIFACTS_DIR, `office-${name}.png`) });

async function openForm(page: Page): Promise<void> {
  await page.getByTestId('start-new').click();
  await page.locator(`[data-testid="template-option"][value="${TEMPLATE}"]`).check();
}

async function fillTemplateFields(page: Page): Promise<void> {
  await fill(page, 'field-tasks-0-paragraphs', 'Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền các cấp.');
  await fill(page, 'field-units-0-name', 'Ủy ban nhân dân huyện');
  await fill(page, 'field-units-0-tasks', 'Lãnh đạo xây dựng kế hoạch thực hiện Chỉ thị.');
  await fill(page, 'field-leadUnit', 'Ban Tuyên giáo Huyện ủy');
}

async function createAndWait(page: Page): Promise<string[]> {
  await page.getByTestId('new-plan-create').click();
  await waitForEditorAndPreview(page);
  const paras = await waitForPreview(page, (ps) => ps.some((p) => p.kind === 'heading'));
  return paras.map((p) => p.text);
}

/** settings.json once the app has written the office (the save follows the plan's creation). */
function savedOffices(): Array<{ label: string }> {
  const file = path.join(dataDir, 'settings.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { organisations: Array<{ label: string }> }).organisations : [];
}

it('remembers the office across a restart, offers it first, and takes edits from "Cơ quan và người ký"', async () => {
  server = await startRestartableServer(dataDir);
  const first = await openApp(browser, server.url);
  let page = first.page;
  await openForm(page);
  expect(await page.getByTestId('org-pick').inputValue()).toBe('');

  // Refused with nothing typed: the first missing field (the document's number) gets the focus,
  // and each missing field says what is wrong next to it, linked with aria-describedby.
  await page.getByTestId('new-plan-create').click();
  const number = page.getByTestId('base-0-number');
  await expect.poll(() => number.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await page.locator(`#${await number.getAttribute('aria-describedby')}`).innerText()).toBe('Chưa có số văn bản (ví dụ 32).');
  const issuing = page.getByTestId('org-issuingBody');
  expect(await issuing.getAttribute('aria-invalid')).toBe('true');
  const described = await issuing.getAttribute('aria-describedby');
  expect(await page.locator(`#${described}`).innerText()).toBe('Thiếu tên cơ quan ban hành.');
  expect(await page.getByTestId('org-archiveLine-error').innerText()).toContain('Thiếu dòng lưu trữ');
  expect(await page.locator('label:has([data-testid="org-archiveLine"]) > span').first().innerText()).toBe('Dòng lưu trữ *');
  await shot(page, 'org-typed', 'form-required');

  // The clerk types the parent document with its chain, the organisation, signer and recipients.
  for (const [key, value] of Object.entries(CT32)) await fill(page, `base-0-${key}`, value);
  await page.getByTestId('base-0-parent-add').click();
  for (const [key, value] of Object.entries(KL)) await fill(page, `base-0-parent-${key}`, value);
  for (const [key, value] of Object.entries(ORG)) await fill(page, `org-${key}`, value);
  expect(await page.getByTestId('org-archiveLine-error').count()).toBe(0);
  expect(await page.getByTestId('base-0-number-error').count()).toBe(0);
  await fill(page, 'signer-authority', 'T/M BAN THƯỜNG VỤ');
  await fill(page, 'signer-position', 'PHÓ BÍ THƯ');
  await fill(page, 'signer-name', 'Trần Văn Tuấn');
  await page.getByTestId('recipients-add').click();
  await fill(page, 'recipients-0-purpose', 'để b/c');
  await fill(page, 'recipients-0-items', 'Ban Tuyên giáo Thành ủy\nThường trực Huyện ủy');
  await fillTemplateFields(page);
  const created = await createAndWait(page);
  expect(created.some((t) => t.includes('Ban Tuyên giáo Thành ủy'))).toBe(true);
  await expect.poll(() => savedOffices().length, { timeout: 10_000, interval: 100 }).toBe(1);
  expect(first.errors).toEqual([]);
  await page.context().close();

  // Next week: the server starts again on the same data folder.
  await server.stop('SIGTERM');
  server = await startRestartableServer(dataDir);
  const second = await openApp(browser, server.url);
  page = second.page;
  await openForm(page);
  const pick = page.getByTestId('org-pick');
  await expect.poll(() => pick.inputValue()).not.toBe('');
  expect(await pick.locator('option:checked').innerText()).toBe('HUYỆN ỦY AN LÃO');
  expect(await page.getByTestId('org-typed').count()).toBe(0);
  expect(await page.getByTestId('signer-choice').locator('option:checked').innerText()).toBe('T/M BAN THƯỜNG VỤ — PHÓ BÍ THƯ — Trần Văn Tuấn');
  expect(await page.getByTestId('recipients-0-purpose').inputValue()).toBe('để b/c');
  expect(await page.getByTestId('recipients-0-items').inputValue()).toBe(nfc('Ban Tuyên giáo Thành ủy\nThường trực Huyện ủy'));
  // The recent parent document fills the base and its chain.
  const recent = page.getByTestId('base-0-recent');
  expect(await recent.locator('option').allInnerTexts()).toContain(nfc('Chỉ thị số 32-CT/TU ngày 24/04/2024 của Ban Thường vụ Thành ủy'));
  await recent.selectOption({ label: nfc('Chỉ thị số 32-CT/TU ngày 24/04/2024 của Ban Thường vụ Thành ủy') });
  expect(await page.getByTestId('base-0-number').inputValue()).toBe('32');
  expect(await page.getByTestId('base-0-subject').inputValue()).toBe(nfc(CT32.subject));
  expect(await page.getByTestId('base-0-parent-symbol').inputValue()).toBe('KL/TW');
  expect(await page.getByTestId('base-0-citation').innerText()).toContain('Kết luận số 14-KL/TW');
  await shot(page, 'base-0', 'form-recent-document');
  expect(second.errors).toEqual([]);
  await page.context().close();

  // The clerk corrects the office in "Cơ quan và người ký".
  const third = await openApp(browser, server.url);
  page = third.page;
  await page.getByTestId('start-settings').click();
  await page.getByTestId('settings-screen').waitFor();
  await expect.poll(() => page.getByTestId('office-item-label').allInnerTexts()).toEqual(['HUYỆN ỦY AN LÃO']);
  expect(await page.getByTestId('office-default').count()).toBe(1);
  await page.getByTestId('office-edit').click();
  expect(await page.getByTestId('office-archiveLine').inputValue()).toBe(nfc(ORG.archiveLine));
  await page.getByTestId('office-archiveLine').fill('');
  await page.getByTestId('office-save').click();
  const archive = page.getByTestId('office-archiveLine');
  await expect.poll(() => archive.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await page.locator(`#${await archive.getAttribute('aria-describedby')}`).innerText()).toContain('Thiếu dòng lưu trữ');
  await shot(page, 'office-editor', 'settings-error');
  await fill(page, 'office-archiveLine', 'Lưu VP Huyện ủy');
  await fill(page, 'office-signer-0-name', 'Nguyễn Thị Hoa');
  await page.getByTestId('office-save').click();
  await page.getByTestId('office-editor').waitFor({ state: 'detached' });
  await shot(page, 'settings-screen', 'settings-list');
  await page.getByTestId('settings-close').click();

  await openForm(page);
  expect(await page.getByTestId('signer-choice').locator('option:checked').innerText()).toBe('T/M BAN THƯỜNG VỤ — PHÓ BÍ THƯ — Nguyễn Thị Hoa');
  await page.getByTestId('base-0-recent').selectOption({ index: 1 });
  await fillTemplateFields(page);
  const next = await createAndWait(page);
  expect(next.some((t) => t.includes('Lưu VP Huyện ủy'))).toBe(true);
  expect(next.some((t) => t.includes('Nguyễn Thị Hoa'))).toBe(true);
  expect(third.errors).toEqual([]);
  await page.context().close();

  // The same clerk also drafts for another body: added in the settings screen and made the default.
  const fourth = await openApp(browser, server.url);
  page = fourth.page;
  await page.getByTestId('start-settings').click();
  await expect.poll(() => page.getByTestId('office-item').count()).toBe(1);
  await page.getByTestId('office-add').click();
  await fill(page, 'office-label', 'Đảng ủy phường Đông Đa');
  for (const [key, value] of Object.entries({ superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', issuingBody: 'ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA', symbolCode: 'ĐU', placeName: 'Đông Đa', collective: 'Đảng ủy phường Đông Đa', archiveLine: 'Lưu Văn phòng Đảng ủy' })) await fill(page, `office-${key}`, value);
  await page.getByTestId('office-signer-add').click();
  await fill(page, 'office-signer-0-authority', 't/m đảng ủy');
  await fill(page, 'office-signer-0-position', 'bí thư');
  await page.getByTestId('office-save').click();
  await expect.poll(() => page.getByTestId('office-item-label').allInnerTexts()).toEqual(['HUYỆN ỦY AN LÃO', nfc('Đảng ủy phường Đông Đa')]);
  await page.getByTestId('office-item').nth(1).getByTestId('office-make-default').click();
  await expect.poll(() => page.getByTestId('office-item').nth(1).getByTestId('office-default').count()).toBe(1);
  await page.getByTestId('settings-close').click();
  await openForm(page);
  expect(await page.getByTestId('org-pick').locator('option:checked').innerText()).toBe(nfc('Đảng ủy phường Đông Đa'));
  expect(await page.getByTestId('signer-choice').locator('option:checked').innerText()).toBe('T/M ĐẢNG ỦY — BÍ THƯ');
  await page.getByTestId('new-plan-cancel').click();

  // Deleting asks first; the remaining one becomes the default again.
  await page.getByTestId('start-settings').click();
  await page.getByTestId('office-item').nth(1).getByTestId('office-delete').click();
  await page.getByTestId('office-delete-cancel').click();
  expect(await page.getByTestId('office-item').count()).toBe(2);
  await page.getByTestId('office-item').nth(1).getByTestId('office-delete').click();
  await page.getByTestId('office-delete-confirm').click();
  await expect.poll(() => page.getByTestId('office-item-label').allInnerTexts()).toEqual(['HUYỆN ỦY AN LÃO']);
  expect(await page.getByTestId('office-default').count()).toBe(1);
  expect(fourth.errors).toEqual([]);
  await page.context().close();
}, 120_000);
