import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { ARTIFACTS_DIR, caretToEnd, openDraftByName, readBytes, revealEditor, seedExampleDraft } from './helpers/app-actions';
import { type AppPage, launchChromium, openApp } from './helpers/browser';

/**
 * Issue 8: footnotes, a section starting a new page, centred and right-aligned paragraphs, as a
 * clerk makes them in the app (browser mode, Debian's Chromium, built app), seen in the preview and
 * in the exported DOCX (and, for the page break, in LibreOffice's PDF of it).
 */
let server: StartedWebServer;
let browser: Browser;
let workDir = '';

beforeAll(async () => {
  server = await startWebServer();
  seedExampleDraft(server.dataDir, 'an-lao', 'an-lao-chu-thich');
  seedExampleDraft(server.dataDir, 'an-lao', 'an-lao-trang-moi');
  browser = await launchChromium();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  workDir = mkdtempSync(path.join(tmpdir(), 'kehoach-notes-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
  if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
});

const NFC = (s: string) => s.normalize('NFC');
const body = (id: string) => `section-body-${id}-editable`;

async function exportDocx(page: Page, name: string): Promise<Buffer> {
  await page.getByTestId('cmd-export-docx').click();
  await page.getByTestId('file-name').fill(name);
  await page.getByTestId('file-ok').click();
  await page.getByTestId('dialog-exported').waitFor();
  const file = await page.getByTestId('exported-path').innerText();
  await page.keyboard.press('Escape');
  return readBytes(file);
}

/** The numbers the editor's footnote marks show, in document order (they follow the plan a frame after an edit: poll). */
const editorMarks = (page: Page): Promise<string[]> => page.locator('[data-testid="plan-editor"] [data-testid="footnote-mark"]').allInnerTexts();

/** Each footnote reference in the preview and each footnote at a page foot, with its page number. */
async function previewNotes(page: Page) {
  await page.locator('[data-testid="a4-preview"][data-complete]').waitFor({ timeout: 30_000 });
  return page.locator('.kh-a4-pages .kh-a4-page').evaluateAll((pages) =>
    pages.flatMap((p, i) => [
      // A paragraph split across pages is drawn whole on each and clipped: only the marks shown count.
      ...[...p.querySelectorAll('[data-testid="preview-footnote-ref"]')].filter((el) => {
        const r = el.getBoundingClientRect();
        const clip = el.closest('div[style*="overflow: hidden"]')!.getBoundingClientRect();
        return r.top >= clip.top - 1 && r.bottom <= clip.bottom + 1;
      }).map((el) => ({
        what: 'ref' as const,
        page: i + 1,
        number: el.textContent ?? '',
        verticalAlign: getComputedStyle(el).verticalAlign,
        // A mark sits within its paragraph, above the footnote area.
        bottom: el.getBoundingClientRect().bottom,
      })),
      ...[...p.querySelectorAll('[data-testid="preview-footnote"]')].map((el) => ({
        what: 'note' as const,
        page: i + 1,
        number: el.getAttribute('data-footnote') ?? '',
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        top: el.getBoundingClientRect().top,
        pageBottom: p.getBoundingClientRect().bottom,
      })),
    ]),
  );
}

/** Waits (the preview follows the plan after a pause) for `count` footnotes, the texts given among them. */
async function waitForNotes(page: Page, count: number, texts: string[] = []) {
  const end = Date.now() + 20_000;
  for (;;) {
    const notes = await previewNotes(page);
    const foot = notes.filter((n) => n.what === 'note');
    if ((foot.length === count && texts.every((t) => foot.some((n) => n.text === t))) || Date.now() > end) return notes;
    await page.waitForTimeout(150);
  }
}

/** Types the footnote's text in its box (as an IME commits it) and closes it. */
async function typeNote(app: AppPage, textValue: string, close: 'enter' | 'button') {
  const box = app.page.getByTestId('footnote-text');
  await box.waitFor();
  // The clerk types once the caret is in the box.
  await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
  await app.cdp.send('Input.insertText', { text: textValue });
  if (close === 'enter') await box.press('Enter');
  else await app.page.getByTestId('footnote-done').click();
  await box.waitFor({ state: 'detached' });
}

describe('footnotes', () => {
  it('inserted at the caret (Ctrl+Alt+F, toolbar "Chú thích"), numbered in order, at the foot of their page, deleted and undone, in word/footnotes.xml', async () => {
    const app = await openApp(browser, server.url);
    const { page, errors } = app;
    await openDraftByName(page, 'an-lao-chu-thich');

    // A footnote at the end of section II.2, by Word's shortcut.
    await caretToEnd(page, body('an-lao-ct32-2.2'));
    await page.keyboard.press('Control+Alt+F');
    await typeNote(app, NFC('Theo Hướng dẫn số 12-HD/TU của Ban Thường vụ Thành ủy.'), 'enter');
    await expect.poll(() => editorMarks(page)).toEqual(['1']);

    // A second one earlier in the document (section I.2), by the toolbar button: it becomes 1, the first 2.
    await caretToEnd(page, body('an-lao-ct32-1.2'));
    await page.getByTestId('toolbar-footnote').click();
    await typeNote(app, NFC('Số liệu năm học 2023 - 2024.'), 'button');
    await expect.poll(() => editorMarks(page)).toEqual(['1', '2']);

    // The preview: each footnote at the foot of the page that holds its mark, numbered in order; the mark superscript.
    let notes = await waitForNotes(page, 2, [NFC('1 Số liệu năm học 2023 - 2024.'), NFC('2 Theo Hướng dẫn số 12-HD/TU của Ban Thường vụ Thành ủy.')]);
    const refs = notes.filter((n) => n.what === 'ref');
    const foot = notes.filter((n) => n.what === 'note');
    expect(refs.map((r) => r.number)).toEqual(['1', '2']);
    expect(foot.map((n) => n.number)).toEqual(['1', '2']);
    expect(foot[0]!.text).toBe(NFC('1 Số liệu năm học 2023 - 2024.'));
    expect(foot[1]!.text).toBe(NFC('2 Theo Hướng dẫn số 12-HD/TU của Ban Thường vụ Thành ủy.'));
    for (const ref of refs) {
      expect(ref.verticalAlign).toBe('super');
      const note = foot.find((n) => n.number === ref.number)!;
      expect(note.page, `footnote ${ref.number} on the page of its mark`).toBe(ref.page);
      // At the foot: below the text, within the page.
      expect(note.top).toBeGreaterThan(ref.bottom);
      expect(note.top).toBeLessThan(note.pageBottom);
    }
    const shot = await page.locator(`.kh-a4-pages [data-testid="preview-page-${refs[0]!.page}"]`);
    await shot.scrollIntoViewIfNeeded();
    await shot.screenshot({ path: path.join(ARTIFACTS_DIR, 'e2e-footnote-preview-page.png') });

    // Clicking a mark opens its text to edit.
    await revealEditor(page, body('an-lao-ct32-2.2'));
    await page.getByTestId(body('an-lao-ct32-2.2')).getByTestId('footnote-mark').click();
    const box = page.getByTestId('footnote-text');
    expect(await box.inputValue()).toBe(NFC('Theo Hướng dẫn số 12-HD/TU của Ban Thường vụ Thành ủy.'));
    await box.fill(NFC('Theo Hướng dẫn số 15-HD/TU.'));
    await page.getByTestId('footnote-done').click();
    notes = await waitForNotes(page, 2, [NFC('2 Theo Hướng dẫn số 15-HD/TU.')]);
    expect(notes.find((n) => n.what === 'note' && n.number === '2')).toMatchObject({ text: NFC('2 Theo Hướng dẫn số 15-HD/TU.') });

    // "Xong" put the caret after the mark: Backspace deletes it like a character; Ctrl+Z brings it back.
    await page.keyboard.press('Backspace');
    await expect.poll(() => editorMarks(page)).toEqual(['1']);
    notes = await waitForNotes(page, 1, [NFC('1 Số liệu năm học 2023 - 2024.')]);
    expect(notes.filter((n) => n.what === 'note').map((n) => n.text)).toEqual([NFC('1 Số liệu năm học 2023 - 2024.')]);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => editorMarks(page)).toEqual(['1', '2']);
    await waitForNotes(page, 2);

    // The DOCX: Word footnotes, referenced from the text in order.
    const zip = await JSZip.loadAsync(await exportDocx(page, 'chu-thich'));
    const footnotesXml = (await zip.file('word/footnotes.xml')!.async('string')).replace(/<w:noBreakHyphen\/>/g, '-');
    const noteTexts = [...footnotesXml.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g)].map((m) => [m[1], m[2]!.replace(/<[^>]+>/g, '').trim()]);
    expect(noteTexts).toEqual([
      ['1', NFC('Số liệu năm học 2023 - 2024.')],
      ['2', NFC('Theo Hướng dẫn số 15-HD/TU.')],
    ]);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect([...documentXml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1])).toEqual(['1', '2']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** Lines of each page of a PDF, as pdftotext -layout reads them, without blank lines and page numbers. */
function pdfPageLines(pdf: string): string[][] {
  const count = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  const pages: string[][] = [];
  for (let k = 1; k <= count; k++) {
    const text = execFileSync('pdftotext', ['-layout', '-f', String(k), '-l', String(k), pdf, '-'], { encoding: 'utf8' });
    pages.push(text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '' && !/^\d+$/.test(l)));
  }
  return pages;
}

describe('page break before a section, centred and right-aligned paragraphs', () => {
  it('Ctrl+Enter starts section III on a new page (editor, preview, DOCX, LibreOffice PDF); Ctrl+E and "Căn phải" align paragraphs', async () => {
    const app = await openApp(browser, server.url);
    const { page, errors } = app;
    await openDraftByName(page, 'an-lao-trang-moi');

    // Ctrl+Enter in the title of section III: a dashed "Ngắt trang" line above it.
    const title = page.getByTestId('section-title-an-lao-ct32-3');
    await title.scrollIntoViewIfNeeded();
    await title.click();
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('page-break-an-lao-ct32-3').waitFor();
    expect(await page.getByTestId('page-break-an-lao-ct32-3').innerText()).toContain('Ngắt trang');
    expect(await page.getByTestId('section-page-break-an-lao-ct32-3').getAttribute('aria-pressed')).toBe('true');
    // Ctrl+Enter in a section's text toggles it too: on, then off again.
    await caretToEnd(page, body('an-lao-ct32-3.1'));
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('page-break-an-lao-ct32-3.1').waitFor();
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('page-break-an-lao-ct32-3.1').waitFor({ state: 'detached' });

    // Ctrl+E centres section I.2's paragraph; the toolbar's "Căn phải" right-aligns section II.3's.
    await caretToEnd(page, body('an-lao-ct32-1.2'));
    await page.keyboard.press('Control+E');
    await caretToEnd(page, body('an-lao-ct32-2.3'));
    await page.getByTestId('toolbar-align-right').click();
    await expect.poll(() => page.getByTestId(body('an-lao-ct32-1.2')).locator('p').first().evaluate((p) => getComputedStyle(p).textAlign)).toBe('center');
    await expect.poll(() => page.getByTestId(body('an-lao-ct32-2.3')).locator('p').first().evaluate((p) => getComputedStyle(p).textAlign)).toBe('right');

    // The preview: section III's heading is the first paragraph of its page; the paragraphs aligned.
    const end = Date.now() + 20_000;
    let state: { firstOnPage: boolean; centre: string; right: string } = { firstOnPage: false, centre: '', right: '' };
    while (Date.now() < end) {
      await page.locator('[data-testid="a4-preview"][data-complete]').waitFor({ timeout: 30_000 });
      state = await page.locator('.kh-a4-pages').evaluate((root) => {
        const heading = root.querySelector('[data-kind="heading"][data-source-id="an-lao-ct32-3"]');
        const pageEl = heading?.closest('.kh-a4-page');
        const first = pageEl?.querySelector('[data-kind]:not([data-kind="circulation"])');
        const align = (id: string) => {
          const p = root.querySelector(`[data-kind="body"][data-source-id="${id}"]`);
          return p ? getComputedStyle(p).textAlign : '';
        };
        return { firstOnPage: heading != null && first === heading, centre: align('an-lao-ct32-1.2'), right: align('an-lao-ct32-2.3') };
      });
      if (state.firstOnPage && state.centre === 'center' && state.right === 'right') break;
      await page.waitForTimeout(150);
    }
    expect(state).toEqual({ firstOnPage: true, centre: 'center', right: 'right' });

    // The DOCX: w:pageBreakBefore on the heading, w:jc on the two paragraphs.
    const bytes = await exportDocx(page, 'trang-moi');
    const documentXml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<w:noBreakHyphen\/>/g, '-');
    const paras = documentXml.split(/<w:p[ >]/).slice(1).map((p) => ({ xml: p, text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') }));
    const heading = paras.find((p) => p.text === 'III. TỔ CHỨC THỰC HIỆN')!;
    expect(heading.xml).toContain('<w:pageBreakBefore/>');
    expect(paras.filter((p) => p.xml.includes('<w:pageBreakBefore/>'))).toHaveLength(1);
    const jc = (start: string) => /<w:jc w:val="(\w+)"\/>/.exec(paras.find((p) => p.text.startsWith(start))!.xml)?.[1];
    const centreStart = NFC((await page.getByTestId(body('an-lao-ct32-1.2')).innerText()).replace(/[\uFEFF\u200B]/g, '').trim().slice(0, 30));
    expect(jc(centreStart)).toBe('center');

    // LibreOffice's PDF: "III. TỔ CHỨC THỰC HIỆN" is the first line of its page.
    const docx = path.join(workDir, 'trang-moi.docx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(docx, bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(workDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, docx], { stdio: 'pipe', timeout: 170_000 });
    const pages = pdfPageLines(path.join(workDir, 'trang-moi.pdf'));
    const at = pages.findIndex((lines) => lines.some((l) => l.includes('III. TỔ CHỨC THỰC HIỆN')));
    expect(at, 'section III in the PDF').toBeGreaterThan(0);
    expect(pages[at]![0]).toBe('III. TỔ CHỨC THỰC HIỆN');
    // A page image for a person to look at.
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(at + 1), '-l', String(at + 1), path.join(workDir, 'trang-moi.pdf'), path.join(ARTIFACTS_DIR, 'e2e-page-break-pdf')]);

    // The × on the "Ngắt trang" line removes the break; "Hoàn tác" brings it back.
    await page.getByTestId('page-break-remove-an-lao-ct32-3').click();
    await page.getByTestId('page-break-an-lao-ct32-3').waitFor({ state: 'detached' });
    await page.getByTestId('cmd-undo').click();
    await page.getByTestId('page-break-an-lao-ct32-3').waitFor();
    // The outline's "Trang mới" toggles the selected section (III, selected by its title) too.
    await page.getByTestId('section-title-an-lao-ct32-3').click();
    await page.getByTestId('section-page-break-outline').click();
    await page.getByTestId('page-break-an-lao-ct32-3').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('section-page-break-outline').getAttribute('aria-pressed')).toBe('false');

    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});

/**
 * Footnotes take room at the foot of the page in LibreOffice too: a plan with footnotes breaks its
 * pages at the same paragraphs in the preview and in the PDF of its DOCX (as pagination.test.ts checks
 * for plans without). Each plan gets a footnote after every third paragraph (every other one long)
 * and its second part starts a new page.
 */
describe('footnotes and page breaks move pages the same way in the preview and the PDF', () => {
  const NOTE = 'Theo báo cáo tổng kết của Ban Tuyên giáo Huyện ủy về kết quả thực hiện nhiệm vụ năm học trước';
  function withNotes(plan: import('../../../core/model/plan').Plan): import('../../../core/model/plan').Plan {
    const copy = structuredClone(plan);
    let n = 0;
    const visit = (s: import('../../../core/model/plan').Section, depth: number) => {
      for (const block of s.body) {
        n += 1;
        if (n % 3 !== 0 || block.type === 'table') continue;
        const long = n % 2 === 0 ? ` ${NOTE}; ${NOTE.toLowerCase()}.` : '.';
        block.children.push({ type: 'footnote', note: `Ghi chú ${n}: ${NOTE}${long}`, children: [{ text: '' }] }, { text: '' });
      }
      s.children.forEach((c) => visit(c, depth + 1));
    };
    copy.sections.forEach((s) => visit(s, 1));
    // The second top-level section starts a new page.
    if (copy.sections[1]) copy.sections[1].pageBreakBefore = true;
    return copy;
  }

  it.each(['an-lao', 'dong-da', 'thanh-xuan'] as const)('%s with footnotes: every page starts with the same paragraph', async (name) => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { parseDraft, serializeDraft } = await import('../../../core/draft/draft-file');
    const { exportDocx: toDocx } = await import('../../../core/docx/export-docx');
    const { layoutPlan } = await import('../../../core/render/layout');
    const { EXAMPLES_DIR } = await import('./helpers/app-actions');
    const parsed = parseDraft(readFileSync(path.join(EXAMPLES_DIR, `${name}.kehoach`), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = withNotes(parsed.plan);
    const file = `${name}-chu-thich-nhieu`;
    writeFileSync(path.join(server.dataDir, `${file}.kehoach`), serializeDraft(plan));
    const docx = path.join(workDir, `${file}.docx`);
    writeFileSync(docx, await toDocx(plan));
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(workDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, docx], { stdio: 'pipe', timeout: 170_000 });
    const pdfPages = pdfPageLines(path.join(workDir, `${file}.pdf`));

    const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
    const laid = layoutPlan(plan);
    const paras = [...laid.front, ...laid.body].map((p) => squash(p.runs.map((r) => r.text).join('')));
    // The paragraph (index) a page starts with: the first whose text starts with the page's first line.
    const locate = (line: string, from: number): number | string => {
      for (let i = from; i < paras.length; i++) if (paras[i]!.length > 3 && paras[i]!.includes(line)) return i;
      return line.includes('Nơi nhận') || /^T\/M|^TM\.|^KT\./.test(line) ? '<closing>' : `not found: ${line}`;
    };

    const { page, errors } = await openApp(browser, server.url);
    await openDraftByName(page, file);
    await page.locator('[data-testid="a4-preview"][data-complete]').waitFor({ timeout: 60_000 });
    const starts = await page.locator('.kh-a4-pages .kh-a4-page').evaluateAll((pages) =>
      pages.map((p) => {
        const first = p.querySelector('[data-kind]:not([data-kind="circulation"])');
        // A paragraph continued from the page before is drawn shifted up (its earlier lines clipped).
        const clip = first?.closest('div[style*="overflow: hidden"]');
        const shift = clip && clip !== p ? ((clip.firstElementChild as HTMLElement | null)?.style.marginTop ?? '') : '';
        return { text: first?.textContent ?? '', continued: shift !== '' && !/^-?0(mm)?$/.test(shift), closing: first?.closest('[data-testid="preview-closing"]') != null };
      }),
    );
    const preview: Array<number | string> = [];
    let from = 0;
    for (const s of starts.slice(1)) {
      // The element holds the whole paragraph, also when only its later lines show.
      const at = s.closing ? '<closing>' : locate(squash(s.text).slice(0, 40), from);
      preview.push(s.continued ? `${at}+` : at);
      if (typeof at === 'number') from = at;
    }
    const printed: Array<number | string> = [];
    from = 0;
    for (const lines of pdfPages.slice(1)) {
      const first = squash(lines[0] ?? '');
      const at = locate(first.slice(0, 40), from);
      // A page starting inside a paragraph: its first line is not the start of the paragraph holding it.
      const continued = typeof at === 'number' && !paras[at]!.startsWith(first.slice(0, 20));
      printed.push(continued ? `${at}+` : at);
      if (typeof at === 'number') from = at;
    }
    expect(preview, `preview ${JSON.stringify(preview)} / PDF ${JSON.stringify(printed)}`).toEqual(printed);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
