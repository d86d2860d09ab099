import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWebServer, startWebServer } from '../../helpers/web-server';
import { previewParas, waitForEditorAndPreview, waitForPreview } from './helpers/app-actions';
import { launchChromium, openApp } from './helpers/browser';
import { ROOT } from './helpers/restartable-server';

/**
 * A clerk creates a plan from each template the start screen lists, filling the new-plan form with
 * the facts of the three real plans (/work/shared/examples), and sees it in the editor and preview.
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

interface Answers {
  base: { regime: 'dang' | 'nha-nuoc'; type: string; number: string; symbol: string; date: string; issuer: string; subject: string };
  org: { regime: 'dang' | 'nha-nuoc'; superiorBody: string; issuingBody: string; symbolCode: string; placeName: string; collective: string; archiveLine: string };
  /** Plain fields by name; list items by `<field>.<index>.<item field>`; string[] as lines. */
  fields: Record<string, string>;
  /** What the clerk then sees. */
  expect: { title: string; citation: string[]; firstHeading: string; unit: string; taskText: string };
}

const AN_LAO_ORG: Answers['org'] = { regime: 'dang', superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', issuingBody: 'HUYỆN ỦY AN LÃO', symbolCode: 'HU', placeName: 'An Lão', collective: 'Ban Thường vụ Huyện ủy', archiveLine: 'Lưu Văn phòng Huyện ủy' };
const CT32: Answers['base'] = { regime: 'dang', type: 'Chỉ thị', number: '32', symbol: 'CT/TU', date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy', subject: 'về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030' };
const TASK = 'Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền các cấp và các trường học, nhất là người đứng đầu.';

const ANSWERS: Record<string, Answers> = {
  'dang-ke-hoach-thuc-hien': {
    base: CT32,
    org: AN_LAO_ORG,
    fields: {
      'tasks.0.paragraphs': TASK,
      'units.0.name': 'Ủy ban nhân dân huyện',
      'units.0.tasks': 'Lãnh đạo xây dựng kế hoạch thực hiện Chỉ thị.',
      leadUnit: 'Ban Tuyên giáo Huyện ủy',
    },
    expect: { title: 'KẾ HOẠCH', citation: ['Chỉ thị số 32-CT/TU', '24/4/2024', 'Ban Thường vụ Thành ủy'], firstHeading: 'I. MỤC ĐÍCH, YÊU CẦU', unit: 'Ủy ban nhân dân huyện', taskText: TASK },
  },
  'dang-ke-hoach-ngan': {
    base: CT32,
    org: AN_LAO_ORG,
    fields: {
      purposes: 'Quán triệt, tuyên truyền, triển khai và thực hiện Chỉ thị sâu rộng, nghiêm túc.',
      'contents.0.title': 'Công tác tuyên truyền',
      'contents.0.paragraphs': TASK,
      'units.0.name': 'Các chi, Đảng bộ trực thuộc Huyện ủy',
      'units.0.task': 'Tổ chức nghiên cứu, quán triệt Chỉ thị tới cán bộ, đảng viên.',
      leadUnit: 'Ban Tuyên giáo Huyện ủy',
    },
    expect: { title: 'KẾ HOẠCH', citation: ['Chỉ thị số 32-CT/TU', '24/4/2024'], firstHeading: 'I. MỤC ĐÍCH, YÊU CẦU', unit: 'Các chi, Đảng bộ trực thuộc Huyện ủy', taskText: TASK },
  },
  'dang-chuong-trinh-hanh-dong': {
    base: { regime: 'dang', type: 'Nghị quyết', number: '71', symbol: 'NQ/TW', date: '2025-08-22', issuer: 'Bộ Chính trị', subject: 'về đột phá phát triển giáo dục và đào tạo' },
    org: { regime: 'dang', superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', issuingBody: 'ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA', symbolCode: 'ĐU', placeName: 'Đông Đa', collective: 'Đảng ủy phường Đông Đa', archiveLine: 'Lưu Ban XDĐ' },
    fields: {
      generalGoal: 'Phát triển giáo dục và đào tạo của phường trở thành động lực then chốt.',
      'tasks.0.title': 'Nâng cao nhận thức về vai trò của giáo dục',
      'tasks.0.paragraphs': TASK,
      'units.0.name': 'Ủy ban nhân dân phường',
      'units.0.tasks': 'Xây dựng kế hoạch thực hiện Chương trình hành động.',
      leadUnit: 'Ban Xây dựng Đảng',
    },
    expect: { title: 'CHƯƠNG TRÌNH HÀNH ĐỘNG', citation: ['Nghị quyết số 71-NQ/TW', '22/8/2025', 'Bộ Chính trị'], firstHeading: 'I. MỤC ĐÍCH, YÊU CẦU', unit: 'Ủy ban nhân dân phường', taskText: TASK },
  },
  'nha-nuoc-ke-hoach': {
    base: { regime: 'nha-nuoc', type: 'Quyết định', number: '4045', symbol: 'QĐ-UBND', date: '2023-08-11', issuer: 'Ủy ban nhân dân thành phố Hà Nội', subject: 'về việc ban hành khung Kế hoạch thời gian năm học 2023-2024' },
    org: { regime: 'nha-nuoc', superiorBody: 'UBND QUẬN THANH XUÂN', issuingBody: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', symbolCode: 'GDĐT', placeName: 'Thanh Xuân', collective: 'Phòng Giáo dục và Đào tạo', archiveLine: 'Lưu: VT' },
    fields: {
      summaryText: 'Thực hiện nhiệm vụ năm học 2023-2024',
      planPurpose: 'triển khai thực hiện nhiệm vụ năm học 2023-2024 như sau:',
      generalTasks: 'Thực hiện hiệu quả Chương trình giáo dục phổ thông 2018.',
      'areas.0.title': 'Giáo dục mầm non',
      'areas.0.items': TASK,
      'units.0.name': 'các trường mầm non',
      'units.0.tasks': 'Xây dựng kế hoạch năm học của nhà trường.',
      reportTo: 'Phòng Giáo dục và Đào tạo',
    },
    expect: { title: 'KẾ HOẠCH', citation: ['Quyết định số 4045/QĐ-UBND', '11/8/2023'], firstHeading: 'A. NHIỆM VỤ CHUNG', unit: 'Đối với các trường mầm non', taskText: TASK },
  },
};

const templateIds = readdirSync(path.join(ROOT, 'templates')).filter((d) => !d.startsWith('.')).sort();
const templateName = (id: string): string => (JSON.parse(readFileSync(path.join(ROOT, 'templates', id, 'manifest.json'), 'utf8')) as { name: string }).name;

async function fill(page: Page, testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId);
  // Fail fast and say which input a clerk would look for, instead of a 30 s locator timeout.
  if ((await input.count()) === 0) throw new Error(`the new-plan form has no input "${testId}" to fill`);
  await input.fill(value.normalize('NFC'));
}

async function fillForm(page: Page, a: Answers): Promise<void> {
  await page.getByTestId('base-0-regime').selectOption(a.base.regime);
  await fill(page, 'base-0-type', a.base.type);
  for (const key of ['number', 'symbol', 'date', 'issuer', 'subject'] as const) await fill(page, `base-0-${key}`, a.base[key]);
  // The clerk types the organisation (the first plan made on this server remembers it and preselects it for the next).
  await page.getByTestId('org-pick').selectOption('');
  await page.getByTestId('org-regime').selectOption(a.org.regime);
  for (const key of ['superiorBody', 'issuingBody', 'symbolCode', 'placeName', 'collective', 'archiveLine'] as const) await fill(page, `org-${key}`, a.org[key]);
  for (const [name, value] of Object.entries(a.fields)) {
    const [field, index, item] = name.split('.');
    await fill(page, item === undefined ? `field-${field}` : `field-${field}-${index}-${item}`, value);
  }
}

describe('new plan from each template', () => {
  it('the new-plan form lists every template of the templates folder', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await page.getByTestId('start-new').click();
    await page.getByTestId('new-plan-form').waitFor();
    const options = page.getByTestId('template-option');
    // The list arrives from the server after the form appears (a cold server compiles every template first).
    await options.nth(templateIds.length - 1).waitFor();
    expect((await options.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).sort()).toEqual(templateIds);
    const shown = await page.locator('.template-list').innerText();
    for (const id of templateIds) expect(shown).toContain(templateName(id));
    expect(Object.keys(ANSWERS).sort()).toEqual(templateIds); // a new template needs answers here
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const id of templateIds) {
    it(`creates a plan from "${id}" and shows it in the editor and the A4 preview`, async () => {
      const a = ANSWERS[id];
      expect(a, `no answers for template ${id} in this test`).toBeDefined();
      const { page, errors } = await openApp(browser, server.url);
      await page.getByTestId('start-new').click();
      await page.locator(`[data-testid="template-option"][value="${id}"]`).check();
      await fillForm(page, a!);
      await page.getByTestId('new-plan-create').click();

      // Either the editor opens, or the form lists what is wrong, or a message dialog explains a failure.
      const outcome = await Promise.race([
        page.getByTestId('plan-editor').waitFor({ timeout: 15_000 }).then(() => 'created', () => 'timeout'),
        page.getByTestId('new-plan-errors').waitFor({ timeout: 15_000 }).then(() => 'form-errors', () => 'timeout'),
        page.getByRole('dialog').waitFor({ timeout: 15_000 }).then(() => 'dialog', () => 'timeout'),
      ]);
      const shownText = outcome === 'dialog' ? page.getByRole('dialog') : outcome === 'form-errors' ? page.getByTestId('new-plan-errors') : page.locator('body');
      const problem = outcome === 'created' ? '' : `${outcome}: ${await shownText.first().innerText().then((t) => t.slice(0, 1500))}`;
      expect(problem, 'creating the plan failed').toBe('');
      await waitForEditorAndPreview(page);
      expect(await page.getByTestId('doc-title').innerText()).toContain('Kế hoạch mới (chưa lưu)');

      const e = a!.expect;
      const paras = await waitForPreview(page, (ps) => ps.some((p) => p.kind === 'heading'));
      const of = (kind: string) => paras.filter((p) => p.kind === kind).map((p) => p.text);
      expect(of('title')).toEqual([e.title]);
      expect(of('issuing-body').join(' ')).toContain(a!.org.issuingBody.normalize('NFC'));
      const citing = [...of('summary'), ...of('preamble')].join(' ');
      for (const part of e.citation) expect(citing).toContain(part.normalize('NFC'));
      expect(of('heading')[0]?.toUpperCase()).toBe(e.firstHeading.normalize('NFC'));
      expect(paras.some((p) => p.text.includes(e.unit.normalize('NFC')))).toBe(true);
      expect(paras.some((p) => p.text.includes(e.taskText.normalize('NFC')))).toBe(true);

      const outline = await page.getByTestId('outline').innerText();
      expect(outline).toContain(e.unit.normalize('NFC'));
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
