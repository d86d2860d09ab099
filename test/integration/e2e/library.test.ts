import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { waitForEditorAndPreview, waitForPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';

/**
 * A clerk keeps the parents of the Đông Đa plan in the library (Nghị quyết 71-NQ/TW and the
 * Chương trình hành động 05-CTr/TU implementing it), finds the Chương trình by typing "05-CTr" in
 * the new-plan form, and the plan created cites it with its chain.
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

async function addEntry(page: Page, facts: Record<string, string>, implementsLabel?: string): Promise<void> {
  await page.getByTestId('library-add').click();
  await page.getByTestId('library-editor').waitFor();
  for (const [key, value] of Object.entries(facts)) await page.getByTestId(`library-edit-${key}`).fill(value.normalize('NFC'));
  if (implementsLabel) await page.getByTestId('library-edit-implements').selectOption({ label: implementsLabel });
  await page.getByTestId('library-edit-save').click();
  await page.getByTestId('library-editor').waitFor({ state: 'detached' });
}

describe('library of parent documents', () => {
  it('adds entries in the library screen, searches them, and a new plan picks one with its chain', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await page.getByTestId('start-library').click();
    await page.getByTestId('library-empty').waitFor();

    await addEntry(page, { type: 'Nghị quyết', number: '71', symbol: 'NQ/TW', date: '22/8/2025', issuer: 'Bộ Chính trị', subject: 'về đột phá phát triển giáo dục và đào tạo' });
    await addEntry(
      page,
      { type: 'Chương trình hành động', number: '05', symbol: 'CTr/TU', date: '12/01/2026', issuer: 'Ban Thường vụ Thành ủy', subject: 'về thực hiện Nghị quyết số 71-NQ/TW' },
      'Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị',
    );
    await expect.poll(() => page.getByTestId('library-item').count()).toBe(2);

    // Search as you type: diacritics count, number-symbols by their parts.
    await page.getByTestId('library-search').fill('đột phá');
    await expect.poll(() => page.getByTestId('library-item').count()).toBe(1);
    await page.getByTestId('library-search').fill('dot pha');
    await page.getByTestId('library-no-match').waitFor();
    await page.getByTestId('library-search').fill('CTr/TU');
    await expect.poll(() => page.getByTestId('library-item').first().innerText()).toContain('05-CTr/TU');

    // Delete asks first; "Không" keeps the entry.
    await page.getByTestId('library-item-delete').first().click();
    await page.getByTestId('library-delete-no').click();
    await expect.poll(() => page.getByTestId('library-item').count()).toBe(1);

    await page.getByTestId('library-close').click();
    await page.getByTestId('start-new').click();
    await page.locator('[data-testid="template-option"][value="dang-chuong-trinh-hanh-dong"]').check();
    await page.getByTestId('base-0-library').click();
    await page.getByTestId('base-0-library-search').fill('05-CTr');
    await expect.poll(() => page.getByTestId('base-0-library-item').count()).toBe(1);
    await page.getByTestId('base-0-library-item').click();
    expect(await page.getByTestId('base-0-number').inputValue()).toBe('05');
    expect(await page.getByTestId('base-0-parent-number').inputValue()).toBe('71');
    expect(await page.getByTestId('base-0-parent-symbol').inputValue()).toBe('NQ/TW');

    await page.getByTestId('org-pick').selectOption('');
    await page.getByTestId('org-regime').selectOption('dang');
    const org = { superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', issuingBody: 'ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA', symbolCode: 'ĐU', placeName: 'Đông Đa', collective: 'Đảng ủy phường Đông Đa', archiveLine: 'Lưu Ban XDĐ' };
    for (const [key, value] of Object.entries(org)) await page.getByTestId(`org-${key}`).fill(value);
    const fields: Record<string, string> = {
      'field-generalGoal': 'Phát triển giáo dục và đào tạo của phường trở thành động lực then chốt.',
      'field-tasks-0-title': 'Nâng cao nhận thức về vai trò của giáo dục',
      'field-tasks-0-paragraphs': 'Quán triệt sâu rộng Nghị quyết.',
      'field-units-0-name': 'Ủy ban nhân dân phường',
      'field-units-0-tasks': 'Xây dựng kế hoạch thực hiện.',
      'field-leadUnit': 'Ban Xây dựng Đảng',
    };
    for (const [id, value] of Object.entries(fields)) await page.getByTestId(id).fill(value);
    await page.getByTestId('new-plan-create').click();
    await page.getByTestId('plan-editor').waitFor({ timeout: 20_000 });
    await waitForEditorAndPreview(page);

    const paras = await waitForPreview(page, (ps) => ps.some((p) => p.kind === 'preamble'));
    const citing = paras.filter((p) => p.kind === 'summary' || p.kind === 'preamble').map((p) => p.text).join(' ');
    expect(citing).toContain('Chương trình hành động số 05-CTr/TU');
    expect(citing).toContain('Nghị quyết số 71-NQ/TW');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('two clerks editing one entry: different fields are merged, the same field asks which to keep', async () => {
    const lan = await openApp(browser, server.url);
    const minh = await openApp(browser, server.url);
    await lan.page.getByTestId('start-library').click();
    await addEntry(lan.page, { type: 'Chỉ thị', number: '32', symbol: 'CT/TU', date: '24/4/2024', issuer: 'Ban Thường vụ Thành ủy', subject: 'về việc tăng cường công tác giáo dục chính trị tư tưởng' });
    const row = (page: Page) => page.locator('[data-testid="library-item"]', { hasText: '32-CT/TU' });
    await minh.page.getByTestId('start-library').click();
    await row(minh.page).waitFor();

    // Both open the entry; Lan changes the short name, Minh the subject: both kept.
    await row(lan.page).getByTestId('library-item-edit').click();
    await row(minh.page).getByTestId('library-item-edit').click();
    await lan.page.getByTestId('library-edit-shortName').fill('Chỉ thị 32');
    await lan.page.getByTestId('library-edit-save').click();
    await lan.page.getByTestId('library-editor').waitFor({ state: 'detached' });
    await minh.page.getByTestId('library-edit-subject').fill('về việc tăng cường giáo dục chính trị');
    await minh.page.getByTestId('library-edit-save').click();
    await minh.page.getByTestId('library-editor').waitFor({ state: 'detached' });
    expect(await minh.page.getByTestId('library-notice').innerText()).toContain('đã gộp thay đổi của người khác (tên viết tắt)');
    // The list is read again after the save.
    await expect.poll(() => row(minh.page).innerText()).toContain('Chỉ thị 32');

    // Both change the subject: the second is asked, with both versions; nothing of either is lost.
    await lan.page.reload();
    await lan.page.getByTestId('start-library').click();
    await row(lan.page).getByTestId('library-item-edit').click();
    await row(minh.page).getByTestId('library-item-edit').click();
    await lan.page.getByTestId('library-edit-subject').fill('về việc của Lan');
    await lan.page.getByTestId('library-edit-save').click();
    await lan.page.getByTestId('library-editor').waitFor({ state: 'detached' });
    await minh.page.getByTestId('library-edit-subject').fill('về việc của Minh');
    await minh.page.getByTestId('library-edit-save').click();
    await minh.page.getByTestId('library-conflict').waitFor();
    expect(await minh.page.getByTestId('library-conflict-mine-subject').innerText()).toBe('về việc của Minh');
    expect(await minh.page.getByTestId('library-conflict-theirs-subject').innerText()).toBe('về việc của Lan');
    await minh.page.getByTestId('library-conflict-mine').click();
    await minh.page.getByTestId('library-conflict').waitFor({ state: 'detached' });
    await expect.poll(() => row(minh.page).innerText()).toContain('về việc của Minh');
    expect(lan.errors).toEqual([]);
    expect(minh.errors).toEqual([]);
    await lan.page.context().close();
    await minh.page.context().close();
  }, 90_000);

  it('exports the library to a file in the data folder and imports it back (nothing doubled)', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await page.getByTestId('start-library').click();
    await addEntry(page, { type: 'Kết luận', number: '01', symbol: 'KL/TW', date: '18/5/2021', issuer: 'Bộ Chính trị', subject: 'về tiếp tục thực hiện Chỉ thị số 05-CT/TW' });
    await page.getByTestId('library-list').waitFor();
    // The list is read again after the save: count once it shows the new entry.
    await expect.poll(() => page.getByTestId('library-item').filter({ hasText: '01-KL/TW' }).count()).toBe(1);
    const count = await page.getByTestId('library-item').count();
    expect(count).toBeGreaterThan(0);
    await page.getByTestId('library-export').click();
    await page.getByTestId('file-name').fill('thu-vien-phuong');
    await page.getByTestId('file-ok').click();
    await expect.poll(() => page.getByTestId('library-notice').innerText()).toMatch(new RegExp(`^Đã xuất ${count} văn bản ra tệp .*thu-vien-phuong\\.json\\.$`));

    await page.getByTestId('library-import').click();
    expect(await page.getByTestId('file-recent-list').count()).toBe(0);
    await page.getByTestId('file-name').fill('thu-vien-phuong.json');
    await page.getByTestId('file-ok').click();
    await expect.poll(() => page.getByTestId('library-notice').innerText()).toBe(`Đã nhập thư viện: thêm 0 văn bản mới, ${count} văn bản đã có sẵn.`);
    await expect.poll(() => page.getByTestId('library-item').count()).toBe(count);

    // A file that is not a library: one sentence, the library unchanged.
    await page.getByTestId('library-import').click();
    await page.getByTestId('file-name').fill('settings.json');
    await page.getByTestId('file-ok').click();
    await expect.poll(() => page.getByTestId('library-error').innerText()).toMatch(/^Tệp này không phải tệp thư viện văn bản/);
    await expect.poll(() => page.getByTestId('library-item').count()).toBe(count);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
