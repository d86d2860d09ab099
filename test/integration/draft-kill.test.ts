import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../core/draft/draft-file';
import { saveDraft } from '../../electron/services/draft-service';
import { RecoveryService } from '../../electron/services/recovery-service';
import { anLaoPlan } from '../helpers/fixtures';

/**
 * Save and autosave killed at random moments, a few hundred times: the draft, its .bak and the
 * recovery copy must each always be one whole version, and no temp file may stay behind once the
 * next save has run. The writer is bundled once so each run starts in a few tens of milliseconds.
 */
const KILLS = 300;
let work: string;
let writer: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'kehoach-draft-kill-'));
  writer = path.join(work, 'draft-writer.mjs');
  await build({ entryPoints: [path.resolve('test/integration/helpers/draft-writer.ts')], bundle: true, platform: 'node', format: 'esm', outfile: writer, logLevel: 'silent' });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts the writer and SIGKILLs it `delayMs` after its first completed save. */
function killAfter(args: string[], delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let err = '';
    let armed = false;
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      last = Number(c.toString().trim().split('\n').pop());
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer exited ${code}: ${err}`))));
  });
}

const isWhole = (text: string): boolean => parseDraft(text).ok;
function recoveryIsWhole(text: string): boolean {
  try {
    const record = JSON.parse(text) as { draft?: unknown };
    return typeof record.draft === 'string' && isWhole(record.draft);
  } catch {
    return false;
  }
}
const temps = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('drafts under SIGKILL during save and autosave', () => {
  it(`${KILLS} kills: the draft, its backup and its recovery copy are always whole, and no temp file is left`, async () => {
    const dataDir = path.join(work, 'data');
    const target = path.join(dataDir, 'ke-hoach.kehoach');
    const planFile = path.join(work, 'plan.json');
    const base = anLaoPlan();
    // About 40 pages, so a save takes long enough to be killed in the middle of it.
    const sections = Array.from({ length: 40 }, (_, i) => ({ ...base.sections[i % base.sections.length]!, id: `muc-${i}`, children: [] }));
    writeFileSync(planFile, JSON.stringify({ ...base, sections }));
    const recovery = new RecoveryService(dataDir);
    let torn = 0;
    let orphansSeen = 0;
    for (let k = 0; k < KILLS; k += 1) {
      await killAfter([target, dataDir, planFile], k % 23);
      for (const file of [target, `${target}.bak`]) if (existsSync(file) && !isWhole(readFileSync(file, 'utf8'))) torn += 1;
      // Read the copies directly: the service's list() skips an unreadable one without a word.
      const copies = existsSync(recovery.dir) ? readdirSync(recovery.dir).filter((n) => n.endsWith('.json')) : [];
      for (const name of copies) if (!recoveryIsWhole(readFileSync(path.join(recovery.dir, name), 'utf8'))) torn += 1;
      orphansSeen += temps(dataDir).length + (existsSync(recovery.dir) ? temps(recovery.dir).length : 0);
    }
    expect(torn).toBe(0);
    // Kills do leave temp files (the test would prove nothing otherwise) …
    expect(orphansSeen).toBeGreaterThan(0);
    // … and the next save and autosave clear every one of them.
    const plan = JSON.parse(readFileSync(planFile, 'utf8'));
    await saveDraft(target, plan);
    await recovery.write(target, plan);
    expect(temps(dataDir)).toEqual([]);
    expect(temps(recovery.dir)).toEqual([]);
    expect(isWhole(readFileSync(`${target}.bak`, 'utf8'))).toBe(true);
  }, 600_000);
});
