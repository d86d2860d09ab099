import { spawn } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, nodeIo, removeOrphans, type AtomicWriteIo } from '../../../electron/services/atomic-write';
import { processRunning, processStartTime } from '../../../electron/services/process-running';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

/** An io whose file handles write half of the data and then fail, like a disk filling up mid-save. */
function ioFailingMidWrite(): AtomicWriteIo {
  return {
    ...nodeIo,
    open: (async (file: string, flags?: string, mode?: number) => {
      const handle = await fsp.open(file, flags, mode);
      if (flags !== 'wx') return handle;
      let calls = 0;
      return Object.assign(Object.create(handle) as fsp.FileHandle, {
        write: async (buffer: Uint8Array, offset: number, length: number) => {
          calls += 1;
          if (calls > 1) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          const half = Math.max(1, Math.floor(length / 2));
          return handle.write(buffer, offset, half);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    }) as typeof fsp.open,
  };
}

describe('atomicWrite', () => {
  it('writes the new content and leaves no temp file behind', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ke-hoach.kehoach');
    await atomicWrite(target, 'Kế hoạch thực hiện Chỉ thị số 32-CT/TU');
    expect(readFileSync(target, 'utf8')).toBe('Kế hoạch thực hiện Chỉ thị số 32-CT/TU');
    expect(readdirSync(dir)).toEqual(['ke-hoach.kehoach']);
  });

  it('keeps the previous version as <file>.bak when asked', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ke-hoach.kehoach');
    writeFileSync(target, 'bản cũ');
    await atomicWrite(target, 'bản mới', { keepBackup: true });
    expect(readFileSync(target, 'utf8')).toBe('bản mới');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('bản cũ');
  });

  it('leaves the target intact and removes the temp file when the write fails midway', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ke-hoach.kehoach');
    writeFileSync(target, 'bản đã lưu trước đó');
    const big = 'x'.repeat(100_000);
    await expect(atomicWrite(target, big, { keepBackup: true, io: ioFailingMidWrite() })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe('bản đã lưu trước đó');
    expect(readdirSync(dir)).toEqual(['ke-hoach.kehoach']);
  });

  it('refuses to replace a directory that is in the way, leaving it and its content alone', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ke-hoach.docx');
    mkdirSync(target);
    writeFileSync(path.join(target, 'inside.txt'), 'giữ nguyên');
    await expect(atomicWrite(target, 'docx bytes', { keepBackup: true })).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readFileSync(path.join(target, 'inside.txt'), 'utf8')).toBe('giữ nguyên');
    expect(readdirSync(dir)).toEqual(['ke-hoach.docx']);
  });

  it('leaves the old file when the final rename fails', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ke-hoach.kehoach');
    writeFileSync(target, 'bản cũ');
    const io: AtomicWriteIo = {
      ...nodeIo,
      rename: async () => {
        throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      },
    };
    await expect(atomicWrite(target, 'bản mới', { io })).rejects.toMatchObject({ code: 'EBUSY' });
    expect(readFileSync(target, 'utf8')).toBe('bản cũ');
    expect(readdirSync(dir)).toEqual(['ke-hoach.kehoach']);
  });

  it('writes binary data byte for byte', async () => {
    const target = path.join(tempDir(), 'a.docx');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 255, 10, 13]);
    await atomicWrite(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
  });
});

describe('temp files left by a killed writer', () => {
  it('are removed when their writer is gone, kept while it runs', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ke-hoach.kehoach');
    writeFileSync(target, 'bản đã lưu');
    // A process id that cannot be running (above Linux's pid_max) and one that is (our parent).
    const orphan = `.ke-hoach.kehoach.4194999-0123456789ab.tmp`;
    const orphanBak = `.ke-hoach.kehoach.bak.4194999-0123456789ab.tmp`;
    const live = `.ke-hoach.kehoach.${process.ppid}-0123456789ab.tmp`;
    const otherFile = `.khac.kehoach.4194999-0123456789ab.tmp`;
    for (const name of [orphan, orphanBak, live, otherFile]) writeFileSync(path.join(dir, name), 'nửa chừng');
    await atomicWrite(target, 'bản mới', { keepBackup: true });
    const left = readdirSync(dir).sort();
    expect(left).toContain(live);
    expect(left).toContain(otherFile); // another draft's: cleaned when that one is saved, or at start
    expect(left).not.toContain(orphan);
    expect(left).not.toContain(orphanBak);
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('bản đã lưu');
    // The sweep at start takes every orphan of the folder.
    expect(await removeOrphans(nodeIo, dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['ke-hoach.kehoach', 'ke-hoach.kehoach.bak', live].sort());
  });

  it('a backup is a whole earlier version even where hard links are refused (FAT32, network shares)', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ke-hoach.kehoach');
    writeFileSync(target, 'bản một');
    const io: AtomicWriteIo = { ...nodeIo, link: async () => { throw Object.assign(new Error('not permitted'), { code: 'EPERM' }); } };
    await atomicWrite(target, 'bản hai', { keepBackup: true, io });
    await atomicWrite(target, 'bản ba', { keepBackup: true, io });
    expect(readFileSync(target, 'utf8')).toBe('bản ba');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('bản hai');
    expect(readdirSync(dir).sort()).toEqual(['ke-hoach.kehoach', 'ke-hoach.kehoach.bak']);
  });
});

describe('a writer killed between making the backup and replacing the draft', () => {
  // It leaves the draft and its backup as two names of one file: the next save must still leave no temp file.
  it('the next save keeps that version as the backup and leaves no temp file (a CI flake of the kill test)', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ke-hoach.kehoach');
    writeFileSync(target, 'bản một');
    linkSync(target, `${target}.bak`);
    await atomicWrite(target, 'bản hai', { keepBackup: true });
    expect(readFileSync(target, 'utf8')).toBe('bản hai');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('bản một');
    expect(readdirSync(dir).sort()).toEqual(['ke-hoach.kehoach', 'ke-hoach.kehoach.bak']);
  });
});

describe('temp files of a writer whose process id was reused', () => {
  it('are removed when the process now holding the id started at another time (Linux)', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ke-hoach.kehoach');
    writeFileSync(target, 'bản đã lưu');
    // Our parent runs, but not since "1": it is another process than the one that wrote this.
    const reused = `.ke-hoach.kehoach.${process.ppid}-1-0123456789ab.tmp`;
    const live = `.ke-hoach.kehoach.${process.ppid}-${processStartTime(process.ppid) ?? 'x'}-0123456789ab.tmp`;
    writeFileSync(path.join(dir, reused), 'nửa chừng');
    writeFileSync(path.join(dir, live), 'đang ghi');
    await atomicWrite(target, 'bản mới', { keepBackup: true });
    const left = readdirSync(dir);
    expect(left).toContain(live);
    if (processStartTime(process.ppid) !== null) expect(left).not.toContain(reused);
  });
});

describe('temp files of a writer killed but not yet reaped (a zombie)', () => {
  it.skipIf(process.platform !== 'linux')('are removed: the zombie answers signal 0 but writes nothing any more', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ke-hoach.kehoach');
    writeFileSync(target, 'bản đã lưu');
    // A child killed and, for a moment, left unreaped: the loop below is synchronous, so Node's event
    // loop (which reaps children) does not run until the test lets go.
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const pid = child.pid!;
    const started = processStartTime(pid)!;
    process.kill(pid, 'SIGKILL');
    const deadline = Date.now() + 2000;
    let zombie = false;
    while (Date.now() < deadline && !zombie) {
      try {
        zombie = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z');
      } catch {
        break;
      }
    }
    const orphan = `.ke-hoach.kehoach.${pid}-${started}-0123456789ab.tmp`;
    writeFileSync(path.join(dir, orphan), 'nửa chừng');
    if (zombie) expect(processRunning(pid, started)).toBe(false);
    await atomicWrite(target, 'bản mới', { keepBackup: true });
    expect(readdirSync(dir)).not.toContain(orphan);
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));
  });
});
