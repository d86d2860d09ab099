import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../../core/draft/draft-file';
import { exportDocx } from '../../../core/docx/export-docx';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/run-cli';
import { paragraphs, readDocx } from '../../helpers/docx-xml';

/** `kehoach open-docx` as a clerk runs it: the draft written, what was not recognised printed, errors in one line. */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let work: string;
beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'kehoach-cli-open-'));
  const parsed = parseDraft(readFileSync(path.join(repo, 'docs/examples/an-lao.kehoach'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  writeFileSync(path.join(work, 'an-lao.docx'), await exportDocx(parsed.plan));
  writeFileSync(path.join(work, 'hong.docx'), 'PK\u0003\u0004 không phải tệp Word');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: work };
  return { code: await runCli(args, io), out, err };
}

describe('kehoach open-docx', () => {
  it('writes the draft and says everything was recognised', async () => {
    const r = await cli('open-docx', 'an-lao.docx', '-o', 'an-lao.kehoach');
    expect(r).toMatchObject({ code: 0, err: [] });
    expect(r.out).toEqual(['Đã mở an-lao.docx thành bản thảo an-lao.kehoach (thể thức dang-hd36).', 'Đã nhận ra toàn bộ nội dung.']);
    const draft = parseDraft(readFileSync(path.join(work, 'an-lao.kehoach'), 'utf8'));
    expect(draft.ok && draft.plan.organisation.issuingBody).toBe('HUYỆN ỦY AN LÃO');
  });

  it('re-issues an HD36 plan under HD05: the last sentence then ends "." instead of "./."', async () => {
    expect((await cli('open-docx', 'an-lao.docx', '-o', 'hd05.kehoach', '--profile', 'dang-hd05')).code).toBe(0);
    expect((await cli('export', 'hd05.kehoach', '-o', 'hd05.docx')).code).toBe(0);
    const texts = paragraphs((await readDocx(readFileSync(path.join(work, 'hd05.docx')))).document).map((p) => p.text);
    const last = texts.filter((t) => t.includes('định kỳ báo cáo Ban Thường vụ Huyện ủy'));
    expect(last).toHaveLength(1);
    expect(last[0]!.endsWith('Huyện ủy.')).toBe(true);
  });

  it('prints what it did not recognise, and still succeeds', async () => {
    const parsed = parseDraft(readFileSync(path.join(repo, 'docs/examples/an-lao.kehoach'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    // The clerk retyped "Nơi nhận" as "Gửi".
    const zip = await JSZip.loadAsync(await exportDocx(parsed.plan));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('>Nơi nhận<', '>Gửi<'));
    writeFileSync(path.join(work, 'khong-noi-nhan.docx'), await zip.generateAsync({ type: 'uint8array' }));
    const r = await cli('open-docx', 'khong-noi-nhan.docx', '-o', 'khong-noi-nhan.kehoach');
    expect(r.code).toBe(0);
    expect(r.out[1]).toMatch(/^Có \d+ chỗ chưa nhận ra/);
    expect(r.out.slice(2)).toEqual([expect.stringMatching(/^- Không thấy tiêu đề "Nơi nhận:".*«Gửi:»$/)]);
  });

  it('refuses a broken file, a wrong profile, a missing output in one Vietnamese line, writing nothing', async () => {
    const broken = await cli('open-docx', 'hong.docx', '-o', 'hong.kehoach');
    expect(broken.code).toBe(1);
    expect(broken.err).toHaveLength(1);
    expect(broken.err[0]).toMatch(/^Lỗi: hong\.docx: Tệp không phải là tài liệu Word/);
    expect(existsSync(path.join(work, 'hong.kehoach'))).toBe(false);
    const state = await cli('open-docx', 'an-lao.docx', '-o', 'x.kehoach', '--profile', 'nha-nuoc-nd30');
    expect(state.code).toBe(1);
    expect(state.err[0]).toMatch(/văn bản nhà nước, không hợp/);
    expect(existsSync(path.join(work, 'x.kehoach'))).toBe(false);
    const missing = await cli('open-docx', 'an-lao.docx');
    expect(missing.code).toBe(2);
    const absent = await cli('open-docx', 'khong-co.docx', '-o', 'y.kehoach');
    expect(absent.err).toEqual(['Lỗi: khong-co.docx: không tìm thấy tệp. Hãy kiểm tra lại đường dẫn.']);
  });
});
