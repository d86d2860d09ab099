import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecoveryService } from '../../../electron/services/recovery-service';
import { anLaoPlan, dongDaPlan } from '../../helpers/fixtures';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

describe('RecoveryService', () => {
  it('keeps one recovery copy per draft in <dataDir>/recovery, the latest one winning', async () => {
    const dataDir = tempDir();
    const service = new RecoveryService(dataDir);
    const draft = path.join(dataDir, 'an-lao.kehoach');
    const a = await service.write(draft, anLaoPlan({ number: '' }));
    const b = await service.write(draft, anLaoPlan({ number: '07' }));
    expect(a.id).toBe(b.id);
    expect(readdirSync(path.join(dataDir, 'recovery'))).toEqual([`${a.id}.json`]);
    const listed = await service.list();
    expect(listed).toHaveLength(1);
    expect(listed[0]?.plan.number).toBe('07');
    expect(listed[0]?.path).toBe(draft);
  });

  it('after a crash (copies present, nothing saved) offers them at the next start, newest first', async () => {
    const dataDir = tempDir();
    let clock = new Date('2024-05-08T08:00:00Z');
    const session1 = new RecoveryService(dataDir, () => clock);
    await session1.write(null, dongDaPlan()); // never-saved plan
    clock = new Date('2024-05-08T09:00:00Z');
    await session1.write(path.join(dataDir, 'an-lao.kehoach'), anLaoPlan());
    // …the app dies here: no save, no discard.

    const nextStart = new RecoveryService(dataDir);
    const offered = await nextStart.list();
    expect(offered.map((r) => r.plan.organisation.placeName)).toEqual(['An Lão', 'Đông Đa']);
    expect(offered[1]?.path).toBeNull();
  });

  it('discards a copy when the clerk declines it, and all copies of a draft after a successful save', async () => {
    const dataDir = tempDir();
    const service = new RecoveryService(dataDir);
    const plan = anLaoPlan();
    const unsaved = await service.write(null, plan);
    const declined = await service.write(path.join(dataDir, 'khac.kehoach'), dongDaPlan());
    await service.discard(declined.id);
    expect((await service.list()).map((r) => r.id)).toEqual([unsaved.id]);

    const savedAs = path.join(dataDir, 'an-lao.kehoach');
    await service.write(savedAs, plan);
    await service.discardAfterSave(savedAs, plan);
    expect(await service.list()).toEqual([]);
  });

  it('skips unreadable recovery files instead of failing the start, and has nothing to offer on a first start', async () => {
    const dataDir = tempDir();
    const service = new RecoveryService(dataDir);
    expect(await service.list()).toEqual([]);
    mkdirSync(service.dir, { recursive: true });
    writeFileSync(path.join(service.dir, 'file-0123456789abcdef.json'), '{ broken');
    await service.write(null, anLaoPlan());
    expect(await service.list()).toHaveLength(1);
  });

  it('refuses an id that could name another file', async () => {
    const service = new RecoveryService(tempDir());
    await expect(service.discard('../../settings')).rejects.toThrow(/không hợp lệ/);
  });
});
