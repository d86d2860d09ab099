import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { versionTimeLabel } from '../../../../core/versions';
import { VersionStore } from '../../../../electron/services/versions/version-store';
import { anLaoPlan, dongDaPlan } from '../../../helpers/fixtures';
import { useTempDirs } from '../temp-dir';

const tempDir = useTempDirs();

/** A clock that moves one minute each time it is read, so every version has its own time. */
function ticking(start = '2026-11-28T07:00:00Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 60_000));
}

describe('VersionStore', () => {
  it('lists the versions of a draft newest first, with time, note, why and the plan title', async () => {
    const store = new VersionStore({ dataDir: tempDir(), now: ticking() });
    const plan = anLaoPlan();
    await store.save(plan, 'manual', 'Gửi góp ý lần 1');
    await store.save({ ...plan, number: '07' }, 'export', 'Đã xuất an-lao.docx', 'docx');
    await store.save({ ...plan, number: '08' }, 'manual', '  ');
    const { versions, problems } = await store.list(plan.id);
    expect(problems).toEqual([]);
    expect(versions.map((v) => [v.why, v.note])).toEqual([['manual', ''], ['export', 'Đã xuất an-lao.docx'], ['manual', 'Gửi góp ý lần 1']]);
    expect(versions[1]?.exported).toBe('docx');
    expect(versions[0]?.title).toMatch(/^Kế hoạch/);
    // Each version gives back the plan exactly as it was kept.
    expect((await store.read(plan.id, versions[2]!.id)).plan).toEqual(plan);
    expect((await store.read(plan.id, versions[0]!.id)).plan.number).toBe('08');
  });

  it('keeps versions per plan id, whatever the file is called, and never mixes two plans', async () => {
    const store = new VersionStore({ dataDir: tempDir(), now: ticking() });
    await store.save(anLaoPlan(), 'manual', 'An Lão');
    await store.save(dongDaPlan(), 'manual', 'Đống Đa');
    expect((await store.list(anLaoPlan().id)).versions.map((v) => v.note)).toEqual(['An Lão']);
    expect((await store.list(dongDaPlan().id)).versions.map((v) => v.note)).toEqual(['Đống Đa']);
    expect((await store.list('khong-co')).versions).toEqual([]);
  });

  it('keeps no second copy when an unchanged plan is exported again, but one per change', async () => {
    const store = new VersionStore({ dataDir: tempDir(), now: ticking() });
    const plan = anLaoPlan();
    const first = await store.save(plan, 'export', 'Đã xuất a.docx', 'docx');
    const again = await store.save(plan, 'export', 'Đã xuất a.pdf', 'pdf');
    expect(again.id).toBe(first.id);
    await store.save({ ...plan, number: '09' }, 'export', 'Đã xuất b.docx', 'docx');
    expect((await store.list(plan.id)).versions).toHaveLength(2);
  });

  it('keeps at most the cap of versions made at exports and restores, and every version the clerk saved', async () => {
    const store = new VersionStore({ dataDir: tempDir(), now: ticking(), cap: 3 });
    const plan = anLaoPlan();
    await store.save({ ...plan, number: 'm1' }, 'manual', 'tay 1');
    for (let i = 1; i <= 6; i++) await store.save({ ...plan, number: String(i) }, 'export', `xuất ${i}`, 'docx');
    await store.save({ ...plan, number: 'm2' }, 'manual', 'tay 2');
    const { versions } = await store.list(plan.id);
    expect(versions.map((v) => v.note)).toEqual(['tay 2', 'xuất 6', 'xuất 5', 'xuất 4', 'tay 1']);
    // The removed versions' files are gone too, not left behind unlisted.
    const dir = path.dirname(path.join(store.root, readdirSync(store.root)[0]!, 'x'));
    expect(readdirSync(dir)).toHaveLength(versions.length * 2);
  });

  it('for any sequence of saves: newest first, every manual version kept, at most the cap of the others', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('export', 'manual', 'restore') as fc.Arbitrary<'export' | 'manual' | 'restore'>, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), async (whys, cap) => {
        const store = new VersionStore({ dataDir: tempDir(), now: ticking(), cap });
        const plan = anLaoPlan();
        for (const [i, why] of whys.entries()) await store.save({ ...plan, number: `${i}` }, why, `lần ${i}`);
        const { versions } = await store.list(plan.id);
        const times = versions.map((v) => v.savedAt);
        expect(times).toEqual([...times].sort().reverse());
        expect(versions.filter((v) => v.why === 'manual')).toHaveLength(whys.filter((w) => w === 'manual').length);
        expect(versions.filter((v) => v.why !== 'manual').length).toBe(Math.min(cap, whys.filter((w) => w !== 'manual').length));
      }),
      { numRuns: 15 },
    );
  });

  it('restore keeps the text open now as a version first, then gives the chosen version back', async () => {
    const store = new VersionStore({ dataDir: tempDir(), now: ticking() });
    const old = anLaoPlan({ number: '01' });
    const wanted = await store.save(old, 'manual', 'bản gửi xin ý kiến');
    const current = anLaoPlan({ number: '02' });
    const { plan, kept, restored } = await store.restore(current, wanted.id);
    expect(plan).toEqual(old);
    expect(restored.id).toBe(wanted.id);
    expect(kept.why).toBe('restore');
    expect(kept.note).toBe(`Trước khi khôi phục phiên bản ${versionTimeLabel(wanted.savedAt)}`);
    // The text that was open is not lost: it is the newest version.
    const { versions } = await store.list(current.id);
    expect(versions[0]?.id).toBe(kept.id);
    expect((await store.read(current.id, kept.id)).plan).toEqual(current);
  });

  it('skips a corrupt version file with a note, leaving it on disk, and lists the others', async () => {
    const store = new VersionStore({ dataDir: tempDir(), now: ticking() });
    const plan = anLaoPlan();
    const good = await store.save(plan, 'manual', 'tốt');
    const bad = await store.save({ ...plan, number: '2' }, 'manual', 'sẽ hỏng');
    const lost = await store.save({ ...plan, number: '3' }, 'manual', 'mất nội dung');
    const dir = path.join(store.root, readdirSync(store.root)[0]!);
    writeFileSync(path.join(dir, `${bad.id}.json`), '{"kind": "kehoach-vers');
    const lostFile = path.join(dir, `${lost.id}.kehoach`);
    writeFileSync(lostFile, 'không phải bản thảo');
    const listing = await store.list(plan.id);
    // The broken small file hides its version; a broken plan file is found when it is opened.
    expect(listing.versions.map((v) => v.id)).toEqual([lost.id, good.id]);
    expect(listing.problems).toHaveLength(1);
    expect(listing.problems[0]).toMatch(/bị hỏng nên không hiện trong danh sách/);
    expect(readFileSync(path.join(dir, `${bad.id}.json`), 'utf8')).toBe('{"kind": "kehoach-vers');
    await expect(store.read(plan.id, lost.id)).rejects.toThrow(/bị hỏng nên không mở được; hãy chọn phiên bản khác/);
  });

  it('a version whose plan file is missing is named in the problems, not listed', async () => {
    const store = new VersionStore({ dataDir: tempDir(), now: ticking() });
    const plan = anLaoPlan();
    const v = await store.save(plan, 'manual', 'x');
    const dir = path.join(store.root, readdirSync(store.root)[0]!);
    await import('node:fs/promises').then((f) => f.unlink(path.join(dir, `${v.id}.kehoach`)));
    const listing = await store.list(plan.id);
    expect(listing.versions).toEqual([]);
    expect(listing.problems[0]).toMatch(/thiếu tệp nội dung/);
  });

  it('stays inside <data>/versions: a plan id cannot name a path, a version id must be one of ours', async () => {
    const dataDir = tempDir();
    const store = new VersionStore({ dataDir, now: ticking() });
    const plan = anLaoPlan({ id: '../../../../tmp/evil' });
    await store.save(plan, 'manual', 'x');
    expect(readdirSync(dataDir)).toEqual(['versions']);
    expect(readdirSync(path.join(dataDir, 'versions'))[0]).toMatch(/^[0-9a-f]{24}$/);
    mkdirSync(path.join(dataDir, 'secret'));
    writeFileSync(path.join(dataDir, 'secret', 'x.json'), '{}');
    for (const id of ['../../secret/x', '/etc/passwd', 'v-1-2']) {
      await expect(store.read(plan.id, id)).rejects.toThrow('Mã phiên bản không hợp lệ. Hãy mở lại danh sách phiên bản rồi chọn lại.');
    }
    expect(existsSync(path.join(dataDir, 'secret', 'x.json'))).toBe(true);
  });
});
