import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatShortDate } from '../../core/citation/dates';
import { planParts } from '../../core/diff/plan-text';
import { buildComparisonDocx } from '../../core/docx/comparison/comparison-docx';
import type { Plan } from '../../core/model/plan';
import { attrOf, elements, readDocx } from '../helpers/docx-xml';
import { loadExample, sofficeConvert } from '../helpers/example-files';
import { type SecondVersion, secondVersion } from '../helpers/plan-versions';

/**
 * A reviewer's round trip: the comparison of two versions of an example opened by LibreOffice
 * (what a clerk without Word uses), printed to PDF with the changes shown, then every change
 * accepted (and, in another run, rejected) through LibreOffice's own command, driven by a
 * Python UNO script (test/helpers/tracked-changes.py, Debian's python3-uno).
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const SCRIPT = join(HERE, '..', 'helpers', 'tracked-changes.py');
// LibreOffice's uno module is built for the system Python, not a pyenv or venv one.
const PYTHON = '/usr/bin/python3';

interface Applied {
  redlinesBefore: number;
  redlinesAfter: number;
  paragraphs: string[];
  /** The header and closing tables: their cells' text, a non-breaking hyphen read as "-". */
  tables: string;
}

let work = '';
let oldPlan: Plan;
let v2: SecondVersion;
let bytes: Uint8Array;
let pdfText = '';
const applied: Partial<Record<'accept' | 'reject', Applied>> = {};

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const bodyLines = (plan: Plan): string[] =>
  planParts(plan)
    .filter((p) => ['summary', 'opening', 'section', 'appendix'].includes(p.kind))
    .flatMap((p) => p.items.map((i) => squash(i.text)));

function applyAll(mode: 'accept' | 'reject'): Applied {
  const out = execFileSync(PYTHON, [SCRIPT, join(work, 'changes.docx'), mode, join(work, `lo-${mode}`)], { encoding: 'utf8', timeout: 170_000 });
  const result = JSON.parse(out) as Omit<Applied, 'tables'> & { tables: string[][] };
  // Empty paragraphs are the rules the layout draws (under the summary), "-----" the Party's hyphens.
  return {
    ...result,
    paragraphs: result.paragraphs.map(squash).filter((p) => p !== '' && !/^-+$/.test(p)),
    tables: squash(result.tables.flat().join('\n').replace(/\u2011/g, '-')),
  };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kehoach-compare-lo-'));
  oldPlan = loadExample('an-lao', false);
  v2 = secondVersion(oldPlan);
  // As between a draft and the version signed: the number and the day filled in (header block).
  v2.plan.number = '45';
  v2.plan.date = { day: 8, month: 5, year: oldPlan.date.year };
  bytes = await buildComparisonDocx({ old: oldPlan, new: v2.plan, oldLabel: 'Bản 1', newLabel: 'Bản 2' }, { author: 'Phòng Tổng hợp', date: new Date('2026-11-28T14:05:00Z') });
  const docx = join(work, 'changes.docx');
  writeFileSync(docx, bytes);
  const [pdf] = sofficeConvert([docx], 'pdf', work);
  pdfText = squash(execFileSync('pdftotext', [pdf!, '-'], { encoding: 'utf8' }));
  applied.accept = applyAll('accept');
  applied.reject = applyAll('reject');
}, 360_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a tracked-changes DOCX of two versions of the An Lão draft', () => {
  it('holds w:ins and w:del with author and date in its XML', async () => {
    const { document } = await readDocx(bytes);
    const marks = [...elements(document, 'w:ins'), ...elements(document, 'w:del')];
    expect(elements(document, 'w:ins').length).toBeGreaterThan(0);
    expect(elements(document, 'w:del').length).toBeGreaterThan(0);
    for (const m of marks) {
      expect(attrOf(m, 'w:author')).toBe('Phòng Tổng hợp');
      expect(attrOf(m, 'w:date')).toBe('2026-11-28T14:05:00Z');
    }
  });

  it('prints to PDF with LibreOffice showing both the old and the new words and dates', () => {
    expect(pdfText).toContain(v2.edited.before);
    expect(pdfText).toContain(v2.edited.after);
    expect(pdfText).toContain(formatShortDate(v2.date.before));
    expect(pdfText).toContain(formatShortDate(v2.date.after));
  });

  it('is read by LibreOffice as tracked changes, and accepting them all leaves none', () => {
    expect(applied.accept!.redlinesBefore).toBeGreaterThanOrEqual(4);
    expect(applied.accept!.redlinesAfter).toBe(0);
  });

  it('gives the new version text, paragraph for paragraph, once every change is accepted in LibreOffice', () => {
    const accepted = applied.accept!.paragraphs;
    expect(accepted).toEqual(bodyLines(v2.plan));
    // The check tells the versions apart: the old text is not what accepting gives.
    expect(accepted).not.toEqual(bodyLines(oldPlan));
    expect(accepted.join('\n')).not.toContain(formatShortDate(v2.date.before));
  });

  it('gives the old version text back once every change is rejected in LibreOffice', () => {
    expect([...applied.reject!.paragraphs].sort()).toEqual([...bodyLines(oldPlan)].sort());
  });

  it('tracks the number and date filled in inside the header table: accepted they read as signed, rejected as blank', () => {
    expect(pdfText).toContain('45-KH/HU');
    expect(applied.accept!.tables).toContain('Số 45-KH/HU');
    expect(applied.accept!.tables).toContain(`ngày 08 tháng 5 năm ${oldPlan.date.year}`);
    expect(applied.reject!.tables).not.toContain('45-KH/HU');
    expect(applied.reject!.tables).toContain('Số -KH/HU');
    expect(applied.reject!.tables).toContain(`ngày tháng năm ${oldPlan.date.year}`);
  });
});
