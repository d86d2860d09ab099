import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../core/ipc/api';
import { dispatchApi } from '../../../../electron/services/api-dispatch';
import { createHttpApi } from '../../../../renderer/api/http-client';
import { browserApi } from '../api-fixture';
import { useTempDirs } from '../temp-dir';

const tempDir = useTempDirs();

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.value;
}

const ct32 = { type: 'Chỉ thị', regime: 'dang' as const, number: '32', symbol: 'CT/TU', date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy', subject: 'về việc tăng cường công tác giáo dục chính trị tư tưởng' };
const nq71 = { type: 'Nghị quyết', regime: 'dang' as const, number: '71', symbol: 'NQ/TW', date: '2025-08-22', issuer: 'Bộ Chính trị', subject: 'về đột phá phát triển giáo dục và đào tạo' };

describe('library API (browser mode)', () => {
  it('saves into <data>/library, lists newest first, searches Vietnamese-aware, gets and deletes', async () => {
    const dataDir = tempDir();
    const { api } = await browserApi(dataDir);
    const a = value(await api.library.save(ct32, 0));
    const b = value(await api.library.save(nq71, 0));
    if (a.status !== 'saved' || b.status !== 'saved') throw new Error('not saved');
    expect(readdirSync(path.join(dataDir, 'library')).filter((n) => !n.startsWith('.')).sort()).toEqual([`${a.entry.id}.json`, `${b.entry.id}.json`].sort());
    expect(value(await api.library.list()).entries.map((e) => e.number)).toEqual(['71', '32']);
    expect(value(await api.library.list('32-CT')).entries.map((e) => e.id)).toEqual([a.entry.id]);
    expect(value(await api.library.list('giao duc')).entries).toEqual([]);
    expect(value(await api.library.get(a.entry.id))).toEqual(a.entry);
    // The listing leaves full texts on disk and says they are there.
    const text = { paragraphs: [{ text: 'Điều 1', level: 0 }], source: { fileName: 'nq71.pdf', format: 'pdf' as const, bytes: 9 } };
    value(await api.library.save({ ...nq71, id: b.entry.id, text }, 1));
    const listed = value(await api.library.list('71')).entries[0]!;
    expect(listed).not.toHaveProperty('text');
    expect(listed.textInfo).toEqual({ paragraphs: 1, fileName: 'nq71.pdf' });
    expect(value(await api.library.get(b.entry.id))?.text).toEqual(text);
    expect(value(await api.library.get('khong-co'))).toBeNull();
    value(await api.library.delete(a.entry.id));
    expect(value(await api.library.list()).entries.map((e) => e.id)).toEqual([b.entry.id]);
  });

  it('exports the library into the data folder and imports it into another, merging', async () => {
    const { api } = await browserApi(tempDir());
    value(await api.library.save(ct32, 0));
    value(await api.library.save(nq71, 0));
    const out = value(await api.library.export('thu-vien'));
    expect(out.count).toBe(2);
    expect(out.path.endsWith('thu-vien.json')).toBe(true);

    const other = tempDir();
    writeFileSync(path.join(other, 'nhan.json'), JSON.stringify(JSON.parse((await import('node:fs')).readFileSync(out.path, 'utf8'))));
    const { api: api2 } = await browserApi(other);
    expect(value(await api2.library.importBundle('nhan.json'))).toMatchObject({ added: 2 });
    expect(value(await api2.library.list('Nghị quyết 71')).entries).toHaveLength(1);
  });

  it('parses arguments at the boundary: bad ids, revisions and paths outside the data folder are refused in Vietnamese, nothing written', async () => {
    const dataDir = tempDir();
    const { api } = await browserApi(dataDir);
    expect(await dispatchApi(api, 'library', 'save', [ct32, 'một'])).toMatchObject({ ok: false, error: expect.stringMatching(/^Yêu cầu gửi lên có số phiên bản không hợp lệ/) });
    expect(await dispatchApi(api, 'library', 'get', [42])).toMatchObject({ ok: false, error: expect.stringMatching(/mã văn bản không hợp lệ/) });
    expect(await dispatchApi(api, 'library', 'list', [{ q: 1 }])).toMatchObject({ ok: false, error: expect.stringMatching(/từ khóa tìm kiếm không hợp lệ/) });
    expect(await api.library.export('../ra-ngoai.json')).toMatchObject({ ok: false, error: expect.stringMatching(/nằm ngoài thư mục dữ liệu/) });
    expect(await api.library.importBundle('/etc/passwd')).toMatchObject({ ok: false, error: expect.stringMatching(/nằm ngoài thư mục dữ liệu/) });
    expect(await api.library.save({ ...ct32, type: '' }, 0)).toMatchObject({ ok: false, error: expect.stringMatching(/^Không lưu được văn bản vào thư viện: loại văn bản — /) });
    expect(readdirSync(dataDir)).toEqual(['settings.json']);
  });

  it('follows the library folder set in the settings (a shared folder), confined to the data folder in browser mode', async () => {
    const dataDir = tempDir();
    const { api } = await browserApi(dataDir);
    value(await api.settings.update({ libraryFolder: 'chung' }));
    // A chosen folder that is not there (network down) is said, not taken for an empty library.
    expect(await api.library.list()).toMatchObject({ ok: false, error: `Không tìm thấy thư mục thư viện ${path.join(dataDir, 'chung')}; hãy kiểm tra kết nối mạng hoặc chọn lại thư mục trong "Thư viện văn bản".` });
    expect(await api.library.save(ct32, 0)).toMatchObject({ ok: false, error: expect.stringMatching(/^Không tìm thấy thư mục thư viện/) });
    mkdirSync(path.join(dataDir, 'chung'));
    const saved = value(await api.library.save(ct32, 0));
    if (saved.status !== 'saved') throw new Error('not saved');
    expect(readdirSync(path.join(dataDir, 'chung'))).toContain(`${saved.entry.id}.json`);
    expect(value(await api.library.list()).folder).toBe(path.join(dataDir, 'chung'));
    value(await api.settings.update({ libraryFolder: '../ngoai' }));
    expect(await api.library.list()).toMatchObject({ ok: false, error: expect.stringMatching(/nằm ngoài thư mục dữ liệu/) });
    value(await api.settings.update({ libraryFolder: '' }));
    expect(value(await api.library.list()).folder).toBe(path.join(dataDir, 'library'));
  });

  it('the browser-mode client has the library methods and posts to /api/library/<method>', async () => {
    const calls: string[] = [];
    const api = createHttpApi(async (url, init) => {
      calls.push(`${url} ${init.body}`);
      return { ok: true, status: 200, json: async () => ({ ok: true, value: null }) };
    });
    await api.library.list('32');
    await api.library.save({ ...ct32, id: 'x' }, 2);
    expect(calls).toEqual(['/api/library/list {"args":["32"]}', `/api/library/save {"args":[${JSON.stringify({ ...ct32, id: 'x' })},2]}`]);
  });
});
