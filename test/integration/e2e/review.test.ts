import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseDraft } from '../../../core/draft/draft-file';
import { exportDocx } from '../../../core/docx/export-docx';
import { readFileSync, writeFileSync } from 'node:fs';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { EXAMPLES_DIR, waitForEditorAndPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';

/**
 * A reviewer's day: the district's plan (the An Lão plan, as Word) is read into the library from
 * its DOCX and its facts confirmed; a commune's plan is created from it; "Đối chiếu" shows which
 * of the district's tasks the commune's plan takes up, and a task leads to its section.
 */
let server: StartedWebServer;
let browser: Browser;
const NFC = (s: string) => s.normalize('NFC');

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchChromium();
  const parsed = parseDraft(readFileSync(path.join(EXAMPLES_DIR, 'an-lao.kehoach'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  writeFileSync(path.join(server.dataDir, 'ke-hoach-huyen.docx'), await exportDocx(parsed.plan));
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

it('reads a parent from Word into the library, creates a plan from it, and the review shows which tasks the plan takes up', async () => {
  const { page, errors } = await openApp(browser, server.url);

  // 1. The library reads the Word file and suggests its facts; the clerk adds the number and date of the signed copy.
  await page.getByTestId('start-library').click();
  await page.getByTestId('library-read-document').click();
  await page.getByTestId('file-name').fill('ke-hoach-huyen.docx');
  await page.getByTestId('file-ok').click();
  await page.getByTestId('library-editor').waitFor();
  expect(await page.getByTestId('library-edit-type').inputValue()).toBe('Kế hoạch');
  expect(await page.getByTestId('library-edit-symbol').inputValue()).toBe('KH/HU');
  expect(await page.getByTestId('library-edit-issuer').inputValue()).toBe(NFC('Ban Thường vụ Huyện ủy An Lão'));
  expect(await page.getByTestId('library-edit-subject').inputValue()).toMatch(/^về thực hiện Chỉ thị số 32-CT\/TU/);
  await page.getByTestId('library-edit-number').fill('18');
  await page.getByTestId('library-edit-date').fill('08/5/2024');
  await page.getByTestId('library-edit-save').click();
  await page.getByTestId('library-editor').waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('library-item').count()).toBe(1);
  await page.getByTestId('library-close').click();

  // 2. A commune's plan implementing it: picked from the library in the new-plan form.
  await page.getByTestId('start-new').click();
  await page.locator('[data-testid="template-option"][value="dang-chuong-trinh-hanh-dong"]').check();
  await page.getByTestId('base-0-library').click();
  await page.getByTestId('base-0-library-search').fill('18-KH');
  await expect.poll(() => page.getByTestId('base-0-library-item').count()).toBe(1);
  await page.getByTestId('base-0-library-item').click();
  await page.getByTestId('org-pick').selectOption('');
  await page.getByTestId('org-regime').selectOption('dang');
  const org = { superiorBody: 'ĐẢNG BỘ HUYỆN AN LÃO', issuingBody: 'ĐẢNG ỦY XÃ AN THẮNG', symbolCode: 'ĐU', placeName: 'An Thắng', collective: 'Đảng ủy xã An Thắng', archiveLine: 'Lưu Văn phòng Đảng ủy' };
  for (const [key, value] of Object.entries(org)) await page.getByTestId(`org-${key}`).fill(NFC(value));
  const fields: Record<string, string> = {
    'field-generalGoal': 'Nâng cao hiệu quả giáo dục chính trị tư tưởng cho học sinh trên địa bàn xã.',
    // The district's task II.2, reworded as a commune writes it.
    'field-tasks-0-title': 'Đổi mới nội dung, hình thức tuyên truyền',
    'field-tasks-0-paragraphs': 'Đa dạng hóa nội dung, phương pháp, hình thức tuyên truyền, lan tỏa thông tin tích cực trên không gian mạng đến học sinh trên địa bàn xã; coi không gian mạng là mặt trận quan trọng để định hướng cho học sinh.',
    'field-units-0-name': 'Ủy ban nhân dân xã',
    'field-units-0-tasks': 'Xây dựng kế hoạch thực hiện.',
    'field-leadUnit': 'Văn phòng Đảng ủy',
  };
  for (const [id, value] of Object.entries(fields)) await page.getByTestId(id).fill(NFC(value));
  await page.getByTestId('new-plan-create').click();
  await page.getByTestId('plan-editor').waitFor({ timeout: 20_000 });
  await waitForEditorAndPreview(page);

  // 3. "Đối chiếu": the parent from the library, its tasks with their marks.
  await page.getByTestId('cmd-review').click();
  await page.getByTestId('review-picker').waitFor();
  await page.getByTestId('review-pick-entry').first().click();
  await page.getByTestId('review').waitFor();
  const tasks = page.getByTestId('review-task');
  await expect.poll(() => tasks.count()).toBeGreaterThanOrEqual(5);
  const ids = await tasks.evaluateAll((els) => els.map((e) => e.getAttribute('data-task-id')));
  expect(ids).toEqual(expect.arrayContaining(['II.1', 'II.2', 'II.3', 'II.4', 'II.5']));
  const task = (id: string) => page.locator(`[data-testid="review-task"][data-task-id="${id}"]`);
  // II.2 is taken up by the plan's task; II.3 (admitting pupils to the Party) by nothing.
  expect(await task('II.2').getAttribute('data-covered')).toBe('true');
  expect(await task('II.2').getByTestId('review-task-where').innerText()).toMatch(/→ mục .+ \(0,\d\d\)/);
  expect(await task('II.3').getAttribute('data-covered')).toBe('false');
  expect(await page.getByTestId('review-summary').innerText()).toMatch(/nhiệm vụ chưa có mục nào/);

  // 4. The task leads to its section: both sides show it, the shared words marked.
  await task('II.2').getByRole('button').click();
  const pickedSection = page.locator('[data-testid="review-section"].picked');
  await pickedSection.waitFor();
  expect(await pickedSection.innerText()).toContain(NFC('không gian mạng'));
  const marked = await pickedSection.getByTestId('review-shared-word').allInnerTexts();
  // The words the task and the section share are marked (runs of shared syllables).
  const markedText = marked.join(' | ').toLowerCase();
  expect(markedText).toContain(NFC('tuyên truyền'));
  expect(markedText).toContain(NFC('gian mạng'));
  const pickedParent = page.locator('[data-testid="review-parent-task"][data-task-id="II.2"]');
  expect(await pickedParent.getAttribute('class')).toContain('picked');
  await expect.poll(() => pickedParent.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const pane = el.closest('[data-testid="review-parent"]')!.getBoundingClientRect();
    return box.top >= pane.top - 1 && box.top < pane.bottom;
  })).toBe(true);

  // 5. "Sửa mục này": back in the editor, on that section.
  const sectionId = await pickedSection.getAttribute('data-review-section');
  await pickedSection.getByRole('button', { name: 'Sửa mục này' }).click();
  await page.getByTestId('plan-editor').waitFor();
  await expect.poll(() => page.getByTestId(`editor-section-${sectionId}`).getAttribute('data-selected')).toBe('true');
  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);
