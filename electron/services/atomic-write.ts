import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The few file operations atomicWrite needs. Injectable so tests can make a write fail
 * half-way (a full disk, a pulled USB stick) without touching the real file system's rules.
 */
export interface AtomicWriteIo {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  copyFile: typeof fsp.copyFile;
  unlink: typeof fsp.unlink;
  stat: typeof fsp.stat;
  mkdir: typeof fsp.mkdir;
}

export const nodeIo: AtomicWriteIo = {
  open: fsp.open,
  rename: fsp.rename,
  copyFile: fsp.copyFile,
  unlink: fsp.unlink,
  stat: fsp.stat,
  mkdir: fsp.mkdir,
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

  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const handle = await io.open(temp, 'wx', 0o644);
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
    // Copy (not move) the old version, so the target never disappears even for an instant.
    if (options.keepBackup && existing) await io.copyFile(target, `${target}.bak`);
    await io.rename(temp, target);
  } catch (err) {
    await io.unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncDirectory(io, dir);
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
