import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../../core/draft/draft-file';
import { exportDocx } from '../../../core/docx/export-docx';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/run-cli';
import { elements, readDocx } from '../../helpers/docx-xml';
import { loadExample } from '../../helpers/example-files';
import { type SecondVersion, secondVersion } from '../../helpers/plan-versions';
import { formatShortDate } from '../../../core/citation/dates';
import { applyToneMarks } from '../../../core/text/tone-marks';
import { isFootnote, isRef } from '../../../core/model/inline';
import type { Section } from '../../../core/model/plan';

let work: string;
let v2: SecondVersion;

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), cwd: work };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'kehoach-compare-'));
  const plan = loadExample('dong-da', false);
  v2 = secondVersion(plan);
  writeFileSync(path.join(work, 'ban-1.kehoach'), serializeDraft(plan));
  writeFileSync(path.join(work, 'ban-2.kehoach'), serializeDraft(v2.plan));
  writeFileSync(path.join(work, 'ban-1.docx'), await exportDocx(plan));
  // The other tone-mark placement everywhere in the body ("hóa" → "hoá", "ủy" → "uỷ").
  const toned = structuredClone(plan);
  const retone = (s: Section): void => {
    for (const b of s.body) if (b.type !== 'table') for (const n of b.children) if (!isRef(n) && !isFootnote(n)) n.text = applyToneMarks(n.text, 'uỷ');
    s.children.forEach(retone);
  };
  toned.sections.forEach(retone);
  writeFileSync(path.join(work, 'ban-uy.kehoach'), serializeDraft(toned));
  writeFileSync(path.join(work, 'hong.kehoach'), '{ không phải bản thảo');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('kehoach compare', () => {
  it('lists the changes per section in Vietnamese: the reference value once, the move, the edited word; exit 0', async () => {
    const io = capture();
    expect(await runCli(['compare', 'ban-1.kehoach', 'ban-2.kehoach'], io)).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toContain('Giá trị tham chiếu thay đổi (ở mọi chỗ trích dẫn):');
    expect(out).toContain(`: ${formatShortDate(v2.date.before)} → ${formatShortDate(v2.date.after)}`);
    expect(out).toMatch(/^- Chuyển đi \(chuyển 1\): «/m);
    expect(out).toMatch(/^- Chuyển đến \(chuyển 1\): «/m);
    expect(out).toContain(`«${v2.edited.before}» thành «${v2.edited.after}»`);
    expect(out).toMatch(/^Tổng cộng: \d+ đoạn thay đổi\.$/m);
    expect(io.stderr).toEqual([]);
  });

  it('prints stable JSON of the comparison with --json', async () => {
    const io = capture();
    expect(await runCli(['compare', 'ban-1.kehoach', 'ban-2.kehoach', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    expect(Object.keys(json)).toEqual(['old', 'new', 'ignoreToneMarks', 'unchanged', 'refChanges', 'parts']);
    expect(json.unchanged).toBe(false);
    expect(json.refChanges).toEqual([expect.objectContaining({ field: 'document.date', before: formatShortDate(v2.date.before), after: formatShortDate(v2.date.after) })]);
    expect(Object.keys(json.parts[0])).toEqual(['label', 'kind', 'sectionId', 'inserted', 'deleted', 'moved', 'changed', 'paragraphs']);
    const kinds = json.parts.flatMap((p: { paragraphs: Array<{ kind: string }> }) => p.paragraphs.map((c) => c.kind));
    expect(kinds).toEqual(expect.arrayContaining(['move-from', 'move-to', 'edit', 'ref-value']));
    // Same input, same output: scripts can diff two runs.
    const again = capture();
    await runCli(['compare', 'ban-1.kehoach', 'ban-2.kehoach', '--json'], again);
    expect(again.stdout).toEqual(io.stdout);
  });

  it('writes the comparison as a Word file with tracked changes by the given author with -o', async () => {
    const io = capture();
    expect(await runCli(['compare', 'ban-1.kehoach', 'ban-2.kehoach', '-o', 'thay-doi.docx', '--author', 'Văn phòng Quận ủy'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/^Đã ghi thay-doi\.docx: \d+ đoạn thay đổi, mở bằng Word/);
    const { document } = await readDocx(readFileSync(path.join(work, 'thay-doi.docx')));
    const marks = [...elements(document, 'w:ins'), ...elements(document, 'w:del')];
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.map((m) => m.getAttribute('w:author')))).toEqual(new Set(['Văn phòng Quận ủy']));
  });

  it('compares a draft with a Word plan (the draft exported, then opened back): the edits show', async () => {
    const io = capture();
    expect(await runCli(['compare', 'ban-1.docx', 'ban-2.kehoach'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain(`«${v2.edited.before}» thành «${v2.edited.after}»`);
  });

  it('finds a draft and its own export read back from Word the same, but for white space (a typed citation equals a live one)', async () => {
    const io = capture();
    expect(await runCli(['compare', 'ban-1.kehoach', 'ban-1.docx', '--json', '--ignore-tone-marks'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n')) as { parts: Array<{ paragraphs: Array<{ kind: string; pieces?: Array<{ op: string; text: string }> }> }> };
    const changes = json.parts.flatMap((p) => p.paragraphs).filter((c) => c.kind !== 'same');
    for (const c of changes) {
      expect(c.kind).toBe('edit');
      // An edit always shows something changed, here only white space.
      expect(c.pieces!.some((p) => p.op !== 'same')).toBe(true);
      expect(c.pieces!.filter((p) => p.op !== 'same').every((p) => p.text.trim() === '')).toBe(true);
    }
  });

  it('ignores a change of tone-mark placement with --ignore-tone-marks', async () => {
    const strict = capture();
    expect(await runCli(['compare', 'ban-1.kehoach', 'ban-uy.kehoach'], strict)).toBe(0);
    expect(strict.stdout.join('\n')).toMatch(/«[^»]*(?:uỷ|oá|oà|oạ|oả|oã)[^»]*»/);
    const loose = capture();
    expect(await runCli(['compare', 'ban-1.kehoach', 'ban-uy.kehoach', '--ignore-tone-marks'], loose)).toBe(0);
    expect(loose.stdout).toEqual(['Hai bản giống nhau, không có thay đổi nào.']);
  });

  it.each([
    [['compare', 'ban-1.kehoach'], /^Lỗi: cần hai tệp để so sánh/],
    [['compare', 'ban-1.kehoach', 'khong-co.kehoach'], /^Lỗi: khong-co\.kehoach: không tìm thấy tệp, hãy kiểm tra lại đường dẫn\.$/],
    [['compare', 'ban-1.kehoach', 'hong.kehoach'], /^Lỗi: hong\.kehoach: /],
    [['compare', 'ban-1.kehoach', 'ghi-chu.txt'], /^Lỗi: ghi-chu\.txt: chỉ so sánh được bản thảo \.kehoach hoặc kế hoạch Word \.docx/],
    [['compare', 'ban-1.kehoach', 'ban-2.kehoach', '-o', 'thay-doi.pdf'], /^Lỗi: tệp kết quả "thay-doi\.pdf" phải có đuôi \.docx\./],
  ])('bad input %j: one Vietnamese line, exit 2', async (argv, message) => {
    const io = capture();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(message);
    expect(io.stderr[0]).not.toMatch(/\b(Error|undefined|Unexpected|ENOENT)\b/);
  });
});
