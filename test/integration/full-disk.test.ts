import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveDraft } from '../../electron/services/draft-service';
import { anLaoPlan } from '../helpers/fixtures';
import { browserApi } from '../unit/services/api-fixture';

/**
 * A real full disk and a real read-only folder, not a simulated error: the data folder is a small
 * tmpfs (the tests run as root on Linux, as CI does). The save fails, the draft saved before is
 * left exactly as it was, no temp file stays, and the clerk reads one Vietnamese sentence.
 */
let mounted: string | null = null;

function mountSmallDisk(kb: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir]);
  mounted = dir;
  return dir;
}

afterEach(() => {
  if (!mounted) return;
  execFileSync('umount', [mounted]);
  rmSync(mounted, { recursive: true, force: true });
  mounted = null;
});

/** Fills the disk with one file until the next byte does not fit. */
function fill(dir: string): void {
  const chunk = Buffer.alloc(4096, 1);
  const file = path.join(dir, 'day-o-dia.bin');
  try {
    for (;;) writeFileSync(file, chunk, { flag: 'a' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  }
}

const bigPlan = () => {
  const base = anLaoPlan();
  return { ...base, sections: Array.from({ length: 30 }, (_, i) => ({ ...base.sections[i % base.sections.length]!, id: `muc-${i}`, children: [] })) };
};
/** A sentence for the clerk: Vietnamese, with no error code or English system message inside. */
const ENGLISH = /\b(E[A-Z]{3,}|no space|read-only file system|errno|Error:)/i;

describe('saving onto a full disk or a read-only folder', () => {
  it('a full disk: the old draft stays, no temp file, a Vietnamese sentence', async () => {
    const dataDir = mountSmallDisk(512);
    const { api } = await browserApi(dataDir);
    const target = path.join(dataDir, 'ke-hoach.kehoach');
    await saveDraft(target, anLaoPlan());
    const before = readFileSync(target, 'utf8');
    fill(dataDir);
    const r = await api.drafts.save(target, bigPlan());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/ổ đĩa đã đầy/i);
    expect(r.error).not.toMatch(ENGLISH);
    expect(readFileSync(target, 'utf8')).toBe(before);
    expect(readdirSync(dataDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a read-only folder: the old draft stays and the clerk is told to save elsewhere', async () => {
    const dataDir = mountSmallDisk(2048);
    const { api } = await browserApi(dataDir);
    const target = path.join(dataDir, 'ke-hoach.kehoach');
    await saveDraft(target, anLaoPlan());
    const before = readFileSync(target, 'utf8');
    execFileSync('mount', ['-o', 'remount,ro', dataDir]);
    const r = await api.drafts.save(target, bigPlan());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/chỉ cho phép đọc/);
    expect(r.error).not.toMatch(ENGLISH);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });
});
