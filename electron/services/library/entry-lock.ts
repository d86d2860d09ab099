import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { processRunning } from '../process-running';

/** A lock older than this was left by a crashed app (a save takes milliseconds). */
const STALE_MS = 15_000;
const RETRY_MS = 25;
const WAIT_MS = 5_000;
/** A lock still empty after this was made by a writer killed between creating it and writing its owner. */
const EMPTY_STALE_MS = 1_000;

/**
 * Holds `<dir>/.<id>.lock` (created with O_EXCL, which SMB and NFS shares honour) while one save
 * reads the entry, compares revisions and writes: two clerks saving at the same instant on a
 * shared folder then take turns, and the second sees the first one's revision.
 */
export async function withEntryLock<T>(dir: string, id: string, fn: () => Promise<T>): Promise<T> {
  const lock = path.join(dir, `.${id}.lock`);
  const started = Date.now();
  for (;;) {
    try {
      const handle = await fsp.open(lock, 'wx');
      await handle.writeFile(`${os.hostname()}\n${process.pid}\n${new Date().toISOString()}`);
      await handle.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const stat = await fsp.stat(lock).catch(() => null);
      const age = stat ? Date.now() - stat.mtimeMs : 0;
      if (stat && (age > STALE_MS || (stat.size === 0 && age > EMPTY_STALE_MS) || (await heldByDeadProcess(lock)))) {
        await fsp.unlink(lock).catch(() => undefined);
        continue;
      }
      if (Date.now() - started > WAIT_MS) throw Object.assign(new Error(`lock busy: ${lock}`), { code: 'EBUSY', path: lock });
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  }
  try {
    return await fn();
  } finally {
    await fsp.unlink(lock).catch(() => undefined);
  }
}

/** A lock written on this machine by a process that no longer runs (the app was killed mid-save). */
async function heldByDeadProcess(lock: string): Promise<boolean> {
  const [host, pid] = (await fsp.readFile(lock, 'utf8').catch(() => '')).split('\n');
  if (host !== os.hostname() || !pid || !/^\d+$/.test(pid)) return false;
  return !processRunning(Number(pid));
}
