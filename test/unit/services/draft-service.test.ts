import { readFileSync, readdirSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDraft, saveDraft } from '../../../electron/services/draft-service';
import { anLaoPlan } from '../../helpers/fixtures';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const EXAMPLE = path.resolve('docs/examples/an-lao.kehoach');

/** The folder's files with content and modification time, to prove nothing was touched. */
function snapshotFolder(dir: string): Record<string, { content: string; mtimeMs: number }> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => {
      const file = path.join(dir, name);
      return [name, { content: readFileSync(file, 'utf8'), mtimeMs: statSync(file).mtimeMs }];
    }),
  );
}

const VIETNAMESE = /[ăâđêôơưạảãáàẹẻẽéèịỉĩíìọỏõóòụủũúùỵỷỹýỳ]/i;

describe('openDraft', () => {
  it('opens a real saved plan (An Lão) with its organisation and base', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'an-lao.kehoach');
    copyFileSync(EXAMPLE, file);
    const opened = await openDraft(file);
    expect(opened.path).toBe(file);
    expect(opened.plan.organisation.symbolCode).toBe('HU');
    expect(opened.plan.documents[0]?.symbol).toBe('CT/TU');
  });

  const unreadable: Array<[string, string, RegExp]> = [
    ['corrupt JSON (cut off mid-write)', '{"formatVersion": 1, "app": "kehoach", "plan": {"id": "x"', /JSON|hỏng/],
    ['a newer format', JSON.stringify({ formatVersion: 99, app: 'kehoach', savedAt: '2030-01-01T00:00:00Z', plan: {} }), /phiên bản mới hơn|cập nhật/],
    ['not a draft at all', JSON.stringify({ name: 'package', version: '1.0.0' }), /không phải là bản thảo/],
  ];

  for (const [what, content, message] of unreadable) {
    it(`refuses ${what} with a Vietnamese message and changes nothing on disk`, async () => {
      const dir = tempDir();
      const file = path.join(dir, 'ke-hoach.kehoach');
      writeFileSync(file, content);
      const before = snapshotFolder(dir);
      const error = await openDraft(file).then(
        () => null,
        (err: Error) => err.message,
      );
      expect(error).toMatch(message);
      expect(error).toMatch(VIETNAMESE);
      expect(snapshotFolder(dir)).toEqual(before);
    });
  }
});

describe('saveDraft', () => {
  it('saves a plan that opens again identically, keeping the previous file as .kehoach.bak', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'an-lao.kehoach');
    const first = anLaoPlan();
    await saveDraft(file, first);
    const second = anLaoPlan({ number: '05' });
    await saveDraft(file, second);

    expect((await openDraft(file)).plan).toEqual(second);
    expect((await openDraft(`${file}.bak`)).plan).toEqual(first);
  });
});

describe('recent-draft titles', () => {
  it('name the parent document so two plans can be told apart', async () => {
    const { planTitle } = await import('../../../electron/services/plan-check');
    const { parseDraft } = await import('../../../core/draft/draft-file');
    const { readFileSync } = await import('node:fs');
    const parsed = parseDraft(readFileSync(new URL('../../../docs/examples/an-lao.kehoach', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(planTitle(parsed.plan, 'x')).toContain('Chỉ thị số 32-CT/TU');
  });
});
