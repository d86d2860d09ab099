import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { ARTIFACTS_DIR, openDraftByName, seedExampleDraft, visible, waitForPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';

/**
 * The clerk of Huyện ủy An Lão (docs/examples/an-lao.kehoach, a plan made before the opening's
 * parts were kept) rewords the opening in the side panel: "Triển khai thực hiện …, cụ thể:". The
 * panel says the opening was written by hand before replacing it, the editor and the A4 page
 * change, and Ctrl+Z brings the old sentence back. A short name given to the base shows in the
 * editor's chips exactly as the page prints it: the bracket at the first full citation, the short
 * name at a later short citation.
 */
let server: StartedWebServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer();
  seedExampleDraft(server.dataDir, 'an-lao');
  browser = await launchChromium();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

const CITATION =
  'Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030';
const OLD_OPENING = `Thực hiện ${CITATION}, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Chỉ thị như sau:`;
const NEW_OPENING = `Triển khai thực hiện ${CITATION}, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Chỉ thị, cụ thể:`;

/** The opening paragraphs on the A4 page once they are exactly [expected] (the preview re-lays pages in idle slices), or what they are after 10 s. */
const preambleOf = async (page: Page, expected: string): Promise<string[]> => {
  const preamble = (ps: Array<{ kind: string; text: string }>) => ps.filter((p) => p.kind === 'preamble').map((p) => p.text);
  return preamble(await waitForPreview(page, (ps) => { const texts = preamble(ps); return texts.length === 1 && texts[0] === expected; }));
};

/** The words of an element as the clerk reads them (chips' text included, Slate's zero-width placeholders not). */
const wordsOf = async (page: Page, testId: string): Promise<string> => visible((await page.getByTestId(testId).textContent()) ?? '');

/** The text under a test id once it equals `expected`, or what it shows after 5 s. */
async function textBecomes(page: Page, testId: string, expected: string): Promise<string> {
  const end = Date.now() + 5_000;
  let text = '';
  while (Date.now() < end) {
    text = await wordsOf(page, testId);
    if (text === expected) break;
    await page.waitForTimeout(50);
  }
  return text;
}

describe('the opening sentence recomposed from its parts in the side panel', () => {
  it('warns that the opening was written by hand, replaces it, shows it in the editor and on the page, and Ctrl+Z brings it back', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'an-lao');
    expect(await preambleOf(page, OLD_OPENING)).toEqual([OLD_OPENING]);

    await page.getByTestId('tab-facts').click();
    const panel = page.getByTestId('wording-panel');
    await panel.scrollIntoViewIfNeeded();
    // The plan was made before the parts were kept: the regime's defaults, and its opening is not theirs.
    expect(await page.getByTestId('wording-hand-edited').innerText()).toContain('Câu mở đầu đã được sửa tay; áp dụng sẽ thay bằng câu mới — có thể hoàn tác bằng Ctrl+Z');
    await page.getByTestId('wording-fields-toggle').click();
    expect(await page.getByTestId('wording-lead').inputValue()).toBe('Thực hiện');
    await page.getByTestId('wording-lead').fill('Triển khai thực hiện');
    await page.getByTestId('wording-ending').fill(', cụ thể:');
    // The panel shows the sentence exactly as it will print, before anything is replaced.
    expect(await textBecomes(page, 'preview-opening', NEW_OPENING)).toBe(NEW_OPENING);
    expect(await wordsOf(page, 'editor-preamble-editable')).toBe(OLD_OPENING);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'recompose-panel.png') });

    await page.getByTestId('wording-apply').click();
    expect(await textBecomes(page, 'editor-preamble-editable', NEW_OPENING)).toBe(NEW_OPENING);
    expect(await preambleOf(page, NEW_OPENING)).toEqual([NEW_OPENING]);
    // Composed from the parts now: nothing written by hand to warn about, the fields show the parts applied.
    expect(await page.getByTestId('wording-hand-edited').count()).toBe(0);
    expect(await page.getByTestId('wording-lead').inputValue()).toBe('Triển khai thực hiện');
    expect(await page.getByTestId('cmd-undo').getAttribute('title')).toContain('Đổi câu mở đầu và trích yếu');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'recompose-applied.png') });

    // The focus is on the panel's button, not in the text: Ctrl+Z undoes the whole change.
    await page.keyboard.press('Control+z');
    expect(await textBecomes(page, 'editor-preamble-editable', OLD_OPENING)).toBe(OLD_OPENING);
    expect(await preambleOf(page, OLD_OPENING)).toEqual([OLD_OPENING]);
    expect(await page.getByTestId('wording-lead').inputValue()).toBe('Thực hiện');
    expect(errors).toEqual([]);
  });

  it('shows a short name in the chips as the page prints it: the bracket at the first full citation, the short name later', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openDraftByName(page, 'an-lao');
    const preamble = page.getByTestId('editor-preamble');
    await preamble.locator('[data-testid="ref-chip"][data-field="citation.full"]').click();
    await page.getByTestId('ref-field-shortName').fill('Chỉ thị 32');
    await page.getByTestId('ref-popover-close').click();

    const bracketed = `${CITATION} (sau đây viết tắt là Chỉ thị 32)`;
    const opening = `Thực hiện ${bracketed}, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Chỉ thị như sau:`;
    const chip = preamble.locator('[data-testid="ref-chip"][data-field="citation.full"]');
    expect(visible(await chip.innerText())).toBe(bracketed);
    expect(await preambleOf(page, opening)).toEqual([opening]);
    // The summary is a sentence of its own: it never introduces the short name, here nor on the page.
    const summaryChip = page.getByTestId('editor-summary').locator('[data-testid="ref-chip"]');
    expect(visible(await summaryChip.innerText())).toBe(CITATION);

    // Section 1.1 cites the directive short, after the opening introduced its short name.
    const section = page.getByTestId('editor-section-an-lao-ct32-1.1');
    await section.scrollIntoViewIfNeeded();
    const shortChip = section.locator('[data-testid="ref-chip"][data-field="citation.short"]');
    expect(visible(await shortChip.innerText())).toBe('Chỉ thị 32');
    const printed = '- Quán triệt, tuyên truyền, triển khai và thực hiện Chỉ thị 32 sâu rộng, nghiêm túc';
    const paras = await waitForPreview(page, (ps) => ps.some((p) => p.source === 'an-lao-ct32-1.1' && p.text.startsWith(printed)));
    expect(paras.filter((p) => p.source === 'an-lao-ct32-1.1' && p.text.startsWith(printed))).toHaveLength(1);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'recompose-chips.png') });

    // Turned into plain text, the chip keeps the words the page prints, bracket included.
    await preamble.locator('[data-testid="ref-chip"][data-field="citation.full"]').click();
    await page.getByTestId('ref-to-text').click();
    expect(await wordsOf(page, 'editor-preamble-editable')).toBe(opening);
    expect(errors).toEqual([]);
  });
});
