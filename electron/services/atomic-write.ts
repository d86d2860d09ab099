import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { processRunning, processStartTime } from './process-running';

/**
 * The few file operations atomicWrite needs. Injectable so tests can make a write fail
 * half-way (a full disk, a pulled USB stick) without touching the real file system's rules.
 */
export interface AtomicWriteIo {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  copyFile: typeof fsp.copyFile;
  link: typeof fsp.link;
  unlink: typeof fsp.unlink;
  stat: typeof fsp.stat;
  mkdir: typeof fsp.mkdir;
  readdir: (dir: string) => Promise<string[]>;
}

export const nodeIo: AtomicWriteIo = {
  open: fsp.open,
  rename: fsp.rename,
  copyFile: fsp.copyFile,
  link: fsp.link,
  unlink: fsp.unlink,
  stat: fsp.stat,
  mkdir: fsp.mkdir,
  readdir: (dir) => fsp.readdir(dir),
};

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<target>.bak` (drafts: the clerk's previous version). */
  keepBackup?: boolean;
  io?: AtomicWriteIo;
}

/** Error with a Node-style code so callers can explain it (see errors.ts). */
function codedError(message: string, code: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(message);
  err.code = code;
  return err;
}

/**
 * Writes `data` to `target` so that the target is, at every instant, either the old file or the
 * complete new one: write a temp file in the same folder (same file system, so rename is atomic),
 * fsync it, rename it over the target, then fsync the folder so the rename itself survives a
 * power cut. On any failure the temp file is removed and the target is left untouched.
 */
export async function atomicWrite(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const io = options.io ?? nodeIo;
  const dir = path.dirname(target);
  await io.mkdir(dir, { recursive: true });

  const existing = await io.stat(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
  if (existing?.isDirectory()) throw codedError(`${target} is a directory`, 'EISDIR');

  // Temp files a killed writer left beside this target (and its backup) go first: a crash costs nothing on disk.
  await removeOrphans(io, dir, path.basename(target));
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  await viaTemp(io, target, async (temp) => {
    await writeSynced(io, temp, bytes);
    if (options.keepBackup && existing) await replaceBackup(io, target, existing);
  });
  await syncDirectory(io, dir);
}

/**
 * `fill` writes a temp file beside `file`, which is then renamed over it in one step; on any
 * failure the temp file is removed and `file` is left as it was. While it is being written the
 * temp file is known as in flight, so removeOrphans leaves it alone.
 */
async function viaTemp(io: AtomicWriteIo, file: string, fill: (temp: string) => Promise<void>): Promise<void> {
  const temp = tempName(file);
  inFlight.add(temp);
  try {
    await fill(temp);
    await io.rename(temp, file);
  } catch (err) {
    await io.unlink(temp).catch(() => undefined);
    throw err;
  } finally {
    inFlight.delete(temp);
  }
}

/** `.<name>.<pid>-<start time>-<random>.tmp`: the writer (its id and start time) tells a live write from an orphan. */
const TEMP_RE = /^\.(.+)\.(\d+)(?:-(\d+|x))?-[0-9a-f]{12}\.tmp$/;
/** This process's start time (Linux), written into its temp names beside its id: ids are reused. */
const STARTED = processStartTime() ?? 'x';
const inFlight = new Set<string>();

/**
 * Twelve random hex digits. Not from node:crypto (loading it is 2 ms of every CLI run): the name
 * only has to differ from the other temp names of this process, and the file is created with
 * O_EXCL ('wx'), so a guessed or repeated name makes a write fail, never write elsewhere.
 */
function randomHex12(): string {
  return Math.floor(Math.random() * 2 ** 48)
    .toString(16)
    .padStart(12, '0');
}

function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${STARTED}-${randomHex12()}.tmp`);
}


/**
 * Removes the temp files of `name` and its `.bak` (or of every file when `name` is absent) whose writer is gone:
 * another process that no longer runs, or this process with no write in progress under that name.
 */
export async function removeOrphans(io: AtomicWriteIo, dir: string, name?: string): Promise<number> {
  const names = await io.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const file of names) {
    const m = TEMP_RE.exec(file);
    if (!m || (name !== undefined && m[1] !== name && m[1] !== `${name}.bak`)) continue;
    const full = path.join(dir, file);
    const pid = Number(m[2]);
    const started = m[3] && m[3] !== 'x' ? m[3] : undefined;
    if (pid === process.pid ? inFlight.has(full) : processRunning(pid, started)) continue;
    await io.unlink(full).then(() => (removed += 1), () => undefined);
  }
  return removed;
}

async function writeSynced(io: AtomicWriteIo, file: string, bytes: Uint8Array): Promise<void> {
  const handle = await io.open(file, 'wx', 0o644);
  try {
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
      offset += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * `<target>.bak` becomes the version being replaced, in one rename, so a crash leaves either the
 * older backup or this one, never half a file. The old version is hard-linked (no copy: the bytes
 * are already on disk and stay there when the target is replaced); where links are not supported
 * (FAT32 USB sticks, some network shares) it is copied to a temp file, synced, then renamed.
 */
async function replaceBackup(io: AtomicWriteIo, target: string, now: { ino: number; dev: number }): Promise<void> {
  const backup = `${target}.bak`;
  // A writer killed between making the backup and replacing the target leaves both names on one
  // file. The backup already is that version; and renaming a link of it onto it would do nothing
  // (POSIX rename between links of one file), leaving the temp name behind.
  const kept = await io.stat(backup).catch(() => null);
  if (kept && kept.ino === now.ino && kept.dev === now.dev) return;
  await viaTemp(io, backup, async (temp) => {
    try {
      await io.link(target, temp);
    } catch {
      await io.copyFile(target, temp);
      const handle = await io.open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  });
}

/** fsync of a folder makes a rename durable on Linux/macOS; Windows refuses to open folders, which is fine. */
async function syncDirectory(io: AtomicWriteIo, dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await io.open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform/file system; the data itself is already synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
