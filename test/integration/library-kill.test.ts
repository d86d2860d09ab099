import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryEntrySchema } from '../../core/library/library-schema';
import { LibraryStore } from '../../electron/services/library/library-store';

const WRITER = path.resolve('test/integration/helpers/library-writer.ts');

/** Runs the writer until it has saved `after` revisions plus a random few milliseconds, then SIGKILLs it. */
function killWhileWriting(dir: string, after: number, extraMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      const lines = c.toString().trim().split('\n');
      last = Number(lines[lines.length - 1]);
      if (last >= after) setTimeout(() => child.kill('SIGKILL'), extraMs);
    });
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer exited ${code}: ${err}`))));
  });
}

describe('library store under SIGKILL', () => {
  it('a writer killed in the middle of saves never leaves a torn or unreadable entry', async () => {
    for (const extraMs of [0, 3, 11, 27]) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-kill-'));
      try {
        const seen = await killWhileWriting(dir, 3, extraMs);
        const listing = await new LibraryStore({ dir }).list();
        expect(listing.problems).toEqual([]);
        expect(listing.entries).toHaveLength(1);
        const entry = listing.entries[0]!;
        // The entry on disk is a whole one, at least as new as the last revision reported.
        expect(entry.revision).toBeGreaterThanOrEqual(seen);
        expect(entry.text?.paragraphs).toHaveLength(4000);
        for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
          expect(libraryEntrySchema.safeParse(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))).success).toBe(true);
        }
        // And the next save (a stale lock left by the killed writer is waited out) goes through.
        const store = new LibraryStore({ dir, user: 'Lan' });
        const out = await store.save({ ...entry, subject: 'về việc sau khi khởi động lại', text: undefined }, entry.revision);
        expect(out.status).toBe('saved');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 120_000);
});
