import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedText, SuggestedFacts } from '../../../core/import/imported-text';
import type { Plan } from '../../../core/model';
import { computeSectionNumbers, effectiveLevels, flattenSections } from '../../../core/render/numbering';
import { importDocument } from '../../../electron/services/import';
import { EXAMPLE_NAMES, loadExample, sofficeConvert, tempDir, writeExampleDocx, type ExampleName } from '../../helpers/example-files';

/**
 * The three example plans exported by the app to DOCX and printed to PDF by LibreOffice, imported
 * back: the numbered sections come out with their labels and depths, and the header facts are read.
 */

const EXPECTED: Record<ExampleName, Required<Omit<SuggestedFacts, 'subject'>> & { subjectStart: string }> = {
  'an-lao': { type: 'Kế hoạch', regime: 'dang', number: '45', symbol: 'KH/HU', date: '2024-05-08', issuer: 'Ban Thường vụ Huyện ủy An Lão', place: 'An Lão', subjectStart: 'về thực hiện Chỉ thị số 32-CT/TU' },
  'dong-da': { type: 'Kế hoạch', regime: 'dang', number: '45', symbol: 'KH/ĐU', date: '2026-05-08', issuer: 'Đảng ủy phường Đông Đa', place: 'Đông Đa', subjectStart: 'về triển khai thực hiện Chương trình hành động số 05' },
  'thanh-xuan': { type: 'Kế hoạch', regime: 'nha-nuoc', number: '45', symbol: 'KH-GDĐT', date: '2023-05-08', issuer: 'Phòng Giáo dục và Đào tạo', place: 'Thanh Xuân', subjectStart: 'về thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh' },
};

let dir = '';
const plans = new Map<ExampleName, Plan>();
const files = new Map<string, Uint8Array>();

beforeAll(async () => {
  dir = tempDir('kehoach-import-examples-');
  const docxPaths: string[] = [];
  for (const name of EXAMPLE_NAMES) {
    const plan = loadExample(name);
    plans.set(name, plan);
    const path = await writeExampleDocx(plan, dir, name);
    docxPaths.push(path);
    files.set(`${name}.docx`, new Uint8Array(readFileSync(path)));
  }
  for (const pdf of sofficeConvert(docxPaths, 'pdf', dir)) files.set(pdf.split('/').pop()!, new Uint8Array(readFileSync(pdf)));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lower = (s: string) => s.toLocaleLowerCase('vi');

/** Every numbered section of the plan is a paragraph with its label, its title, and its depth. */
function expectSections(plan: Plan, text: ImportedText): void {
  const levels = effectiveLevels(plan);
  const numbers = computeSectionNumbers(plan.sections, levels);
  const numberedDepths = [...new Set(flattenSections(plan.sections).filter(({ section }) => numbers.get(section.id)).map(({ depth }) => depth))].sort();
  let from = 0;
  for (const { section, depth } of flattenSections(plan.sections)) {
    const label = numbers.get(section.id);
    if (!label || section.title.trim() === '') continue;
    const at = text.paragraphs.findIndex((p, i) => i >= from && p.label === label && lower(p.text).startsWith(lower(section.title.trim()).slice(0, 25)));
    expect(at, `${label} ${section.title}`).toBeGreaterThanOrEqual(0);
    if (!section.runIn) expect(text.paragraphs[at]!.level, `${label} ${section.title}`).toBe(numberedDepths.indexOf(depth) + 1);
    from = at + 1;
  }
}

describe.each(EXAMPLE_NAMES)('import of the %s example', (name) => {
  for (const format of ['docx', 'pdf'] as const) {
    it(`${format}: the header facts and every numbered section`, async () => {
      const outcome = await importDocument(files.get(`${name}.${format}`)!, `${name}.${format}`);
      if (!outcome.ok) throw new Error(outcome.error);
      const { subjectStart, ...facts } = EXPECTED[name];
      expect(outcome.facts).toMatchObject(facts);
      expect(outcome.facts.subject?.startsWith(subjectStart), outcome.facts.subject).toBe(true);
      expect(outcome.text.source.format).toBe(format);
      for (const p of outcome.text.paragraphs) expect(p.text).toBe(p.text.normalize('NFC'));
      expectSections(plans.get(name)!, outcome.text);
    });
  }

  it('pdf: lines are joined back into the paragraphs the DOCX has, across pages, page numbers dropped', async () => {
    const docx = await importDocument(files.get(`${name}.docx`)!, `${name}.docx`);
    const pdf = await importDocument(files.get(`${name}.pdf`)!, `${name}.pdf`);
    if (!docx.ok || !pdf.ok) throw new Error('import failed');
    const full = (p: { label?: string; text: string }) => (p.label ? `${p.label} ${p.text}` : p.text);
    const printed = new Set(pdf.text.paragraphs.map(full));
    // Body paragraphs: justified text of some length (centred summaries are lines in a PDF by nature).
    const body = docx.text.paragraphs.filter((p) => p.table === undefined && p.align !== 'center' && p.text.length > 40);
    const found = body.filter((p) => printed.has(full(p)));
    expect(found.length / body.length).toBeGreaterThanOrEqual(0.9);
    expect(pdf.text.paragraphs.some((p) => /^\d{1,3}$/.test(full(p)))).toBe(false);
    expect(pdf.text.source.pages).toBeGreaterThan(1);
  });
});
