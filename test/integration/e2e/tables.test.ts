import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { ARTIFACTS_DIR, caretToEnd, openDraftByName, readBytes, seedExampleDraft, typeLikeUnikey, typeWithIme, UNIKEY_VIET_NAM, waitForPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';

/**
 * Tables and Phụ lục as a clerk builds them on the real An Lão plan, in browser mode (built app,
 * Debian's Chromium): insert a table, type Vietnamese in its cells (IME and Unikey), add and remove
 * rows and columns, generate the task-assignment appendix, fill in the number and date at signing,
 * export, and check the DOCX (real table, repeated header row, landscape section) and the PDF
 * LibreOffice makes of it.
 */
let server: StartedWebServer;
let browser: Browser;
let workDir = '';

beforeAll(async () => {
  server = await startWebServer();
  seedExampleDraft(server.dataDir, 'an-lao');
  browser = await launchChromium();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  workDir = mkdtempSync(path.join(tmpdir(), 'kehoach-tables-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const NFC = (s: string) => s.normalize('NFC');
const SECTION = 'an-lao-ct32-2.2';
const BODY = `section-body-${SECTION}-editable`;

async function cellValues(page: Page): Promise<string[][]> {
  return page.locator(`[data-testid="${BODY}"] [data-testid="editor-table"] tr`).evaluateAll((rows) =>
    rows.map((tr) => Array.from(tr.querySelectorAll('textarea')).map((t) => (t as HTMLTextAreaElement).value)),
  );
}

/** The "(Kèm theo …)" line as the preview prints it. */
async function attachLine(page: Page): Promise<string> {
  const el = page.locator('[data-testid="a4-preview"] [data-kind="appendix-attach"]').first();
  await el.waitFor();
  return (await el.textContent()) ?? '';
}

/** The An Lão plan opened, a new table inserted after the body's last paragraph, its first cell drawn. */
async function openWithNewTable(page: Page) {
  await openDraftByName(page, 'an-lao');
  await caretToEnd(page, BODY);
  await page.getByTestId('toolbar-table').click();
  const table = page.locator(`[data-testid="${BODY}"] [data-testid="editor-table"]`);
  await table.getByTestId('table-cell-0-0').waitFor();
  return table;
}

describe('tables and appendices', () => {
  it('inserts a table, types in its cells, adds a task appendix, and exports a real table and a landscape Phụ lục', async () => {
    const { page, cdp, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'an-lao');

    // Insert a table after the paragraph with the caret: the caret lands in the first cell.
    await caretToEnd(page, BODY);
    await page.getByTestId('toolbar-table').click();
    const first = page.locator(`[data-testid="${BODY}"] [data-testid="table-cell-0-0"]`);
    await first.waitFor();
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);

    // Header row through an IME, then Tab to the next cells; body cells the Unikey way.
    await typeWithIme(cdp, ['N', 'Nh', 'Nhi', 'Nhiệ', 'Nhiệm']);
    await cdp.send('Input.insertText', { text: NFC(' vụ') });
    await page.keyboard.press('Tab');
    await cdp.send('Input.insertText', { text: NFC('Đơn vị') });
    await page.keyboard.press('Tab');
    await cdp.send('Input.insertText', { text: NFC('Thời hạn') });
    await page.keyboard.press('Tab');
    await typeLikeUnikey(page, cdp, UNIKEY_VIET_NAM);
    await page.keyboard.press('Tab');
    await cdp.send('Input.insertText', { text: NFC('Ban Tuyên giáo') });
    // Tab from the last cell adds a row, as in Word.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await cdp.send('Input.insertText', { text: NFC('hàng mới') });

    let cells = await cellValues(page);
    expect(cells[0]).toEqual([NFC('Nhiệm vụ'), NFC('Đơn vị'), NFC('Thời hạn')]);
    expect(cells[1]).toEqual([NFC('Việt Nam'), NFC('Ban Tuyên giáo'), '']);
    expect(cells).toHaveLength(4);
    expect(cells[3]![0]).toBe(NFC('hàng mới'));
    expect(cells.flat().every((v) => v === v.normalize('NFC'))).toBe(true);

    // A column added right of the selected cell, then removed; a row removed.
    await page.locator(`[data-testid="${BODY}"] [data-testid="table-cell-1-1"]`).click();
    await page.getByTestId('table-col-add').click();
    cells = await cellValues(page);
    expect(cells[0]).toEqual([NFC('Nhiệm vụ'), NFC('Đơn vị'), '', NFC('Thời hạn')]);
    await page.getByTestId('table-col-remove').click();
    await page.locator(`[data-testid="${BODY}"] [data-testid="table-cell-2-0"]`).click();
    await page.getByTestId('table-row-remove').click();
    cells = await cellValues(page);
    expect(cells).toHaveLength(3);
    expect(cells[0]).toEqual([NFC('Nhiệm vụ'), NFC('Đơn vị'), NFC('Thời hạn')]);
    expect(cells[2]![0]).toBe(NFC('hàng mới'));

    // The preview draws the table with its header row.
    await expect
      .poll(async () => page.locator('[data-testid="a4-preview"] [data-testid="preview-table"] tr[data-header] td').allTextContents(), { timeout: 15_000 })
      .toEqual([NFC('Nhiệm vụ'), NFC('Đơn vị'), NFC('Thời hạn')]);

    // The task-assignment appendix from "Tổ chức thực hiện": landscape, after the plan.
    await page.getByTestId('appendix-add-tasks').click();
    const appendix = page.locator('[data-testid^="appendix-phu-luc-"]').first();
    await appendix.waitFor();
    const taskCells = await appendix.locator('[data-testid="editor-table"] tr').first().locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(taskCells).toEqual(['STT', NFC('Nội dung nhiệm vụ'), NFC('Cơ quan chủ trì'), NFC('Cơ quan phối hợp'), NFC('Thời gian hoàn thành'), NFC('Sản phẩm')]);
    const leads = await appendix.locator('textarea[data-cell$="-2"]').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(leads.length).toBeGreaterThan(2);
    // The clerk names a partner unit in the table.
    const partner = appendix.locator('[data-testid="table-cell-1-3"]');
    await partner.click();
    await cdp.send('Input.insertText', { text: NFC('Công an huyện') });

    await page.locator('[data-testid="a4-preview"] [data-orientation="landscape"]').first().waitFor({ timeout: 15_000 });
    expect(NFC(await attachLine(page))).toBe(NFC('(Kèm theo Kế hoạch số      -KH/HU ngày      tháng      năm 2024 của Ban Thường vụ Huyện ủy)'));

    // Units of the task table are offered as recipients "để t/h".
    await page.getByTestId('tab-facts').click();
    await expect.poll(async () => (await page.getByTestId('recipient-suggestions').textContent()) ?? '', { timeout: 10_000 }).toContain(NFC('Công an huyện'));

    // Number and date filled in at signing: the "Kèm theo" line follows.
    await page.getByTestId('plan-number').fill('45');
    await page.getByTestId('plan-day').selectOption('8');
    await page.getByTestId('plan-month').selectOption('5');
    await expect.poll(async () => NFC(await attachLine(page)), { timeout: 15_000 }).toBe(NFC('(Kèm theo Kế hoạch số 45-KH/HU ngày 08/5/2024 của Ban Thường vụ Huyện ủy)'));
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'e2e-tables-editor.png') });
    // In the preview too, every landscape page of the appendix starts with the task table's header row.
    const landscapePages = page.locator('[data-testid="a4-preview"] [data-orientation="landscape"]');
    await expect.poll(() => landscapePages.count()).toBeGreaterThan(0);
    expect(await landscapePages.count()).toBeGreaterThan(1); // the task table runs onto a second page, as in Writer
    const shownHeaders = await landscapePages.evaluateAll((pages) =>
      pages.map((pg) =>
        Array.from(pg.querySelectorAll('thead'))
          .filter((head) => getComputedStyle(head).display !== 'none')
          .map((head) => head.textContent ?? '')
          .join('|'),
      ),
    );
    for (const header of shownHeaders) expect(NFC(header)).toContain(NFC('Cơ quan chủ trì'));
    await landscapePages.last().scrollIntoViewIfNeeded();
    await page.locator('[data-testid="a4-preview"]').screenshot({ path: path.join(ARTIFACTS_DIR, 'e2e-tables-preview-appendix.png') });

    // Export through the dialogs.
    await page.getByTestId('cmd-export-docx').click();
    await page.getByTestId('file-name').fill('bang-phu-luc');
    await page.getByTestId('file-ok').click();
    await page.getByTestId('dialog-exported').waitFor();
    const exported = await page.getByTestId('exported-path').innerText();
    const bytes = readBytes(exported);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const tables = xml.split('<w:tbl>').slice(1);
    const typed = tables.find((t) => t.includes('Ban Tuyên giáo') && t.includes(NFC('Thời hạn')));
    expect(typed).toBeDefined();
    expect(typed).toContain('<w:tblHeader/>');
    const tasks = tables.find((t) => t.includes(NFC('Cơ quan chủ trì')));
    expect(tasks).toContain('<w:tblHeader/>');
    expect(tasks).toContain(NFC('Công an huyện'));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain(NFC('(Kèm theo Kế hoạch số 45'));
    expect(errors).toEqual([]);
    await page.context().close();

    // LibreOffice opens it: the appendix page is landscape and carries the live line and the table.
    const docx = path.join(workDir, 'bang-phu-luc.docx');
    execFileSync('cp', [exported, docx]);
    execFileSync('cp', [exported, path.join(ARTIFACTS_DIR, 'e2e-tables.docx')]);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(workDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, docx], { stdio: 'pipe', timeout: 150_000 });
    const pdf = path.join(workDir, 'bang-phu-luc.pdf');
    expect(existsSync(pdf)).toBe(true);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    const sizeOf = (n: number) => {
      const m = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', ['-f', String(n), '-l', String(n), pdf], { encoding: 'utf8' }))!;
      return { w: Number(m[1]), h: Number(m[2]) };
    };
    const textOf = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    const landscape = Array.from({ length: pages }, (_, i) => i + 1).filter((n) => sizeOf(n).w > sizeOf(n).h);
    // The plan stays portrait; the appendix pages are landscape and come last.
    expect(sizeOf(1).w).toBeLessThan(sizeOf(1).h);
    expect(landscape.length).toBeGreaterThan(0);
    expect(landscape.at(-1)).toBe(pages);
    const firstAppendix = textOf(landscape[0]!);
    expect(firstAppendix).toContain('PHỤ LỤC');
    expect(firstAppendix.replace(/\s+/g, ' ')).toContain(NFC('(Kèm theo Kế hoạch số 45-KH/HU ngày 08/5/2024 của Ban Thường vụ Huyện ủy)'));
    // The task table's header row is printed again at the top of every page it runs onto.
    for (const n of landscape) expect(textOf(n)).toContain(NFC('Cơ quan chủ trì'));
    expect(textOf(landscape[0]!)).toContain(NFC('Công an huyện'));
    const all = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(all).toContain('Ban Tuyên giáo');
    const pageOfTable = Array.from({ length: pages }, (_, i) => i + 1).find((n) => textOf(n).includes(NFC('Thời hạn')))!;
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(pageOfTable), '-l', String(pageOfTable), '-singlefile', pdf, path.join(ARTIFACTS_DIR, 'e2e-tables-table-page')]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(landscape[0]), '-l', String(landscape[0]), '-singlefile', pdf, path.join(ARTIFACTS_DIR, 'e2e-tables-appendix')]);
  }, 240_000);

  it('merges header cells and drags a column border; the DOCX has the merge and the new widths', async () => {
    const { page, cdp, errors } = await openApp(browser, server.url);
    const table = await openWithNewTable(page);
    await cdp.send('Input.insertText', { text: NFC('Nội dung') });
    await page.keyboard.press('Tab');
    await cdp.send('Input.insertText', { text: NFC('Thời gian') });
    // Two header rows: "Nội dung" spans them, "Thời gian" spans the two columns on its right.
    await table.getByTestId('table-row-add').click();
    await table.getByTestId('table-header-rows').selectOption('2');
    await table.getByTestId('table-cell-0-1').click();
    await table.getByTestId('table-merge-right').click();
    await table.getByTestId('table-cell-0-0').click();
    await table.getByTestId('table-merge-down').click();
    await expect.poll(() => table.locator('td[colspan="2"]').count()).toBe(1);
    expect(await table.locator('td[rowspan="2"]').count()).toBe(1);
    // Widen the first column by dragging its right border 120 px.
    const handle = table.getByTestId('table-col-resize-0');
    const box = (await handle.boundingBox())!;
    const before = await table.locator('col').evaluateAll((cols) => cols.map((c) => parseFloat((c as HTMLElement).style.width)));
    await page.mouse.move(box.x + box.width / 2, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + 5, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + 5, { steps: 4 });
    await page.mouse.up();
    const after = await table.locator('col').evaluateAll((cols) => cols.map((c) => parseFloat((c as HTMLElement).style.width)));
    expect(after[0]).toBeGreaterThan(before[0]! + 5);
    expect(after[2]).toBeCloseTo(before[2]!, 0);

    // The preview draws the merged header cells.
    await expect.poll(() => page.locator('[data-testid="a4-preview"] [data-testid="preview-table"] tr:not([data-repeat]) td[colspan="2"]').count(), { timeout: 15_000 }).toBe(1);

    await page.getByTestId('cmd-export-docx').click();
    await page.getByTestId('file-name').fill('bang-gop-o');
    await page.getByTestId('file-ok').click();
    await page.getByTestId('dialog-exported').waitFor();
    const xml = await (await JSZip.loadAsync(readBytes(await page.getByTestId('exported-path').innerText()))).file('word/document.xml')!.async('string');
    const tbl = xml.split('<w:tbl>').slice(1).find((t) => t.includes(NFC('Thời gian')))!;
    expect(tbl.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(tbl).toContain('<w:gridSpan w:val="2"/>');
    expect(tbl).toContain('<w:vMerge w:val="restart"/>');
    const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    expect(grid[0]).toBeGreaterThan(grid[2]!);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('"Tìm" finds a word in a table cell and marks the cell; "Thay tất cả" replaces it there', async () => {
    const { page, cdp, errors } = await openApp(browser, server.url);
    const table = await openWithNewTable(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await cdp.send('Input.insertText', { text: NFC('Quý ba, rồi quý bốn') });
    await page.getByTestId('cmd-replace').click();
    await page.getByTestId('find-input').fill(NFC('quý ba'));
    await expect.poll(() => page.getByTestId('find-count').innerText()).toBe('1/1 kết quả');
    await expect.poll(() => table.locator('textarea[data-find-current]').getAttribute('data-cell')).toBe('1-0');
    await page.getByTestId('replace-input').fill(NFC('quý một'));
    await page.getByTestId('replace-all').click();
    await expect.poll(() => table.getByTestId('table-cell-1-0').inputValue()).toBe(NFC('Quý một, rồi quý bốn'));
    await waitForPreview(page, (ps) => ps.some((p) => p.kind === 'table' && p.text.includes(NFC('Quý một, rồi quý bốn'))), 15_000);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
