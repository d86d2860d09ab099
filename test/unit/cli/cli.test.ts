import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../../core/draft/draft-file';
import { runCli } from '../../../electron/cli/run-cli';
import type { CliIo } from '../../../electron/cli/cli-io';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bundle = path.join(repo, 'dist/cli/kehoach.cjs');
const answersAnLao = path.join(repo, 'docs/examples/answers-an-lao.json');
let work: string;

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(repo, 'scripts/build-node.mjs')], { cwd: repo, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  work = mkdtempSync(path.join(os.tmpdir(), 'kehoach-cli-'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the bundled CLI the way a user does, from the scratch folder. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd: work, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const stderrLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l !== '');

describe('kehoach (bundled, spawned)', () => {
  it('templates lists every template with its fields and Vietnamese labels', () => {
    const r = cli('templates');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dang-ke-hoach-thuc-hien: Kế hoạch thực hiện chỉ thị, nghị quyết, chương trình (Đảng)');
    expect(r.stdout).toContain('nha-nuoc-ke-hoach: Kế hoạch của cơ quan nhà nước');
    expect(r.stdout).toMatch(/units \(object\[\], bắt buộc\): Đơn vị thực hiện/);
    expect(r.stdout).toMatch(/leadUnit \(string\): Cơ quan chủ trì theo dõi, đôn đốc \(để trống thì bỏ câu giao chủ trì\)/);
  });

  it('new then export: the An Lão answers give a draft and a DOCX with the example wording', async () => {
    const draft = path.join(work, 'an-lao.kehoach');
    const created = cli('new', '--template', 'dang-ke-hoach-thuc-hien', '--answers', answersAnLao, '-o', 'an-lao.kehoach');
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Đã tạo bản thảo an-lao.kehoach');
    const parsed = parseDraft(readFileSync(draft, 'utf8'));
    expect(parsed.ok).toBe(true);

    const exported = cli('export', 'an-lao.kehoach', '-o', 'an-lao.docx');
    expect(exported.code, exported.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(path.join(work, 'an-lao.docx')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<w:noBreakHyphen\/>/g, '-').replace(/<[^>]+>/g, '');
    expect(text).toContain('thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy');
    expect(text).toContain('Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Chỉ thị như sau:');
    expect(text).toContain('III. TỔ CHỨC THỰC HIỆN');
    expect(text).toContain('Trần Văn Tuấn');
  });

  it('export --profile switches the format profile of a Party draft', () => {
    cli('new', '-t', 'dang-ke-hoach-thuc-hien', '-a', answersAnLao, '-o', 'p.kehoach');
    const r = cli('export', 'p.kehoach', '-o', 'p.docx', '--profile', 'dang-hd05');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('dang-hd05');
  });

  describe('bad input: non-zero exit, ONE Vietnamese line naming file and field, existing output untouched', () => {
    const OLD = 'nội dung cũ, không được ghi đè';
    const output = (): string => {
      const file = path.join(work, 'existing.kehoach');
      writeFileSync(file, OLD);
      return file;
    };
    const expectUntouched = (file: string): void => {
      expect(readFileSync(file, 'utf8')).toBe(OLD);
      // no temp files left next to it
      expect(readdirSync(work).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    };
    const expectOneLine = (r: { code: number | null; stderr: string }, pattern: RegExp): void => {
      expect(r.code).not.toBe(0);
      const lines = stderrLines(r.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Lỗi: /);
      expect(lines[0]).toMatch(pattern);
    };

    it('a draft over the size limit (63 MB) is refused in one line before it is read, without taking the memory', () => {
      const big = path.join(work, 'qua-lon.kehoach');
      // A valid-looking start and 63 MB of one string: parsing it took 3 GB before the limit.
      writeFileSync(big, `{"formatVersion":2,"app":"kehoach","plan":{"id":"${'x'.repeat(63 * 1024 * 1024)}"}}`);
      const started = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['--max-old-space-size=256', bundle, 'export', 'qua-lon.kehoach', '-o', 'qua-lon.docx'], { cwd: work, encoding: 'utf8' });
      rmSync(big);
      expect(r.status).not.toBe(0);
      const lines = stderrLines(r.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Lỗi: qua-lon\.kehoach: tệp nặng 63 MB, quá giới hạn 16 MB/);
      expect(existsSync(path.join(work, 'qua-lon.docx'))).toBe(false);
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(20_000);
    });

    it('missing answers file', () => {
      const out = output();
      const r = cli('new', '-t', 'dang-ke-hoach-thuc-hien', '-a', 'khong-co.json', '-o', out);
      expectOneLine(r, /^Lỗi: khong-co\.json: không tìm thấy tệp/);
      expectUntouched(out);
    });

    it('answers file that is not JSON: file, line and column', () => {
      const out = output();
      writeFileSync(path.join(work, 'hong.json'), '{\n  "organisation": {}\n  "bases": []\n}\n');
      const r = cli('new', '-t', 'dang-ke-hoach-thuc-hien', '-a', 'hong.json', '-o', out);
      expectOneLine(r, /^Lỗi: hong\.json:3:\d+: không phải JSON hợp lệ/);
      expectUntouched(out);
    });

    it('unknown template', () => {
      const out = output();
      const r = cli('new', '-t', 'khong-co-mau', '-a', answersAnLao, '-o', out);
      expectOneLine(r, /^Lỗi: --template: Không có mẫu "khong-co-mau"\. Các mẫu hiện có: .*dang-ke-hoach-thuc-hien/);
      expectUntouched(out);
    });

    it('a field of the wrong type: "Lỗi: answers.json: trường "bases[0].date" …"', () => {
      const out = output();
      const answers = JSON.parse(readFileSync(answersAnLao, 'utf8'));
      answers.bases[0].date = '24/4/2024';
      writeFileSync(path.join(work, 'answers.json'), JSON.stringify(answers, null, 2));
      const r = cli('new', '-t', 'dang-ke-hoach-thuc-hien', '-a', 'answers.json', '-o', out);
      expectOneLine(r, /^Lỗi: answers\.json:\d+: trường "bases\[0\]\.date": Ngày phải có dạng năm-tháng-ngày/);
      expectUntouched(out);
    });

    it('a template field of the wrong type', () => {
      const out = output();
      const answers = JSON.parse(readFileSync(answersAnLao, 'utf8'));
      answers.fields.units = 'Ủy ban nhân dân huyện';
      writeFileSync(path.join(work, 'answers.json'), JSON.stringify(answers, null, 2));
      const r = cli('new', '-t', 'dang-ke-hoach-thuc-hien', '-a', 'answers.json', '-o', out);
      expectOneLine(r, /^Lỗi: answers\.json:\d+: trường "fields\.units": phải là danh sách/);
      expectUntouched(out);
    });

    it('unknown option', () => {
      const out = output();
      const r = cli('new', '-t', 'dang-ke-hoach-thuc-hien', '-a', answersAnLao, '-o', out, '--ghi-de');
      expectOneLine(r, /không có tuỳ chọn "--ghi-de"/);
      expect(r.code).toBe(2);
      expectUntouched(out);
    });

    it('unknown profile', () => {
      cli('new', '-t', 'dang-ke-hoach-thuc-hien', '-a', answersAnLao, '-o', 'ok.kehoach');
      const docx = path.join(work, 'existing.docx');
      writeFileSync(docx, OLD);
      const r = cli('export', 'ok.kehoach', '-o', 'existing.docx', '--profile', 'hd99');
      expectOneLine(r, /^Lỗi: --profile: không có thể thức "hd99"\. Hãy dùng một trong: dang-hd05, dang-hd36, nha-nuoc-nd30\./);
      expect(readFileSync(docx, 'utf8')).toBe(OLD);
    });

    it('a profile of the other regime', () => {
      cli('new', '-t', 'dang-ke-hoach-thuc-hien', '-a', answersAnLao, '-o', 'ok.kehoach');
      const r = cli('export', 'ok.kehoach', '-o', 'x.docx', '--profile', 'nha-nuoc-nd30');
      expectOneLine(r, /^Lỗi: --profile: thể thức "nha-nuoc-nd30" dành cho văn bản nhà nước/);
      expect(existsSync(path.join(work, 'x.docx'))).toBe(false);
    });

    it('a file that is not a draft', () => {
      writeFileSync(path.join(work, 'rac.kehoach'), 'không phải JSON');
      const r = cli('export', 'rac.kehoach', '-o', 'rac.docx');
      expectOneLine(r, /^Lỗi: rac\.kehoach: Tệp không phải là bản thảo kế hoạch/);
    });

    it('a missing templates folder never produces a file', () => {
      const r = cli('new', '-t', 'dang-ke-hoach-thuc-hien', '-a', answersAnLao, '-o', 'never.kehoach', '--templates-dir', path.join(work, 'no-templates'));
      expectOneLine(r, /^Lỗi: --template: Không có mẫu/);
      expect(existsSync(path.join(work, 'never.kehoach'))).toBe(false);
    });

    it('no command', () => {
      const r = cli();
      expectOneLine(r, /chưa có lệnh/);
      expect(r.code).toBe(2);
    });
  });
});

describe('runCli in-process', () => {
  const capture = (): CliIo & { outLines: string[]; errLines: string[] } => {
    const outLines: string[] = [];
    const errLines: string[] = [];
    return { outLines, errLines, out: (l) => outLines.push(l), err: (l) => errLines.push(l), cwd: work };
  };

  it('creates a state plan from answers and reports it', async () => {
    const io = capture();
    const { thanhXuanAnswers } = await import('../templates/sample-answers');
    writeFileSync(path.join(work, 'tx.json'), JSON.stringify(thanhXuanAnswers()));
    const code = await runCli(['new', '--template=nha-nuoc-ke-hoach', '--answers=tx.json', '-o', 'tx.kehoach'], io);
    expect(io.errLines).toEqual([]);
    expect(code).toBe(0);
    const parsed = parseDraft(readFileSync(path.join(work, 'tx.kehoach'), 'utf8'));
    expect(parsed.ok && parsed.plan.profile).toBe('nha-nuoc-nd30');
  });

  it('a broken template body: one line with file and line, no output', async () => {
    const { cpSync } = await import('node:fs');
    const dir = path.join(work, 'tpl');
    cpSync(path.join(repo, 'templates', 'dang-ke-hoach-thuc-hien'), path.join(dir, 'dang-ke-hoach-thuc-hien'), { recursive: true });
    writeFileSync(path.join(dir, 'dang-ke-hoach-thuc-hien', 'sections', 'muc-tieu.hbs'), '{{goals}}\n{{#if goals}}\n');
    const io = capture();
    const code = await runCli(['new', '-t', 'dang-ke-hoach-thuc-hien', '-a', answersAnLao, '-o', 'broken.kehoach', '--templates-dir', dir], io);
    expect(code).toBe(1);
    expect(io.errLines).toHaveLength(1);
    expect(io.errLines[0]).toMatch(/^Lỗi: mẫu "dang-ke-hoach-thuc-hien" bị lỗi tại .*muc-tieu\.hbs:\d+(:\d+)?: Mẫu viết sai cú pháp/);
    expect(existsSync(path.join(work, 'broken.kehoach'))).toBe(false);
  });

  it('export says, in Vietnamese, when a short name can never be introduced (and still exports)', async () => {
    const io = capture();
    const draft = JSON.parse(readFileSync(path.join(repo, 'docs', 'examples', 'an-lao.kehoach'), 'utf8'));
    // A document no full citation reaches, with a short name the clerk expects to see.
    draft.plan.documents.push({ ...draft.plan.documents[0], id: 'orphan', number: '40', shortName: 'Chỉ thị 40' });
    writeFileSync(path.join(work, 'orphan.kehoach'), JSON.stringify(draft));
    const code = await runCli(['export', 'orphan.kehoach', '-o', 'orphan.docx'], io);
    expect(code).toBe(0);
    expect(existsSync(path.join(work, 'orphan.docx'))).toBe(true);
    expect(io.errLines).toEqual([expect.stringMatching(/^Lưu ý: Tên viết tắt "Chỉ thị 40" của Chỉ thị số 40-CT\/TU không được giới thiệu ở đâu .*; hãy trích dẫn đầy đủ văn bản hoặc bỏ tên viết tắt\.$/)]);
  });

  it('--help prints the usage in Vietnamese', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.outLines.join('\n')).toContain('kehoach new --template <mã mẫu> --answers <câu-trả-lời.json> -o <bản-thảo.kehoach>');
  });
});

describe('the launcher starts each command from its own bundle with V8 code cache', () => {
  const run = (cacheDir: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [bundle, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, KEHOACH_CODE_CACHE_DIR: cacheDir } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('writes the cache on the first run, reads it after, and gives the same file either way', async () => {
    const cacheDir = path.join(work, 'cache-a');
    const draft = path.join(work, 'launcher.kehoach');
    expect(cli('new', '--template', 'dang-ke-hoach-thuc-hien', '--answers', answersAnLao, '-o', draft).code).toBe(0);
    expect(run(cacheDir, 'export', draft, '-o', 'first.docx').code).toBe(0);
    const caches = readdirSync(cacheDir);
    // The export command's own bundle, named by its size, time and the Node that made the cache.
    expect(caches).toEqual([expect.stringMatching(new RegExp(`^kehoach-export-\\d+-\\d+-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`))]);
    const made = statSync(path.join(cacheDir, caches[0]!));
    expect(made.size).toBeGreaterThan(10_000);
    expect(run(cacheDir, 'export', draft, '-o', 'second.docx').code).toBe(0);
    // Accepted, so not written again.
    expect(statSync(path.join(cacheDir, caches[0]!)).mtimeMs).toBe(made.mtimeMs);
    const text = async (f: string) => (await JSZip.loadAsync(readFileSync(path.join(work, f)))).file('word/document.xml')!.async('string');
    expect(await text('second.docx')).toBe(await text('first.docx'));
  });

  it('a damaged cache costs nothing but time: the command works and the cache is made again', () => {
    const cacheDir = path.join(work, 'cache-b');
    expect(run(cacheDir, 'templates').code).toBe(0);
    const [name] = readdirSync(cacheDir);
    expect(name).toMatch(/^kehoach-templates-/);
    writeFileSync(path.join(cacheDir, name!), Buffer.alloc(5000, 7), { mode: 0o600 });
    const r = run(cacheDir, 'templates');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dang-ke-hoach-thuc-hien');
    expect(readFileSync(path.join(cacheDir, name!)).equals(Buffer.alloc(5000, 7))).toBe(false);
  });

  it('help, errors and anything that is not a command go to the bundle of every command', () => {
    const cacheDir = path.join(work, 'cache-c');
    expect(run(cacheDir, '--help').stdout).toContain('kehoach export');
    const r = run(cacheDir, 'xuat');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có lệnh "xuat"');
    expect(readdirSync(cacheDir).every((f) => f.startsWith('kehoach-main-'))).toBe(true);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() !== 0)('refuses a cache others may write', () => {
    const cacheDir = path.join(work, 'cache-d');
    expect(run(cacheDir, 'templates').code).toBe(0);
    const [name] = readdirSync(cacheDir);
    chmodSync(path.join(cacheDir, name!), 0o666);
    const before = statSync(path.join(cacheDir, name!)).mtimeMs;
    expect(run(cacheDir, 'templates').code).toBe(0);
    // Not used, so made again (and replaced by this user's own, private file).
    const after = statSync(path.join(cacheDir, name!));
    expect(after.mtimeMs).not.toBe(before);
    expect(after.mode & 0o077).toBe(0);
  });
});
