import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type RunningWebServer } from '../../../electron/web/create-web-server';
import { explainError } from '../../../electron/services/errors';
import { anLaoPlan } from '../../helpers/fixtures';
import { browserApi } from './api-fixture';
import { useTempDirs } from './temp-dir';

/**
 * A failure reaches the clerk as Vietnamese only: no Node error code, no English system or
 * library message inside the sentence (found in use: "ENAMETOOLONG", "URI malformed").
 */
const tempDir = useTempDirs();
const FOREIGN = /\b(E[A-Z]{3,}|URI malformed|Invalid|Error|undefined|null)\b/;
let running: RunningWebServer | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

describe('failures in Vietnamese only', () => {
  it('a file name too long for the file system', async () => {
    const { api } = await browserApi(tempDir());
    const r = await api.drafts.save(`${'kế-hoạch-'.repeat(40)}.kehoach`, anLaoPlan());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/quá dài/);
    expect(r.error).not.toMatch(FOREIGN);
  });

  it('every file-system error code the services meet has its own sentence', () => {
    for (const code of ['ENOENT', 'EACCES', 'EPERM', 'EBUSY', 'ENOSPC', 'EROFS', 'EISDIR', 'ENOTDIR', 'EMFILE', 'ENAMETOOLONG', 'EINVAL', 'EEXIST', 'ENOTEMPTY', 'EXDEV', 'ELOOP', 'EIO']) {
      const message = explainError(Object.assign(new Error(`${code}: something, open '/x'`), { code }), 'lưu bản thảo');
      expect(message, code).toMatch(/^Không thể lưu bản thảo: /);
      expect(message, code).not.toMatch(FOREIGN);
    }
  });

  it('a malformed address sent to the browser-mode server', async () => {
    const dataDir = tempDir();
    const rendererDir = tempDir();
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    mkdirSync(path.join(rendererDir, 'assets'));
    const { api } = await browserApi(dataDir);
    running = await startWebServer({ api, rendererDir, dataDir, port: 0, secret: 'k' });
    const base = `http://127.0.0.1:${running.port}/`;
    const apiReply = await fetch(`${base}api/drafts/%E0%A4%A`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kehoach-Key': 'k' }, body: '{"args":[]}' });
    expect(apiReply.status).toBe(400);
    const body = (await apiReply.json()) as { ok: boolean; error: string };
    expect(body.ok).toBe(false);
    expect(body.error).not.toMatch(FOREIGN);
    const fileReply = await fetch(`${base}files/%E0%A4%A.docx?k=k`);
    expect(fileReply.status).toBe(400);
    expect(await fileReply.text()).not.toMatch(FOREIGN);
  });
});
