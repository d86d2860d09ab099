import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../../core/draft/draft-file';
import { exportDocx } from '../../../core/docx/export-docx';
import type { KehoachApi, OpenedWordPlan } from '../../../core/ipc/api';
import { dispatchApi } from '../../../electron/services/api-dispatch';
import { browserApi } from '../services/api-fixture';

/** The app's "Mở tệp Word…" through the API of browser mode (the same service Electron uses). */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let dataDir: string;
let api: KehoachApi;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-api-docx-'));
  api = (await browserApi(dataDir)).api;
  const parsed = parseDraft(readFileSync(path.join(repo, 'docs/examples/dong-da.kehoach'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  writeFileSync(path.join(dataDir, 'dong-da.docx'), await exportDocx(parsed.plan));
  writeFileSync(path.join(dataDir, 'hong.docx'), 'không phải tệp Word');
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('drafts.openDocx', () => {
  it('opens a Word plan of the data folder as a new plan, with no notes when all was recognised', async () => {
    const r = await dispatchApi(api, 'drafts', 'openDocx', ['dong-da.docx']);
    if (!r.ok) throw new Error(r.error);
    const { plan, notes } = r.value as OpenedWordPlan;
    expect(notes).toEqual([]);
    expect(plan.organisation.issuingBody).toBe('ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA');
    expect(plan.recipients.map((g) => g.purpose)).toEqual(['để b/c', 'để t/h']);
  });

  it('links a base to a library document given with the call', async () => {
    const library = [{ id: 'thu-vien-ctr05', type: 'Chương trình hành động', regime: 'dang', number: '05', symbol: 'CTr/TU', date: '2026-01-12', issuer: 'Ban Thường vụ Thành ủy Hà Nội', subject: 'về phát triển giáo dục' }];
    const r = await api.drafts.openDocx('dong-da.docx', library as never);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.plan.baseIds).toEqual(['thu-vien-ctr05']);
  });

  it('answers one Vietnamese sentence for a broken file, a wrong library, a path outside the data folder', async () => {
    const broken = await api.drafts.openDocx('hong.docx');
    expect(broken).toMatchObject({ ok: false, error: expect.stringMatching(/không phải là tài liệu Word .docx đọc được.*hãy/) });
    const badLibrary = await dispatchApi(api, 'drafts', 'openDocx', ['dong-da.docx', [{ id: 1 }]]);
    expect(badLibrary).toMatchObject({ ok: false, error: expect.stringMatching(/thư viện.*không đúng dạng/) });
    const outside = await api.drafts.openDocx('../../etc/passwd.docx');
    expect(outside.ok).toBe(false);
    const notDocx = await api.drafts.openDocx('ghi-chu.txt');
    expect(notDocx).toMatchObject({ ok: false, error: expect.stringMatching(/\.docx/) });
  });
});
