import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/run-cli';
import { importedTextFromPlain } from '../../../core/review/plain-numbering';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const anLaoText = path.join(repo, 'test/data/coverage/parents/an-lao-ke-hoach-chi-thi-32.txt');
let work: string;

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), cwd: work };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'kehoach-coverage-'));
  // The draft: the An Lão plan made from its answers file (tasks shortened as the answers give them);
  // the parent: the real signed An Lão plan's text.
  const io = capture();
  expect(await runCli(['new', '-t', 'dang-ke-hoach-thuc-hien', '-a', path.join(repo, 'docs/examples/answers-an-lao.json'), '-o', 'an-lao.kehoach'], io)).toBe(0);
  copyFileSync(anLaoText, path.join(work, 'cap-tren.txt'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('kehoach coverage', () => {
  it('prints each task with the section that takes it up and its score, then the tasks not taken up; exit 0', async () => {
    const io = capture();
    expect(await runCli(['coverage', 'an-lao.kehoach', '--parent', 'cap-tren.txt'], io)).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toMatch(/^II\.2 +0,\d\d +2\. Đổi mới, đa dạng hóa nội dun…/m);
    expect(out).toMatch(/^I\.2 +0,\d\d +2\. Mục tiêu/m);
    expect(out).toMatch(/^II\.3 +— +CHƯA CÓ/m);
    expect(out).toContain('Đã cụ thể hóa 5/6 nhiệm vụ, mục tiêu.');
    expect(out).toMatch(/^- II\.3: Chủ động xây dựng kế hoạch bồi dưỡng quần chúng ưu tú .*\(gần nhất: 3\. Chủ động/m);
    expect(io.stderr).toEqual([]);
  });

  it('--json gives the report as stable JSON, the same parent read from a JSON ImportedText', async () => {
    writeFileSync(path.join(work, 'cap-tren.json'), JSON.stringify(importedTextFromPlain(readFileSync(anLaoText, 'utf8'), 'cap-tren.txt')));
    const fromText = capture();
    const fromJson = capture();
    expect(await runCli(['coverage', 'an-lao.kehoach', '--parent', 'cap-tren.txt', '--json'], fromText)).toBe(0);
    expect(await runCli(['coverage', 'an-lao.kehoach', '--parent=cap-tren.json', '--json'], fromJson)).toBe(0);
    const report = JSON.parse(fromText.stdout.join('\n'));
    expect(Object.keys(report)).toEqual(['draft', 'parent', 'threshold', 'tasks', 'uncovered', 'sections']);
    expect(report.uncovered).toEqual(['II.3']);
    expect(report.tasks.map((t: { id: string }) => t.id)).toEqual(['I.2', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5']);
    expect(Object.keys(report.tasks[0])).toEqual(['id', 'kind', 'text', 'paragraphIndex', 'covered', 'sections', 'best']);
    expect(report.tasks[2].sections[0]).toMatchObject({ number: '2.', title: '' });
    expect(report.tasks[2].sections[0].terms).toEqual(expect.arrayContaining(['tuyên', 'truyền', 'gian', 'mạng']));
    const json = JSON.parse(fromJson.stdout.join('\n'));
    expect({ ...json, parent: '' }).toEqual({ ...report, parent: '' });
  });

  it('refuses a missing file or library entry, and a parent without numbered tasks, in one Vietnamese line', async () => {
    writeFileSync(path.join(work, 'van-xuoi.txt'), 'Một đoạn văn không đánh số.\nĐoạn thứ hai.');
    writeFileSync(path.join(work, 'sai.json'), JSON.stringify({ paragraphs: [{ text: 'x' }] }));
    const cases: Array<[string[], number, RegExp]> = [
      [['--parent', 'cap-tren.docx'], 1, /^Lỗi: --parent: không có tệp "cap-tren\.docx"; hãy kiểm tra lại đường dẫn\.$/],
      [['--parent', 'muc-thu-vien-12', '--data-dir', '.'], 1, /^Lỗi: --parent: không có tệp "muc-thu-vien-12" và thư viện không có văn bản mã "muc-thu-vien-12"/],
      [['--parent', 'khong-co.txt'], 1, /^Lỗi: khong-co\.txt: không tìm thấy tệp\./],
      [['--parent', 'van-xuoi.txt'], 1, /^Lỗi: van-xuoi\.txt: không tìm thấy nhiệm vụ, mục tiêu nào được đánh số/],
      [['--parent', 'sai.json'], 1, /^Lỗi: sai\.json: trường "paragraphs\.0\.level" không đúng dạng/],
      [[], 2, /^Lỗi: thiếu tuỳ chọn --parent/],
      [['--parent', 'cap-tren.txt', '--profile', 'dang-hd05'], 2, /^Lỗi: lệnh "coverage" không dùng tuỳ chọn "--profile"/],
    ];
    for (const [extra, code, message] of cases) {
      const io = capture();
      expect(await runCli(['coverage', 'an-lao.kehoach', ...extra], io), extra.join(' ')).toBe(code);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(message);
      expect(io.stdout).toEqual([]);
    }
  });

  it('reads a Word parent, and a parent from the library by its id, with the import', async () => {
    // The parent: the real An Lão plan as the app exports it (Word); the same file put in the library.
    const io = capture();
    expect(await runCli(['export', path.join(repo, 'docs/examples/an-lao.kehoach'), '-o', 'cap-tren-word.docx'], io)).toBe(0);
    const fromWord = capture();
    expect(await runCli(['coverage', 'an-lao.kehoach', '--parent', 'cap-tren-word.docx', '--json'], fromWord)).toBe(0);
    const word = JSON.parse(fromWord.stdout.join('\n'));
    expect(word.tasks.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(['II.1', 'II.2', 'II.3', 'II.4', 'II.5']));
    expect(word.tasks.filter((t: { covered: boolean }) => t.covered).length).toBeGreaterThanOrEqual(4);

    expect(await runCli(['library', 'import', 'cap-tren-word.docx', '--data-dir', 'du-lieu'], capture())).toBe(0);
    const listed = capture();
    expect(await runCli(['library', 'list', '--data-dir', 'du-lieu', '--json'], listed)).toBe(0);
    const id = (JSON.parse(listed.stdout.join('\n')) as { entries: Array<{ id: string }> }).entries[0]!.id;
    const fromLibrary = capture();
    expect(await runCli(['coverage', 'an-lao.kehoach', '--parent', id, '--data-dir', 'du-lieu', '--json'], fromLibrary)).toBe(0);
    const library = JSON.parse(fromLibrary.stdout.join('\n'));
    expect({ ...library, parent: '' }).toEqual({ ...word, parent: '' });
  }, 60_000);
});
