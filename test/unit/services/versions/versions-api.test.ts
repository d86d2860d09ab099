import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../core/docx/export-docx';
import type { KehoachApi, Result } from '../../../../core/ipc/api';
import { createApiService, type PlatformHooks } from '../../../../electron/services/api-service';
import { openConfSettings } from '../../../../electron/services/settings/open-conf-store';
import { createTemplateDeps } from '../../../../electron/services/template-service';
import type { ComparisonBuilder } from '../../../../electron/services/versions/versions-api';
import { anLaoPlan } from '../../../helpers/fixtures';
import { useTempDirs } from '../temp-dir';

const tempDir = useTempDirs();

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.value;
}

const platform: PlatformHooks = { mode: 'browser', pickOpenPath: async () => null, pickSavePath: async () => null, openFile: async () => undefined, showInFolder: async () => undefined };

/** PDF stands for LibreOffice's conversion here: the DOCX bytes themselves (what is written does not matter). */
const exporters = { docx: exportDocx, pdf: async (docx: Uint8Array) => docx };

async function api(dataDir: string, comparison?: ComparisonBuilder): Promise<KehoachApi> {
  let t = Date.parse('2026-11-28T07:00:00Z');
  return createApiService({
    dataDir, settings: await openConfSettings(dataDir), platform, templates: createTemplateDeps(), confinePaths: true,
    now: () => new Date((t += 60_000)),
    exporters,
    ...(comparison ? { comparison } : {}),
  });
}

describe('versions API (browser mode)', () => {
  it('keeps a version at each DOCX and PDF export, named after the file written', async () => {
    const dataDir = tempDir();
    const kehoach = await api(dataDir);
    const plan = anLaoPlan();
    value(await kehoach.exporting.docx('an-lao', plan));
    const { versions } = value(await kehoach.versions.list(plan.id));
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ why: 'export', exported: 'docx', note: 'Đã xuất an-lao.docx' });
    expect(value(await kehoach.versions.read(plan.id, versions[0]!.id)).plan).toEqual(plan);

    // A PDF of the same plan is no new version; a PDF of a changed plan is one, said to be a PDF export.
    value(await kehoach.exporting.pdf('an-lao', plan));
    expect(value(await kehoach.versions.list(plan.id)).versions).toHaveLength(1);
    value(await kehoach.exporting.pdf('an-lao-2', { ...plan, number: '46' }));
    const after = value(await kehoach.versions.list(plan.id)).versions;
    expect(after.map((v) => [v.exported, v.note])).toEqual([['pdf', 'Đã xuất an-lao-2.pdf'], ['docx', 'Đã xuất an-lao.docx']]);
  });

  it('an export still succeeds when the version cannot be written', async () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'versions'), 'một tệp chắn chỗ thư mục');
    const kehoach = await api(dataDir);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void errors.push(a);
    try {
      const r = value(await kehoach.exporting.docx('an-lao', anLaoPlan()));
      expect(existsSync(r.path)).toBe(true);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });

  it('saves on demand with a note, restores keeping the open text, refuses bad arguments in Vietnamese', async () => {
    const kehoach = await api(tempDir());
    const plan = anLaoPlan({ number: '01' });
    const saved = value(await kehoach.versions.save(plan, 'Trước khi gửi Ban Thường vụ'));
    expect(saved).toMatchObject({ why: 'manual', note: 'Trước khi gửi Ban Thường vụ', planId: plan.id });
    const restored = value(await kehoach.versions.restore(anLaoPlan({ number: '02' }), saved.id));
    expect(restored.plan.number).toBe('01');
    expect(value(await kehoach.versions.list(plan.id)).versions.map((v) => v.why)).toEqual(['restore', 'manual']);

    for (const r of [
      await kehoach.versions.save(null as never, ''),
      await kehoach.versions.read(plan.id, '../../settings'),
      await kehoach.versions.list(42 as never),
      await kehoach.versions.save(plan, 'x'.repeat(501)),
    ]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^(Không thể|Yêu cầu gửi lên|Mã phiên bản)[^a-z]*[ -~À-ỹ]*\.$/);
    }
  });

  it('reads another draft or a Word plan to compare with, and refuses other files and paths outside the data folder', async () => {
    const dataDir = tempDir();
    const kehoach = await api(dataDir);
    const plan = anLaoPlan();
    value(await kehoach.drafts.save('khac', { ...plan, number: '77' }));
    writeFileSync(path.join(dataDir, 'an-lao.docx'), await exportDocx(plan));
    writeFileSync(path.join(dataDir, 'ghi-chu.txt'), 'xin chào');

    const draft = value(await kehoach.versions.openPlanFile('khac.kehoach'));
    expect(draft).toMatchObject({ label: 'khac.kehoach', plan: { number: '77' } });
    const word = value(await kehoach.versions.openPlanFile('an-lao.docx'));
    expect(word.label).toBe('an-lao.docx');
    expect(word.plan.organisation.placeName).toBe(plan.organisation.placeName);
    // Reading for a comparison is not opening: the recent list is unchanged by it.
    expect(value(await kehoach.drafts.recent()).map((r) => path.basename(r.path))).toEqual(['khac.kehoach']);

    const txt = await kehoach.versions.openPlanFile('ghi-chu.txt');
    expect(txt).toEqual({ ok: false, error: 'Chỉ so sánh được với tệp nháp (.kehoach) hoặc tệp Word (.docx). Hãy chọn tệp có một trong hai đuôi này.' });
    const outside = await kehoach.versions.openPlanFile('../x.kehoach');
    expect(outside.ok === false && outside.error).toMatch(/nằm ngoài thư mục dữ liệu/);
  });

  it('writes the comparison where asked (.docx added), with the author and date, and says so in Vietnamese when it fails', async () => {
    const dataDir = tempDir();
    const calls: Array<{ oldLabel: string; newLabel: string; author: string; date: Date }> = [];
    const kehoach = await api(dataDir, async (pair, meta) => {
      calls.push({ oldLabel: pair.oldLabel, newLabel: pair.newLabel, ...meta });
      return new TextEncoder().encode('PK-fake');
    });
    const r = value(await kehoach.versions.exportComparison('so-sanh', { old: anLaoPlan({ number: '1' }), new: anLaoPlan({ number: '2' }), oldLabel: 'Phiên bản 1', newLabel: 'Bản đang soạn' }));
    expect(r.path).toBe(path.join(dataDir, 'so-sanh.docx'));
    expect(readFileSync(r.path, 'utf8')).toBe('PK-fake');
    expect(calls[0]).toMatchObject({ oldLabel: 'Phiên bản 1', newLabel: 'Bản đang soạn' });
    expect(calls[0]!.author.length).toBeGreaterThan(0);

    const failing = await api(dataDir, async () => {
      throw new Error('docx: internal');
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      const bad = await failing.versions.exportComparison('so-sanh-2', { old: anLaoPlan(), new: anLaoPlan(), oldLabel: 'a', newLabel: 'b' });
      expect(bad.ok === false && bad.error).toMatch(/^Chưa tạo được tệp Word so sánh/);
      expect(existsSync(path.join(dataDir, 'so-sanh-2.docx'))).toBe(false);
    } finally {
      console.error = original;
    }
    const outside = await kehoach.versions.exportComparison('../x.docx', { old: anLaoPlan(), new: anLaoPlan(), oldLabel: 'a', newLabel: 'b' });
    expect(outside.ok === false && outside.error).toMatch(/nằm ngoài thư mục dữ liệu/);
  });
});
