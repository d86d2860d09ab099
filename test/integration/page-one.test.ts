import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/docx/export-docx';
import { paragraph, text } from '../../core/model';
import type { ProfileId } from '../../core/model/organisation';
import type { Plan } from '../../core/model/plan';
import { layoutPlan } from '../../core/render/layout';
import { numberSymbolRanges } from '../../core/render/layout-nobreak';
import type { Para } from '../../core/render/layout-types';
import { anLaoOrg, anLaoPlan } from '../helpers/fixtures';

/**
 * Page 1 with long organisation names, long summaries and long number-symbols, exported under
 * each profile and printed to PDF by LibreOffice, read back with pdftotext -layout: the date
 * line on one line, the summary and body names on the lines the layout chose (so never a lone
 * word at the end), every number-symbol whole on one line and found by pdftotext as typed.
 * Page 1 of each is left in test/artifacts/ as a PNG for a human to look at.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

const SUMMARIES = [
  'triển khai thực hiện Chương trình hành động số 05-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo trên địa bàn tỉnh',
  'thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ và Công văn số 3360/SGDĐT-CTTT ngày 15/9/2023 của Sở Giáo dục và Đào tạo về công tác văn thư năm học 2023-2024',
];
const ORGS = [
  { issuingBody: 'ĐẢNG ỦY CƠ QUAN ỦY BAN NHÂN DÂN TỈNH', superiorBody: 'ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ', placeName: 'Thành phố Hồ Chí Minh' },
  { issuingBody: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', superiorBody: 'ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU', placeName: 'Thừa Thiên Huế' },
];
const PREAMBLE =
  'Thực hiện Nghị quyết số 71-NQ/TW, Chương trình số 05-CTr/TU, Kế hoạch số 195/KH-UBND, Nghị định số 30/2020/NĐ-CP, Công văn số 3360/SGDĐT-CTTT, Quyết định số 4045/QĐ-UBND, Hướng dẫn số 36-HD/VPTW, Quy định số 399-QĐ/TW, Kết luận số 1234-KL/TU, Chỉ thị số 32-CT/TU và Thông báo số 2468/TB-SGDĐT, ';

const PROFILES: ProfileId[] = ['dang-hd05', 'dang-hd36', 'nha-nuoc-nd30'];
const CASES = PROFILES.flatMap((profile) =>
  [0, 1].map((k) => ({
    name: `${profile}-${k}`,
    plan: anLaoPlan({
      profile,
      number: '195',
      date: { day: 21, month: 9, year: 2023 },
      organisation: { ...anLaoOrg, ...ORGS[k]! },
      summary: [text(SUMMARIES[k]!)],
      preamble: [paragraph(text(PREAMBLE.repeat(2) + 'Ban Thường vụ ban hành Kế hoạch như sau:'))],
    }) as Plan,
  })),
);

const paraLines = (p: Para): string[] => p.runs.map((r) => r.text).join('').split('\n');
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

let workDir = '';
const layoutText = new Map<string, string>();
const rawText = new Map<string, string>();

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kehoach-page-one-'));
  const docxPaths: string[] = [];
  for (const c of CASES) {
    const docx = join(workDir, `${c.name}.docx`);
    writeFileSync(docx, await exportDocx(c.plan));
    docxPaths.push(docx);
  }
  const profileUrl = `file://${join(workDir, 'lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profileUrl}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, ...docxPaths], { stdio: 'pipe', timeout: 170_000 });
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const c of CASES) {
    const pdf = join(workDir, `${c.name}.pdf`);
    layoutText.set(c.name, execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }));
    rawText.set(c.name, execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(ARTIFACTS, `page-one-${c.name}`)]);
  }
}, 200_000);

afterAll(() => {
  if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
});

describe.each(CASES)('page 1 of $name printed by LibreOffice', ({ name, plan }) => {
  const doc = layoutPlan(plan);
  const lines = (): string[] => layoutText.get(name)!.split('\n').map((l) => l.trim());

  it('prints the date line on one line', () => {
    const date = paraLines(doc.header.rows[1]!.right[0]!);
    expect(date).toHaveLength(1);
    // In -layout output the date line shares its line with the number; it must be there whole.
    expect(layoutText.get(name)).toContain(date[0]);
  });

  it('prints the body names and the summary on the lines the layout chose, none ending with a lone word', () => {
    const names = doc.header.rows[0]!.left.filter((p) => p.kind === 'issuing-body' || p.kind === 'superior-body');
    for (const p of names) {
      for (const line of paraLines(p)) {
        expect(lines().some((l) => l === line || l.startsWith(`${line}  `)), `"${line}" on a line of its own`).toBe(true);
        if (paraLines(p).length > 1) expect(line.split(' ').length).toBeGreaterThanOrEqual(2);
      }
    }
    const summary = paraLines(doc.front.find((p) => p.kind === 'summary')!);
    expect(summary.length).toBeGreaterThan(1);
    for (const line of summary) expect(lines(), `summary line "${line}"`).toContain(line);
    expect(summary.at(-1)!.split(' ').length).toBeGreaterThanOrEqual(3);
  });

  it('never breaks a number-symbol, and pdftotext finds each as typed', () => {
    const page1 = [...doc.front, ...doc.body.slice(0, 1)].map((p) => p.runs.map((r) => r.text).join('')).join(' ');
    const symbols = numberSymbolRanges(page1).map(([a, b]) => page1.slice(a, b));
    expect(symbols).toContain(name.endsWith('-0') ? '71-NQ/TW' : '30/2020/NĐ-CP');
    for (const s of symbols) {
      // Whole on one printed line, with an ordinary hyphen: copying and searching find it.
      expect(layoutText.get(name), s).toContain(s);
      expect(squash(rawText.get(name)!)).toContain(s);
    }
    // No printed line ends inside a number-symbol ("71-" / "NQ/").
    for (const l of lines()) expect(l).not.toMatch(/(\d[-/]|\p{Lu}[-/])$/u);
  });
});
