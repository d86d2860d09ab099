import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../core/ipc/api';
import { exportDocx } from '../../../core/docx/export-docx';
import { anLaoPlan } from '../../helpers/fixtures';
import { browserApi } from './api-fixture';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.value;
}

describe('API service (browser mode)', () => {
  it('saves a draft inside the data folder, adds .kehoach, remembers it and drops its recovery copy', async () => {
    const dataDir = tempDir();
    const { api } = await browserApi(dataDir);
    const plan = anLaoPlan();
    value(await api.drafts.writeRecovery(null, plan));
    expect(value(await api.drafts.listRecovery())).toHaveLength(1);

    const saved = value(await api.drafts.save('an-lao', plan));
    expect(saved.path).toBe(path.join(dataDir, 'an-lao.kehoach'));
    expect(value(await api.drafts.listRecovery())).toEqual([]);

    const opened = value(await api.drafts.open('an-lao.kehoach'));
    expect(opened.plan).toEqual(plan);
    const recent = value(await api.drafts.recent());
    expect(recent.map((r) => r.path)).toEqual([saved.path]);
    expect(recent[0]?.title).toMatch(/^Kế hoạch/);
  });

  it('refuses paths outside the data folder for every file operation, writing nothing', async () => {
    const dataDir = tempDir();
    const { api, desktop } = await browserApi(dataDir);
    const plan = anLaoPlan();
    const results = [
      await api.drafts.open('../x.kehoach'),
      await api.drafts.save('../../x.kehoach', plan),
      await api.drafts.writeRecovery('/tmp/x.kehoach', plan),
      await api.exporting.docx('../x.docx', plan),
      await api.exporting.pdf('../x.pdf', plan),
      await api.exporting.openFile('/etc/passwd'),
      await api.exporting.showInFolder('../'),
    ];
    for (const r of results) expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/nằm ngoài thư mục dữ liệu/) });
    expect(desktop).toEqual({ opened: [], revealed: [] });
    expect(readdirSync(dataDir)).toEqual(['settings.json']);
  });

  it('refuses to save a plan that could not be opened again, keeping the old file', async () => {
    const dataDir = tempDir();
    const { api } = await browserApi(dataDir);
    value(await api.drafts.save('a.kehoach', anLaoPlan()));
    const before = readFileSync(path.join(dataDir, 'a.kehoach'), 'utf8');
    const result = await api.drafts.save('a.kehoach', anLaoPlan({ baseIds: [] }));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Không thể lưu bản thảo: .*căn cứ/) });
    expect(readFileSync(path.join(dataDir, 'a.kehoach'), 'utf8')).toBe(before);
  });

  it('answers a Vietnamese error for a missing file and for a corrupt draft', async () => {
    const dataDir = tempDir();
    const { api } = await browserApi(dataDir);
    expect(await api.drafts.open('khong-co.kehoach')).toMatchObject({ ok: false, error: expect.stringMatching(/^Không thể mở bản thảo: không tìm thấy tệp/) });
    writeFileSync(path.join(dataDir, 'hong.kehoach'), '{"app":"kehoach"');
    expect(await api.drafts.open('hong.kehoach')).toMatchObject({ ok: false, error: expect.stringMatching(/bản thảo/) });
  });

  it('exports a DOCX (the real exporter) into the data folder and hands it to the desktop to open', async () => {
    const dataDir = tempDir();
    const { api, desktop } = await browserApi(dataDir);
    const out = value(await api.exporting.docx('xuat/an-lao', anLaoPlan()));
    expect(out.path).toBe(path.join(dataDir, 'xuat', 'an-lao.docx'));
    expect(readFileSync(out.path).subarray(0, 2).toString()).toBe('PK');
    value(await api.exporting.openFile(out.path));
    expect(desktop.opened).toEqual([out.path]);
  });

  it('exports a PDF from the DOCX bytes, and explains a missing LibreOffice in Vietnamese', async () => {
    const dataDir = tempDir();
    const seen: number[] = [];
    const { api } = await browserApi(dataDir, {
      docx: exportDocx,
      pdf: async (docx) => {
        seen.push(docx.length);
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
    });
    const out = value(await api.exporting.pdf('an-lao.pdf', anLaoPlan()));
    expect(readFileSync(out.path, 'utf8')).toBe('%PDF-1.7 fake');
    expect(seen[0]).toBeGreaterThan(1000);

    const previous = process.env.KEHOACH_SOFFICE;
    process.env.KEHOACH_SOFFICE = path.join(dataDir, 'khong-co-soffice');
    try {
      const { api: real } = await browserApi(dataDir);
      const failed = await real.exporting.pdf('b.pdf', anLaoPlan());
      expect(failed).toMatchObject({ ok: false, error: expect.stringMatching(/Không tìm thấy LibreOffice.*Hãy cài LibreOffice/) });
      expect(existsSync(path.join(dataDir, 'b.pdf'))).toBe(false);
    } finally {
      if (previous === undefined) delete process.env.KEHOACH_SOFFICE;
      else process.env.KEHOACH_SOFFICE = previous;
    }
  });

  it('lists the real templates and creates a plan from one, with a Vietnamese error for an unknown id', async () => {
    const { api } = await browserApi(tempDir());
    const templates = value(await api.templates.list());
    expect(templates.length).toBeGreaterThan(0);
    const unknown = await api.templates.create('khong-co-mau-nay', {});
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toMatch(/[àáảãạăâđêôơư]/i);
  });

  it('validates settings updates and reports the mode and data folder', async () => {
    const dataDir = tempDir();
    const { api } = await browserApi(dataDir);
    expect(value(await api.app.mode())).toBe('browser');
    expect(value(await api.app.dataDir())).toBe(dataDir);
    expect(value(await api.settings.update({ autosaveSeconds: 30 })).autosaveSeconds).toBe(30);
    expect(await api.settings.update({ autosaveSeconds: -1 })).toMatchObject({ ok: false });
    expect(await api.dialogs.pickOpenPath('draft')).toEqual({ ok: true, value: null });
    expect(await api.dialogs.pickOpenPath('exe' as never)).toMatchObject({ ok: false });
  });
});

describe('API service: names that point outside once the extension is added', () => {
  it.each(['.', 'sub/..', './'])('saving and exporting as %j writes nothing, inside or beside the data folder', async (name) => {
    const dataDir = tempDir();
    const { api } = await browserApi(dataDir);
    const before = readdirSync(path.dirname(dataDir)).sort();
    for (const r of [await api.drafts.save(name, anLaoPlan()), await api.exporting.docx(name, anLaoPlan())]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/nằm ngoài thư mục dữ liệu/);
    }
    expect(existsSync(`${dataDir}.kehoach`)).toBe(false);
    expect(existsSync(`${dataDir}.docx`)).toBe(false);
    expect(readdirSync(path.dirname(dataDir)).sort()).toEqual(before);
  });
});

describe('API service: the desktop opens only what the app wrote', () => {
  it('"Mở tệp" and "Mở thư mục" refuse a file this run did not export, and a draft', async () => {
    const dataDir = tempDir();
    const { api, desktop } = await browserApi(dataDir);
    writeFileSync(path.join(dataDir, 'la.docx'), 'PK not ours');
    await api.drafts.save('ke-hoach', anLaoPlan());
    for (const name of ['la.docx', 'ke-hoach.kehoach', 'settings.json']) {
      const opened = await api.exporting.openFile(name);
      expect(opened.ok).toBe(false);
      if (!opened.ok) expect(opened.error).toMatch(/Chỉ mở được tệp Word hoặc PDF vừa xuất/);
      expect((await api.exporting.showInFolder(name)).ok).toBe(false);
    }
    expect(desktop.opened).toEqual([]);
    expect(desktop.revealed).toEqual([]);
    expect((await api.exporting.docx('xuat', anLaoPlan())).ok).toBe(true);
    expect((await api.exporting.openFile('xuat.docx')).ok).toBe(true);
    expect((await api.exporting.showInFolder('xuat.docx')).ok).toBe(true);
    expect(desktop.opened).toEqual([path.join(dataDir, 'xuat.docx')]);
  });
});

describe('API service: large saves and exports are bounded', () => {
  it('twelve exports fired at once run at most two at a time, and all complete', async () => {
    const dataDir = tempDir();
    let running = 0;
    let most = 0;
    const { api } = await browserApi(dataDir, {
      docx: async (plan) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 20));
        running -= 1;
        return exportDocx(plan);
      },
      pdf: async (bytes) => bytes,
    });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => api.exporting.docx(`xuat-${i}`, anLaoPlan())));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(most).toBe(2);
  });

  it('a plan larger than a draft may be is refused before anything is written', async () => {
    const dataDir = tempDir();
    const { api } = await browserApi(dataDir);
    const base = anLaoPlan();
    const huge = { ...base, sections: [{ ...base.sections[0]!, body: [{ type: 'paragraph' as const, children: [{ text: 'x'.repeat(17 * 1024 * 1024) }] }] }, ...base.sections.slice(1)] };
    const r = await api.drafts.save('qua-lon', huge);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/kế hoạch quá lớn/);
    expect(readdirSync(dataDir).filter((n) => n.includes('qua-lon'))).toEqual([]);
  });
});
