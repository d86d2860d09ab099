import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseDraft, serializeDraft } from '../../../core/draft/draft-file';
import type { Plan, Section } from '../../../core/model';
import { exportDocx } from '../../../core/docx/export-docx';
import { elements, readDocx } from '../../helpers/docx-xml';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { ARTIFACTS_DIR, EXAMPLES_DIR, editorText, openDraftByName, revealEditor, seedExampleDraft, settled, waitForEditorAndPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';

/**
 * A reviewer's round on the An Lão plan: a version is kept before the edits, the clerk rewrites
 * a task's first words and corrects the directive's date, compares the version with the draft
 * (the words and the date change shown as such), exports the comparison as a Word file with
 * tracked changes, exports the plan (which keeps a version by itself) and restores the first one.
 */
let server: StartedWebServer;
let browser: Browser;
const NFC = (s: string) => s.normalize('NFC');
const BODY = 'section-body-an-lao-ct32-1.1-editable';

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchChromium();
  seedExampleDraft(server.dataDir, 'an-lao');
  seedExampleDraft(server.dataDir, 'dong-da');
  // The Đống Đa draft as another office typed it: the same text with the other tone-mark placement (ủy → uỷ).
  const dongDa = readFileSync(path.join(EXAMPLES_DIR, 'dong-da.kehoach'), 'utf8');
  writeFileSync(path.join(server.dataDir, 'dong-da-uy.kehoach'), dongDa.replaceAll(NFC('ủy'), NFC('uỷ')).replaceAll(NFC('Ủy'), NFC('Uỷ')));
  const parsed = parseDraft(dongDa);
  if (!parsed.ok) throw new Error(parsed.error);
  writeFileSync(path.join(server.dataDir, 'dong-da.docx'), await exportDocx(parsed.plan));
  writeFileSync(path.join(server.dataDir, 'hong.kehoach'), '{"formatVersion": 2, "plan": ');
  writeFileSync(path.join(server.dataDir, 'an-lao-chuyen-doan.kehoach'), serializeDraft(withMovedParagraph()));
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

/** The An Lão draft with the second paragraph of I.1.1 moved to the end of II.1 (an earlier draft, as it were). */
function withMovedParagraph(): Plan {
  const parsed = parseDraft(readFileSync(path.join(EXAMPLES_DIR, 'an-lao.kehoach'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = structuredClone(parsed.plan);
  const find = (list: Section[], id: string): Section | undefined => list.map((s) => (s.id === id ? s : find(s.children, id))).find(Boolean);
  const from = find(plan.sections, 'an-lao-ct32-1.1')!;
  const to = find(plan.sections, 'an-lao-ct32-2.1')!;
  const [moved] = from.body.splice(1, 1);
  to.body.push(moved!);
  return plan;
}

async function openVersions(page: Page): Promise<void> {
  await page.getByTestId('cmd-versions').click();
  await page.getByTestId('versions-list').waitFor();
}

/** The rows of the versions dialog as the clerk reads them: why and note. */
async function versionRows(page: Page): Promise<Array<{ why: string; note: string }>> {
  return page.getByTestId('version-row').evaluateAll((rows) =>
    rows.map((r) => ({ why: r.querySelector('[data-testid="version-why"]')?.textContent ?? '', note: r.querySelector('[data-testid="version-note"]')?.textContent ?? '' })),
  );
}

/** Nothing of the screen lies outside the window, and the page itself does not scroll sideways. */
async function fitsWindow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const w = window.innerWidth;
    const h = window.innerHeight;
    if (document.documentElement.scrollWidth > w) out.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${w})`);
    for (const id of ['compare-export', 'compare-close', 'compare-ignore-tones', 'compare-changes', 'compare-inline']) {
      const r = document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
      if (!r) out.push(`${id} missing`);
      else if (r.left < 0 || r.top < 0 || r.right > w + 0.5 || r.bottom > h + 0.5 || r.width === 0) out.push(`${id} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
    }
    return out;
  });
}

it('keeps a version, compares it with the edited draft, exports the comparison with tracked changes, keeps a version at export, restores', async () => {
  const { page, cdp, errors } = await openApp(browser, server.url, { width: 1366, height: 768 });
  await openDraftByName(page, 'an-lao.kehoach');

  // 1. "Lưu phiên bản…" with a note, from the versions dialog.
  await openVersions(page);
  expect(await page.getByTestId('versions-empty').isVisible()).toBe(true);
  await page.getByTestId('versions-save').click();
  await page.getByTestId('save-version-note').fill(NFC('Bản gửi xin ý kiến'));
  await page.getByTestId('save-version-ok').click();
  await expect.poll(() => versionRows(page)).toEqual([{ why: 'Lưu tay', note: NFC('Bản gửi xin ý kiến') }]);
  expect(await page.getByTestId('version-time').innerText()).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
  await page.getByTestId('versions-close').click();

  // 2. The clerk rewrites the first words of task 1.1 …
  await revealEditor(page, BODY);
  await page.getByTestId(BODY).click();
  await page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement) ?? false, BODY);
  await settled(page);
  await page.keyboard.press('Control+Home');
  await settled(page);
  await cdp.send('Input.insertText', { text: NFC('Đẩy mạnh ') });
  for (let i = 0; i < NFC('Tăng cường ').length; i++) await page.keyboard.press('Delete');
  await expect.poll(() => editorText(page, BODY)).toMatch(new RegExp(`^- ${NFC('Đẩy mạnh công tác giáo dục')}`));
  // … and corrects the directive's date in its citation.
  await page.getByTestId('editor-summary').getByTestId('ref-chip').first().click();
  await page.getByTestId('ref-field-date').fill('25/04/2024');
  await page.getByTestId('ref-field-date').blur();
  await page.getByTestId('ref-popover-close').click();
  await expect.poll(() => editorText(page, 'editor-summary')).toContain('ngày 25/4/2024');

  // 3. Compare the version with the draft open now.
  await openVersions(page);
  const kept = page.getByTestId('version-row').first();
  await kept.locator('input[type="checkbox"]').check();
  await page.getByTestId('version-pick-current').check();
  await page.getByTestId('versions-compare').click();
  await page.getByTestId('compare').waitFor();
  expect(await page.getByTestId('compare-old-label').innerText()).toMatch(new RegExp(`^Phiên bản .* \\(${NFC('Bản gửi xin ý kiến')}\\)$`));
  expect(await page.getByTestId('compare-new-label').innerText()).toBe(NFC('Bản đang soạn'));
  // The words taken out struck through, the words put in underlined.
  const inline = page.getByTestId('compare-inline');
  await expect.poll(() => inline.getByTestId('cmp-del').allInnerTexts()).toContainEqual(expect.stringContaining(NFC('Tăng cường')));
  expect((await inline.getByTestId('cmp-ins').allInnerTexts()).join('|')).toContain(NFC('Đẩy mạnh'));
  const delStyle = await inline.getByTestId('cmp-del').first().evaluate((e) => getComputedStyle(e).textDecorationLine);
  const insStyle = await inline.getByTestId('cmp-ins').first().evaluate((e) => getComputedStyle(e).textDecorationLine);
  expect(delStyle).toContain('line-through');
  expect(insStyle).toContain('underline');
  // The date is a change of the reference's value, listed once and marked where it shows.
  expect((await page.getByTestId('compare-ref-change').allInnerTexts()).join('\n')).toMatch(/24\/4\/2024 → 25\/4\/2024/);
  expect(await inline.locator('[data-change="ref-value"]').count()).toBeGreaterThan(0);
  expect(await inline.getByTestId('cmp-ref-value').first().innerText()).toContain('24/4/2024 → 25/4/2024');
  // The list of changes per section leads to the section's changes.
  const link = page.getByTestId('compare-part-link').filter({ hasText: NFC('I. MỤC ĐÍCH') }).first();
  expect(await link.innerText()).toMatch(/đoạn sửa/);
  await link.click();
  const target = await link.getAttribute('data-part-index');
  await expect.poll(() => page.evaluate((i) => {
    const el = document.querySelector(`[data-testid="compare-inline"] [data-part-index="${i}"]`)!.getBoundingClientRect();
    const pane = document.querySelector('[data-testid="compare-inline"]')!.getBoundingClientRect();
    return el.top >= pane.top - 2 && el.top < pane.top + 40;
  }, target)).toBe(true);

  // 4. Screenshots at the two small window sizes: nothing cut off.
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'versions-compare-1366x768.png') });
  expect(await fitsWindow(page)).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 600 });
  await expect.poll(() => fitsWindow(page)).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'versions-compare-1024x600.png') });
  await page.setViewportSize({ width: 1366, height: 768 });

  // 5. "Xuất bản so sánh": a Word file whose changes Word can accept or reject one by one.
  await page.getByTestId('compare-export').click();
  expect(await page.getByTestId('file-name').inputValue()).toBe('so-sanh-an-lao.docx');
  await page.getByTestId('file-ok').click();
  await page.getByTestId('dialog-exported').waitFor();
  expect(await page.getByTestId('exported-name').innerText()).toBe('so-sanh-an-lao.docx');
  const { document: xml } = await readDocx(readFileSync(path.join(server.dataDir, 'so-sanh-an-lao.docx')));
  const ins = elements(xml, 'w:ins');
  const del = elements(xml, 'w:del');
  expect(ins.length).toBeGreaterThan(0);
  expect(del.length).toBeGreaterThan(0);
  for (const change of [...ins, ...del]) {
    expect(change.getAttribute('w:author')).not.toBe('');
    expect(change.getAttribute('w:date')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d/);
  }
  const deleted = del.flatMap((d) => elements(d, 'w:delText')).map((t) => t.textContent).join('');
  const inserted = ins.flatMap((d) => elements(d, 'w:t')).map((t) => t.textContent).join('');
  // Word by word, as Word shows them: each changed word a deleted and an inserted run.
  for (const word of ['Tăng', 'cường', '24/4/2024']) expect(deleted).toContain(NFC(word));
  for (const word of ['Đẩy', 'mạnh', '25/4/2024']) expect(inserted).toContain(NFC(word));
  expect(deleted).not.toContain(NFC('mạnh'));
  expect(inserted).not.toContain(NFC('cường'));
  await page.getByTestId('exported-close').click();
  await page.getByTestId('compare-close').click();
  await waitForEditorAndPreview(page);

  // 6. Exporting the plan to Word keeps a version by itself.
  await page.getByTestId('cmd-export-docx').click();
  await page.getByTestId('file-ok').click();
  await page.getByTestId('dialog-exported').waitFor();
  await page.getByTestId('exported-close').click();
  await openVersions(page);
  await expect.poll(() => versionRows(page)).toEqual([
    { why: 'Khi xuất Word', note: expect.stringMatching(/^Đã xuất .+\.docx$/) },
    { why: 'Lưu tay', note: NFC('Bản gửi xin ý kiến') },
  ]);

  // Two versions compared with each other: the older is the old side, whichever was ticked first.
  await page.getByTestId('version-row').nth(0).locator('input[type="checkbox"]').check();
  await page.getByTestId('version-row').nth(1).locator('input[type="checkbox"]').check();
  await page.getByTestId('versions-compare').click();
  await page.getByTestId('compare').waitFor();
  expect(await page.getByTestId('compare-old-label').innerText()).toMatch(new RegExp(`\\(${NFC('Bản gửi xin ý kiến')}\\)$`));
  expect(await page.getByTestId('compare-new-label').innerText()).toMatch(/^Phiên bản .*\(Đã xuất .+\.docx\)$/);
  expect((await page.getByTestId('compare-inline').getByTestId('cmp-ins').allInnerTexts()).join('|')).toContain(NFC('Đẩy mạnh'));
  await page.getByTestId('compare-close').click();
  await openVersions(page);

  await page.setViewportSize({ width: 1024, height: 600 });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'versions-dialog-1024x600.png') });
  expect(await page.getByTestId('dialog-versions').evaluate((d) => {
    const r = d.getBoundingClientRect();
    return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
  })).toBe(true);
  await page.setViewportSize({ width: 1366, height: 768 });

  // 7. Restore the version kept by hand: asked first; the text open now is kept; the old text is back, unsaved.
  await page.getByTestId('version-row').nth(1).getByTestId('version-restore').click();
  await page.getByTestId('versions-confirm-restore').waitFor();
  await page.getByTestId('versions-restore-ok').click();
  await page.getByTestId('dialog-versions').waitFor({ state: 'detached' });
  await waitForEditorAndPreview(page);
  await expect.poll(() => editorText(page, BODY)).toMatch(new RegExp(`^- ${NFC('Tăng cường công tác giáo dục')}`));
  expect(await editorText(page, 'editor-summary')).toContain('ngày 24/4/2024');
  expect(await page.getByTestId('doc-dirty').isVisible()).toBe(true);
  await openVersions(page);
  await expect.poll(async () => (await versionRows(page))[0]?.why).toBe('Trước khi khôi phục');
  const rows = await versionRows(page);
  expect(rows[0]?.note).toMatch(/^Trước khi khôi phục phiên bản \d\d\/\d\d\/\d{4} \d\d:\d\d$/);
  expect(rows).toHaveLength(3);
  await page.getByTestId('versions-close').click();

  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);

it('compares the open draft with another draft (tone marks ignored on demand) and with a Word file', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 768 });
  await openDraftByName(page, 'dong-da.kehoach');

  // Another draft: only the tone-mark placement differs.
  await openVersions(page);
  await page.getByTestId('versions-compare-draft').click();
  await page.getByTestId('file-name').fill('dong-da-uy.kehoach');
  await page.getByTestId('file-ok').click();
  await page.getByTestId('compare').waitFor();
  expect(await page.getByTestId('compare-old-label').innerText()).toBe('dong-da-uy.kehoach');
  expect(await page.getByTestId('compare-new-label').innerText()).toBe(NFC('Bản đang soạn'));
  await expect.poll(() => page.getByTestId('compare-part-link').count()).toBeGreaterThan(0);
  expect((await page.getByTestId('compare-inline').getByTestId('cmp-del').allInnerTexts()).join(' ')).toContain(NFC('uỷ'));
  await page.getByTestId('compare-ignore-tones').check();
  await expect.poll(() => page.getByTestId('compare-summary').innerText()).toBe(NFC('Hai bản giống nhau.'));
  expect(await page.getByTestId('compare-inline').getByTestId('cmp-del').count()).toBe(0);
  await page.getByTestId('compare-close').click();
  await waitForEditorAndPreview(page);

  // A Word file, read as a plan: the comparison opens on it as the old side.
  await openVersions(page);
  await page.getByTestId('versions-compare-word').click();
  await page.getByTestId('file-name').fill('dong-da.docx');
  await page.getByTestId('file-ok').click();
  await page.getByTestId('compare').waitFor();
  expect(await page.getByTestId('compare-old-label').innerText()).toBe('dong-da.docx');
  await expect.poll(() => page.getByTestId('compare-part').count()).toBeGreaterThan(3);
  await page.getByTestId('compare-close').click();

  // A draft that cannot be read: said in Vietnamese, and the editor stays as it was.
  await openVersions(page);
  await page.getByTestId('versions-compare-draft').click();
  await page.getByTestId('file-name').fill('hong.kehoach');
  await page.getByTestId('file-ok').click();
  const message = page.getByTestId('dialog-message');
  await message.waitFor();
  expect(await message.innerText()).toMatch(/^Chưa so sánh được với tệp nháp/);
  expect(await page.getByTestId('message-text').innerText()).toMatch(/^[^a-z]*[A-ZÀ-Ỹ].*[.!]$/u);
  await page.getByTestId('message-ok').click();
  expect(await page.getByTestId('compare').count()).toBe(0);
  await page.getByTestId('plan-editor').waitFor();

  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);

it('shows a moved paragraph as a move at both ends, lists each change, and shows only the changes on demand', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 768 });
  await openDraftByName(page, 'an-lao.kehoach');
  await openVersions(page);
  await page.getByTestId('versions-compare-draft').click();
  await page.getByTestId('file-name').fill('an-lao-chuyen-doan.kehoach');
  await page.getByTestId('file-ok').click();
  await page.getByTestId('compare').waitFor();

  // The paragraph left II.1 in the older draft and stands in I.1 now: a note at each end, nothing struck or inserted.
  const notes = page.getByTestId('compare-inline').getByTestId('cmp-move-note');
  await expect.poll(() => notes.allInnerTexts()).toEqual([
    expect.stringMatching(new RegExp(`^${NFC('Đã chuyển từ mục II. NHIỆM VỤ')}`)),
    expect.stringMatching(new RegExp(`^${NFC('Đoạn này chuyển đến mục I. MỤC ĐÍCH')}`)),
  ]);
  expect(await page.getByTestId('compare-inline').getByTestId('cmp-del').count()).toBe(0);
  expect(await page.getByTestId('compare-inline').getByTestId('cmp-ins').count()).toBe(0);
  expect((await page.getByTestId('compare-part-link').allInnerTexts()).join('\n')).toMatch(/1 đoạn chuyển/);

  // A line of the list brings its paragraph into view, marked.
  const line = page.getByTestId('compare-change-line').last();
  await line.click();
  const focused = page.locator('.cmp-row.cmp-focused');
  await focused.waitFor();
  await expect.poll(() => focused.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const pane = el.closest('[data-testid="compare-inline"]')!.getBoundingClientRect();
    return r.top >= pane.top && r.bottom <= pane.bottom;
  })).toBe(true);

  await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'versions-compare-move-1366x768.png') });

  // "Chỉ hiện đoạn có thay đổi": the two ends of the move are all that is left.
  const rows = page.getByTestId('compare-inline').locator('.cmp-row');
  const all = await rows.count();
  await page.getByTestId('compare-only-changes').check();
  await expect.poll(() => rows.count()).toBe(2);
  expect(all).toBeGreaterThan(20);

  // Escape closes the comparison, back to the editor.
  await page.keyboard.press('Escape');
  await page.getByTestId('compare').waitFor({ state: 'detached' });
  await page.getByTestId('plan-editor').waitFor();
  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);
