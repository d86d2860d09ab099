import { readFileSync, readdirSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { nodeIo, type AtomicWriteIo } from '../../../../electron/services/atomic-write';
import { useTempDirs } from '../temp-dir';

const tempDir = useTempDirs();

const ct32 = {
  type: 'Chỉ thị',
  regime: 'dang' as const,
  number: '32',
  symbol: 'CT/TU',
  date: '2024-04-24',
  issuer: 'Ban Thường vụ Thành ủy',
  subject: 'về việc tăng cường công tác giáo dục chính trị tư tưởng',
};

/** Two clerks' apps on one shared library folder. */
function twoClerks(dir: string) {
  return { lan: new LibraryStore({ dir, user: 'Lan' }), minh: new LibraryStore({ dir, user: 'Minh' }) };
}

async function saved(store: LibraryStore, input: unknown, base: number) {
  const out = await store.save(input, base);
  if (out.status !== 'saved') throw new Error(`expected saved, got conflict: ${out.message}`);
  return out.entry;
}

describe('library store (one file per entry, shared folder)', () => {
  it('saves a new entry as <id>.json with revision 1, lists and gets it, in NFC', async () => {
    const dir = tempDir();
    const store = new LibraryStore({ dir, user: 'Lan' });
    const entry = await saved(store, { ...ct32, subject: ct32.subject.normalize('NFD') }, 0);
    expect(entry).toMatchObject({ revision: 1, updatedBy: 'Lan', subject: ct32.subject });
    expect(readdirSync(dir)).toContain(`${entry.id}.json`);
    expect((await store.list()).entries).toEqual([entry]);
    expect(await store.get(entry.id)).toEqual(entry);
  });

  it('merges two clerks\' saves of one entry that touch different fields', async () => {
    const { lan, minh } = twoClerks(tempDir());
    const first = await saved(lan, ct32, 0);
    // Both opened revision 1; Lan changes the subject, Minh (later) the short name.
    const a = await saved(lan, { ...first, subject: 'về việc tăng cường công tác giáo dục' }, 1);
    const out = await minh.save({ ...first, shortName: 'Chỉ thị 32' }, 1);
    expect(out).toMatchObject({ status: 'saved', mergedFromOther: ['subject'], entry: { revision: 3, subject: a.subject, shortName: 'Chỉ thị 32', updatedBy: 'Minh' } });
    expect(await lan.get(first.id)).toMatchObject({ subject: a.subject, shortName: 'Chỉ thị 32' });
  });

  it('refuses a save that changes the field another clerk changed, writing nothing and returning both versions', async () => {
    const { lan, minh } = twoClerks(tempDir());
    const first = await saved(lan, ct32, 0);
    await saved(lan, { ...first, subject: 'về việc A' }, 1);
    const file = path.join(lan.dir, `${first.id}.json`);
    const before = readFileSync(file, 'utf8');
    const out = await minh.save({ ...first, subject: 'về việc B' }, 1);
    expect(out.status).toBe('conflict');
    if (out.status !== 'conflict') return;
    expect(out.fields).toEqual(['subject']);
    expect(out.theirs).toMatchObject({ subject: 'về việc A', revision: 2 });
    expect(out.mine).toMatchObject({ subject: 'về việc B' });
    expect(out.message).toBe('Chỉ thị số 32-CT/TU vừa được Lan sửa (trích yếu) sau khi anh/chị mở, hãy chọn giữ bản của mình hay bản vừa lưu.');
    expect(readFileSync(file, 'utf8')).toBe(before);
    // Choosing "keep mine" saves again on the revision just seen.
    const kept = await saved(minh, out.mine, out.theirs.revision);
    expect(kept).toMatchObject({ subject: 'về việc B', revision: 3 });
  });

  it('two clerks saving at the same instant both land: revisions 2 and 3, neither change lost', async () => {
    const { lan, minh } = twoClerks(tempDir());
    const first = await saved(lan, ct32, 0);
    const [x, y] = await Promise.all([lan.save({ ...first, subject: 'về việc X' }, 1), minh.save({ ...first, shortName: 'CT32' }, 1)]);
    expect([x.status, y.status]).toEqual(['saved', 'saved']);
    expect(await lan.get(first.id)).toMatchObject({ subject: 'về việc X', shortName: 'CT32', revision: 3 });
  });

  it('an interrupted write (process killed before the rename) leaves the previous entry whole', async () => {
    const dir = tempDir();
    const first = await saved(new LibraryStore({ dir }), ct32, 0);
    // The process "dies" after writing half of the temp file: no rename, no clean-up.
    const killedIo: AtomicWriteIo = {
      ...nodeIo,
      open: (async (file: string, flags?: string, mode?: number) => {
        const handle = await fsp.open(file, flags, mode);
        if (flags !== 'wx') return handle;
        return Object.assign(Object.create(handle) as fsp.FileHandle, {
          write: async (buffer: Uint8Array, offset: number, length: number) => {
            await handle.write(buffer, offset, Math.floor(length / 2));
            await handle.close();
            throw Object.assign(new Error('killed'), { code: 'EKILLED' });
          },
          sync: () => handle.sync(),
          close: async () => undefined,
        });
      }) as typeof fsp.open,
      unlink: async () => undefined,
    };
    const dying = new LibraryStore({ dir, io: killedIo });
    await expect(dying.save({ ...first, subject: 'về việc mới' }, 1)).rejects.toMatchObject({ code: 'EKILLED' });
    const listing = await new LibraryStore({ dir }).list();
    expect(listing.entries).toEqual([first]);
    expect(listing.problems).toEqual([]);
  });

  it('a save without the full text keeps it (the listing carries none); null removes it', async () => {
    const { lan, minh } = twoClerks(tempDir());
    const text = { paragraphs: [{ text: 'Tăng cường công tác giáo dục', label: '1.', kind: 'arabic' as const, level: 2 }], source: { fileName: 'ct32.docx', format: 'docx' as const, bytes: 1200 } };
    const first = await saved(lan, { ...ct32, text }, 0);
    const { text: _t, ...facts } = first;
    expect(await saved(lan, { ...facts, shortName: 'CT32' }, 1)).toMatchObject({ text, shortName: 'CT32' });
    // Another clerk, on the older revision, without the text either: merged, the text kept.
    expect(await saved(minh, { ...facts, subject: 'về việc khác' }, 1)).toMatchObject({ text, shortName: 'CT32', subject: 'về việc khác' });
    const removed = await saved(lan, { ...facts, text: null }, 3);
    expect(removed.text).toBeUndefined();
  });

  it('a lock left by a killed app on this machine is broken at once; one held by a live process is waited for', async () => {
    const dir = tempDir();
    const store = new LibraryStore({ dir });
    const first = await saved(store, ct32, 0);
    const lock = path.join(dir, `.${first.id}.lock`);
    // A pid that cannot be running (above Linux's pid_max).
    writeFileSync(lock, `${os.hostname()}\n99999999\n2026-01-01T00:00:00Z`);
    const started = Date.now();
    await saved(store, { ...first, subject: 'về việc mới' }, 1);
    expect(Date.now() - started).toBeLessThan(2000);
    // Held by this (live) process: the save waits until it is released.
    writeFileSync(lock, `${os.hostname()}\n${process.pid}\nnow`);
    setTimeout(() => unlinkSync(lock), 200);
    await saved(store, { ...first, subject: 'về việc sau' }, 2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  });

  it('an empty lock (the writer killed between creating it and writing its owner) is broken after a second, not waited for until the save gives up', async () => {
    const dir = tempDir();
    const store = new LibraryStore({ dir });
    const first = await saved(store, ct32, 0);
    const lock = path.join(dir, `.${first.id}.lock`);
    writeFileSync(lock, '');
    const started = Date.now();
    await saved(store, { ...first, subject: 'về việc mới' }, 1);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(900);
    expect(waited).toBeLessThan(4000);
  });

  it('lists an unreadable file as a problem (one sentence naming it) and keeps the others', async () => {
    const dir = tempDir();
    const store = new LibraryStore({ dir });
    const entry = await saved(store, ct32, 0);
    writeFileSync(path.join(dir, 'hong.json'), '{"type": "Chỉ');
    const listing = await store.list();
    expect(listing.entries).toEqual([entry]);
    expect(listing.problems).toEqual(['Tệp "hong.json" trong thư viện bị hỏng (không đọc được) nên bị bỏ qua; hãy xóa nó hoặc nhập lại văn bản.']);
  });

  it('refuses a link that makes a loop, and refuses to delete an entry another one implements', async () => {
    const store = new LibraryStore({ dir: tempDir() });
    const parent = await saved(store, { ...ct32, type: 'Nghị quyết', number: '07', symbol: 'NQ/TU' }, 0);
    const child = await saved(store, { ...ct32, implementsId: parent.id }, 0);
    await expect(store.save({ ...parent, implementsId: child.id }, 1)).rejects.toThrow(/lại đang thực hiện chính văn bản này/);
    await expect(store.delete(parent.id)).rejects.toThrow('Không xóa được: Chỉ thị số 32-CT/TU đang thực hiện văn bản này; hãy bỏ liên kết ở đó trước rồi xóa.');
    await store.delete(child.id);
    await store.delete(parent.id);
    expect((await store.list()).entries).toEqual([]);
  });

  it('refuses an invalid entry with one Vietnamese sentence naming the field', async () => {
    const store = new LibraryStore({ dir: tempDir() });
    await expect(store.save({ ...ct32, symbol: '' }, 0)).rejects.toThrow('Không lưu được văn bản vào thư viện: ký hiệu — thiếu ký hiệu văn bản (ví dụ CT/TU). Hãy sửa lại rồi thử lại.');
    await expect(store.save({ ...ct32, id: '../x' }, 0)).rejects.toThrow(/Mã văn bản trong thư viện không hợp lệ/);
  });
});

describe('library file (export / import)', () => {
  it('round-trips: a library exported and imported into an empty folder gives the same documents and chains', async () => {
    const src = new LibraryStore({ dir: tempDir() });
    const nq = await saved(src, { ...ct32, type: 'Nghị quyết', number: '71', symbol: 'NQ/TW', issuer: 'Bộ Chính trị' }, 0);
    await saved(src, { ...ct32, type: 'Chương trình hành động', number: '05', symbol: 'CTr/TU', implementsId: nq.id }, 0);
    const out = path.join(tempDir(), 'thu-vien.json');
    expect(await src.exportTo(out)).toEqual({ path: out, count: 2 });

    const dst = new LibraryStore({ dir: tempDir() });
    const summary = await dst.importFile(out);
    expect(summary).toMatchObject({ added: 2, completed: 0, message: 'Đã nhập thư viện: thêm 2 văn bản mới.' });
    const facts = (await dst.list()).entries.map(({ revision: _r, updatedAt: _u, updatedBy: _b, ...f }) => f);
    const srcFacts = (await src.list()).entries.map(({ revision: _r, updatedAt: _u, updatedBy: _b, ...f }) => f);
    expect(facts).toEqual(srcFacts);
    // Importing again adds nothing.
    expect(await dst.importFile(out)).toMatchObject({ added: 0, unchanged: 2, message: 'Đã nhập thư viện: thêm 0 văn bản mới, 2 văn bản đã có sẵn.' });
  });

  it('refuses an oversized file, a non-JSON file and another app\'s JSON, writing nothing', async () => {
    const dir = tempDir();
    const store = new LibraryStore({ dir, maxBundleBytes: 1024 });
    const work = tempDir();
    const big = path.join(work, 'to.json');
    writeFileSync(big, 'x'.repeat(4096));
    await expect(store.importFile(big)).rejects.toThrow(/quá giới hạn .* MB; hãy xuất lại thư viện nhỏ hơn/);
    const notJson = path.join(work, 'a.json');
    writeFileSync(notJson, 'PK\u0003\u0004');
    await expect(store.importFile(notJson)).rejects.toThrow(/không đọc được nội dung JSON/);
    const other = path.join(work, 'b.json');
    writeFileSync(other, '{"app":"kehoach","version":2}');
    await expect(store.importFile(other)).rejects.toThrow(/^Tệp này không phải tệp thư viện/);
    mkdirSync(dir, { recursive: true });
    expect(readdirSync(dir)).toEqual([]);
  });
});
