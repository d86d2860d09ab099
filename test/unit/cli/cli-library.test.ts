import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../core/import/imported-text';
import { makeBundle, serializeBundle } from '../../../core/library/library-bundle';
import { runCli } from '../../../electron/cli/run-cli';
import type { CliIo } from '../../../electron/cli/cli-io';
import type { DocumentImporter } from '../../../electron/cli/document-importer';
import { sampleLibrary } from '../library/library-fixtures';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

function capture(cwd: string): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return { outLines, errLines, out: (l) => outLines.push(l), err: (l) => errLines.push(l), cwd };
}

/** A stand-in for the Word/PDF reader: the text and facts it would have read. */
const fakeImporter = (outcome: ImportOutcome): DocumentImporter & { calls: string[] } => {
  const calls: string[] = [];
  const fn = (async (bytes: Uint8Array, fileName: string) => {
    calls.push(`${fileName}:${bytes.length}`);
    return outcome;
  }) as DocumentImporter & { calls: string[] };
  fn.calls = calls;
  return fn;
};

const ct32Text: ImportOutcome = {
  ok: true,
  text: { paragraphs: [{ text: 'CHỈ THỊ', level: 0 }, { text: 'Tăng cường công tác giáo dục', label: '1.', kind: 'arabic', level: 2 }], source: { fileName: 'ct32.docx', format: 'docx', bytes: 4 } },
  facts: { type: 'Chỉ thị', regime: 'dang', number: '32', symbol: 'CT/TU', date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy', subject: 'về việc tăng cường công tác giáo dục chính trị tư tưởng' },
};

describe('kehoach library (in-process)', () => {
  it('imports a library file, then lists it as a table and as stable JSON; a query narrows the list', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'tv.json'), serializeBundle(makeBundle(sampleLibrary(), new Date('2026-02-01T00:00:00Z'))));
    const io = capture(work);
    expect(await runCli(['library', 'import', 'tv.json', '--data-dir', 'du-lieu'], io)).toBe(0);
    expect(io.errLines).toEqual([]);
    expect(io.outLines).toEqual([`Đã nhập thư viện: thêm 7 văn bản mới. (thư mục ${path.join(work, 'du-lieu', 'library')})`]);

    const table = capture(work);
    expect(await runCli(['library', 'list', '--data-dir', 'du-lieu'], table)).toBe(0);
    expect(table.outLines[0]).toMatch(/^Số ký hiệu\s+Ngày\s+Loại\s+Trích yếu$/);
    expect(table.outLines[1]).toMatch(/^05-CTr\/TU\s+12\/01\/2026\s+Chương trình hành động\s+về thực hiện Nghị quyết số 71-NQ\/TW$/);
    expect(table.outLines).toContainEqual(expect.stringMatching(/^32-CT\/TU\s+24\/4\/2024\s+Chỉ thị\s+về việc tăng cường/));
    expect(table.outLines.at(-1)).toMatch(/^\(7 văn bản, thư mục /);

    const json = capture(work);
    expect(await runCli(['library', 'list', '32-CT', '--json', '--data-dir', 'du-lieu'], json)).toBe(0);
    const parsed = JSON.parse(json.outLines.join('\n'));
    expect(parsed.count).toBe(1);
    expect(parsed.entries[0]).toEqual({
      id: 'ct32', type: 'Chỉ thị', regime: 'dang', number: '32', symbol: 'CT/TU', numberSymbol: '32-CT/TU', date: '2024-04-24',
      issuer: 'Ban Thường vụ Thành ủy', subject: expect.stringMatching(/^về việc tăng cường/), shortName: 'Chỉ thị 32', implementsId: null,
      revision: 2, updatedAt: expect.any(String), updatedBy: expect.any(String), hasText: false,
    });
    // Importing the same file again adds nothing.
    const again = capture(work);
    expect(await runCli(['library', 'import', 'tv.json', '--json', '--data-dir', 'du-lieu'], again)).toBe(0);
    expect(JSON.parse(again.outLines.join('\n'))).toMatchObject({ added: 0, unchanged: 7 });
  });

  it('imports a Word document through the injected importer, with the facts read off it and its text', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'ct32.docx'), 'PK..');
    const importer = fakeImporter(ct32Text);
    const io = capture(work);
    expect(await runCli(['library', 'import', 'ct32.docx', '--json', '--data-dir', '.'], io, { importDocument: importer })).toBe(0);
    expect(importer.calls).toEqual(['ct32.docx:4']);
    const out = JSON.parse(io.outLines.join('\n'));
    expect(out).toMatchObject({ added: 1, facts: { numberSymbol: '32-CT/TU', hasText: true } });
    const listed = capture(work);
    await runCli(['library', 'list', 'giáo dục', '--json', '--data-dir', '.'], listed);
    expect(JSON.parse(listed.outLines.join('\n')).entries.map((e: { number: string }) => e.number)).toEqual(['32']);
  });

  it('facts the reader could not find are asked for by their option, and given ones correct the suggestion', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'vb.pdf'), '%PDF');
    const partial: ImportOutcome = ct32Text.ok ? { ...ct32Text, facts: { ...ct32Text.facts, issuer: undefined, date: undefined } } : ct32Text;
    const io = capture(work);
    expect(await runCli(['library', 'import', 'vb.pdf', '--data-dir', '.'], io, { importDocument: fakeImporter(partial) })).toBe(1);
    expect(io.errLines).toEqual(['Lỗi: vb.pdf: Không đọc được đủ thông tin văn bản từ tệp: cơ quan ban hành — thiếu cơ quan ban hành; hãy ghi rõ bằng tuỳ chọn --issuer.']);
    expect(existsSync(path.join(work, 'library'))).toBe(false);

    const fixed = capture(work);
    expect(await runCli(['library', 'import', 'vb.pdf', '--issuer', 'Ban Thường vụ Thành ủy', '--date', '24/4/2024', '--json', '--data-dir', '.'], fixed, { importDocument: fakeImporter(partial) })).toBe(0);
    expect(JSON.parse(fixed.outLines.join('\n')).facts).toMatchObject({ date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy' });
  });

  it('a refused document (the reader\'s one sentence) and a bad entry give one Vietnamese line, nothing stored', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'scan.pdf'), '%PDF');
    const io = capture(work);
    const refusing = fakeImporter({ ok: false, error: 'PDF này là ảnh quét, không có lớp chữ; hãy dùng bản có chữ.' });
    expect(await runCli(['library', 'import', 'scan.pdf', '--data-dir', '.'], io, { importDocument: refusing })).toBe(1);
    expect(io.errLines).toEqual(['Lỗi: scan.pdf: PDF này là ảnh quét, không có lớp chữ; hãy dùng bản có chữ.']);

    writeFileSync(path.join(work, 'mot.json'), JSON.stringify({ type: 'Chỉ thị', regime: 'dang', number: '32', symbol: '', date: '2024-04-24', issuer: 'Ban', subject: '' }));
    const bad = capture(work);
    expect(await runCli(['library', 'import', 'mot.json', '--data-dir', '.'], bad)).toBe(1);
    expect(bad.errLines).toEqual(['Lỗi: mot.json: văn bản không hợp lệ: ký hiệu — thiếu ký hiệu văn bản (ví dụ CT/TU). Hãy sửa lại rồi thử lại.']);
    expect(readdirSync(work).sort()).toEqual(['mot.json', 'scan.pdf']);
  });

  it('imports a plain JSON entry; usage errors exit 2 with one line', async () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'd'));
    writeFileSync(path.join(work, 'mot.json'), JSON.stringify({ type: 'Nghị quyết', regime: 'dang', number: '71', symbol: 'NQ/TW', date: '2025-08-22', issuer: 'Bộ Chính trị', subject: 'về đột phá' }));
    const io = capture(work);
    expect(await runCli(['library', 'import', 'mot.json', '--data-dir', 'd'], io)).toBe(0);
    expect(io.outLines[0]).toMatch(/^Đã nhập thư viện: thêm 1 văn bản mới\./);
    for (const argv of [['library'], ['library', 'xoa'], ['library', 'import'], ['library', 'list', '--profile', 'x']]) {
      const e = capture(work);
      expect(await runCli(argv, e), argv.join(' ')).toBe(2);
      expect(e.errLines).toHaveLength(1);
      expect(e.errLines[0]).toMatch(/^Lỗi: .*Xem "kehoach --help"\.$/);
    }
    const missing = capture(work);
    expect(await runCli(['library', 'import', 'khong-co.docx', '--data-dir', 'd'], missing)).toBe(1);
    expect(missing.errLines).toEqual(['Lỗi: khong-co.docx: không tìm thấy tệp. Hãy kiểm tra lại đường dẫn.']);
  });

  it('follows the library folder named in the data folder\'s settings.json, and says when it is missing', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'settings.json'), JSON.stringify({ libraryFolder: 'chung' }));
    const io = capture(work);
    expect(await runCli(['library', 'list', '--data-dir', '.'], io)).toBe(1);
    expect(io.errLines).toEqual([`Lỗi: Không tìm thấy thư mục thư viện ${path.join(work, 'chung')}; hãy kiểm tra kết nối mạng hoặc chọn lại thư mục trong "Thư viện văn bản".`]);
    mkdirSync(path.join(work, 'chung'));
    const ok = capture(work);
    expect(await runCli(['library', 'list', '--data-dir', '.'], ok)).toBe(0);
    expect(ok.outLines).toEqual([`Thư viện ${path.join(work, 'chung')} chưa có văn bản nào.`]);
  });

  it('an empty library says so', async () => {
    const io = capture(tempDir());
    expect(await runCli(['library', 'list', '--data-dir', '.'], io)).toBe(0);
    expect(io.outLines[0]).toMatch(/^Thư viện .* chưa có văn bản nào\.$/);
  });

  it('imports a real Word file (a plan exported by the CLI) with the real reader: its facts and numbered text are stored', async () => {
    const work = tempDir();
    const io = capture(work);
    const example = path.resolve('docs/examples/thanh-xuan.kehoach');
    expect(await runCli(['export', example, '-o', path.join(work, 'kh.docx')], io)).toBe(0);
    expect(await runCli(['library', 'import', path.join(work, 'kh.docx'), '--data-dir', work, '--json'], io)).toBe(0);
    io.outLines.length = 0;
    expect(await runCli(['library', 'list', '--data-dir', work, '--json'], io)).toBe(0);
    const listed = JSON.parse(io.outLines.join('\n')) as { entries: Array<{ type: string; regime: string; subject: string; hasText: boolean }> };
    expect(listed.entries).toHaveLength(1);
    expect(listed.entries[0]!.type).toBe('Kế hoạch');
    expect(listed.entries[0]!.regime).toBe('nha-nuoc');
    expect(listed.entries[0]!.subject.startsWith('về')).toBe(true);
    expect(listed.entries[0]!.hasText).toBe(true);
  }, 60_000);
});
