import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { serializeDraft } from '../../../core/draft';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/run-cli';
import { asSignedPlan, examplePlan } from '../check/check-fixtures';

/** `kehoach check`: the checker from the command line, on drafts and on Word files. */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let work: string;

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), cwd: work };
}
// An empty data folder: no library to compare with, and nothing of the user's own read.
const check = (io: CliIo, ...args: string[]) => runCli(['check', ...args, '--data-dir', 'data'], io);

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'kehoach-check-'));
  for (const name of ['an-lao', 'dong-da', 'thanh-xuan'] as const) {
    copyFileSync(path.join(repo, 'docs/examples', `${name}.kehoach`), path.join(work, `${name}.kehoach`));
    writeFileSync(path.join(work, `${name}-ban-ky.kehoach`), serializeDraft(asSignedPlan(name)));
  }
  writeFileSync(path.join(work, 'an-lao-ban-ky.docx'), await exportDocx(asSignedPlan('an-lao')));
  for (const name of ['an-lao', 'dong-da', 'thanh-xuan'] as const) writeFileSync(path.join(work, `${name}.docx`), await exportDocx(examplePlan(name)));
  // Đông Đa as a clerk might have typed it in Word: a recipient line ending in ";" (HD36 wants ","), and no archive line.
  const zip = await JSZip.loadAsync(await exportDocx(examplePlan('dong-da')));
  const xml = await zip.file('word/document.xml')!.async('string');
  const edited = xml.replace('>- UBND phường,<', '>- UBND phường;<').replace(/<w:p>(?:(?!<w:p>).)*?- Lưu Ban XDĐ\.<\/w:t>.*?<\/w:p>/s, '');
  expect(edited).not.toBe(xml);
  zip.file('word/document.xml', edited);
  writeFileSync(path.join(work, 'dong-da-word.docx'), await zip.generateAsync({ type: 'uint8array' }));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('kehoach check', () => {
  it('a corrected example: "Không thấy lỗi nào.", exit 0', async () => {
    const io = capture();
    expect(await check(io, 'an-lao.kehoach')).toBe(0);
    expect(io.stdout).toEqual(['Không thấy lỗi nào.']);
    expect(io.stderr).toEqual([]);
  });

  it('thanh-xuan as signed: findings grouped by rule, one line each, with where and what; errors give exit 1', async () => {
    const io = capture();
    expect(await check(io, 'thanh-xuan-ban-ky.kehoach')).toBe(1);
    const out = io.stdout.join('\n');
    expect(out).toMatch(/^Số thứ tự nhảy cóc hoặc trùng \(1\):\n- \[lỗi\] Mục B\.3 «3\.3»: Số thứ tự nhảy từ 3\.1 sang 3\.3 \(thiếu 3\.2\)/m);
    expect(out).toMatch(/^- \[lỗi\] Mục C\.II «03\/01\/2023 \(thứ Tư\)»: Ngày 03\/01\/2023 là thứ Ba, không phải thứ Tư.*\(sửa được: Sửa năm thành 2024\)$/m);
    expect(out).toMatch(/^- \[lỗi\] Câu mở đầu «SDDĐT-CTTT»: Ký hiệu “SDDĐT-CTTT” sai/m);
    expect(out).toMatch(/^Tổng cộng: 3 lỗi, \d+ cảnh báo, 0 lưu ý\.$/m);
  });

  it('dong-da as signed has warnings only: exit 0', async () => {
    const io = capture();
    expect(await check(io, 'dong-da-ban-ky.kehoach')).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/Nơi nhận «Hà nội»: Tên riêng “Hà nội” phải viết hoa/);
    expect(io.stdout.at(-1)).toBe('Tổng cộng: 0 lỗi, 2 cảnh báo, 6 lưu ý.');
    expect(io.stdout.join('\n')).toMatch(/^- \[lưu ý\] Mục III.5 «Chương trình hành động số 05-CTr\/TU»: .*\(sửa được: Thay bằng trích dẫn tự động\)$/m);
  });

  it('--json: version 1, the file, findings with rule, severity, message, location and fix, and the counts', async () => {
    const io = capture();
    expect(await check(io, 'thanh-xuan-ban-ky.kehoach', '--json')).toBe(1);
    const report = JSON.parse(io.stdout.join('\n'));
    expect(Object.keys(report)).toEqual(['version', 'file', 'findings', 'counts']);
    expect(report.version).toBe(1);
    expect(report.file).toBe('thanh-xuan-ban-ky.kehoach');
    const weekday = report.findings.find((f: { ruleId: string }) => f.ruleId === 'weekday-mismatch');
    expect(Object.keys(weekday)).toEqual(['ruleId', 'severity', 'message', 'location', 'fix']);
    expect(weekday.location).toMatchObject({ area: 'section-body', label: 'Mục C.II', excerpt: '03/01/2023 (thứ Tư)' });
    expect(weekday.fix.edits[0]).toMatchObject({ kind: 'text', expected: '2023', replacement: '2024' });
    expect(report.counts.error).toBe(3);
    expect(report.counts.error + report.counts.warning + report.counts.info).toBe(report.findings.length);
    // Stable: the same file gives the same JSON.
    const again = capture();
    await check(again, 'thanh-xuan-ban-ky.kehoach', '--json');
    expect(again.stdout).toEqual(io.stdout);
  });

  it('a Word file keeps the citations it has: "Chỉ thị 32-CT/TU" without "số" and "2030., " are found in the DOCX of An Lão as signed', async () => {
    const io = capture();
    await check(io, 'an-lao-ban-ky.docx', '--json');
    const report = JSON.parse(io.stdout.join('\n'));
    const found = report.findings.map((f: { ruleId: string; location: { excerpt: string } }) => `${f.ruleId} ${f.location.excerpt}`);
    expect(found).toContain('citation-missing-so Chỉ thị 32-CT/TU');
    expect(found).toContain('stray-punctuation .,');
  });

  it.each(['an-lao', 'dong-da', 'thanh-xuan'])('the Word file the app exports from the corrected %s opens with no error or warning', async (name) => {
    const io = capture();
    expect(await check(io, `${name}.docx`, '--json')).toBe(0);
    const report = JSON.parse(io.stdout.join('\n'));
    expect(report.counts.error + report.counts.warning).toBe(0);
    // What remains are notes: body citations that the Word file holds as plain words.
    expect(report.findings.every((f: { ruleId: string }) => f.ruleId === 'citation-plain-text')).toBe(true);
  });

  it('a Word file’s own recipient marks and its missing archive line are seen, though opening it normalises them', async () => {
    const io = capture();
    expect(await check(io, 'dong-da-word.docx')).toBe(1);
    const out = io.stdout.join('\n');
    expect(out).toMatch(/^- \[cảnh báo\] Nơi nhận «UBND phường»: Trong tệp Word, dòng “- UBND phường;” kết thúc bằng “;” nhưng theo mẫu mỗi dòng nơi nhận kết thúc bằng “,”/m);
    expect(out).toMatch(/^- \[lỗi\] Nơi nhận, dòng lưu «.*»: Nơi nhận thiếu dòng lưu văn bản/m);
  });

  it('bad input: exit 2 with one Vietnamese line', async () => {
    for (const args of [[], ['khong-co.kehoach'], ['an-lao.txt'], ['an-lao.kehoach', 'thua.kehoach']]) {
      const io = capture();
      expect(await check(io, ...args)).toBe(2);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(/^Lỗi: /);
    }
    writeFileSync(path.join(work, 'hong.kehoach'), '{ không phải bản thảo');
    const io = capture();
    expect(await check(io, 'hong.kehoach')).toBe(2);
  });
});
