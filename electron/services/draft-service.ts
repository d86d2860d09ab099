import { readFile, stat } from 'node:fs/promises';
import type { OpenedDraft } from '../../core/ipc/api';
import type { Plan } from '../../core/model/plan';
import { parseDraft, serializeDraft } from '../../core/draft/draft-file';
import { atomicWrite } from './atomic-write';
import { UserError } from './errors';

/**
 * A real plan is a few hundred kilobytes (300 pages: about 1.5 MB); anything far larger is not a
 * draft (a video picked by mistake, a damaged file). Parsing takes memory in proportion (a 63 MB
 * draft took 3 GB), so the app and the CLI both refuse above this.
 */
export const MAX_DRAFT_BYTES = 16 * 1024 * 1024;

export const DRAFT_EXTENSION = '.kehoach';

/**
 * Opens a .kehoach file. Reading never writes: a draft from an older version is migrated in
 * memory only, and an unreadable one (corrupt, newer format, not a draft) opens nothing and
 * leaves the file exactly as it was, so the clerk can still take it to a newer version.
 */
export async function openDraft(path: string): Promise<OpenedDraft> {
  const info = await stat(path);
  if (info.isDirectory()) throw new UserError(`"${path}" là một thư mục, không phải tệp kế hoạch. Hãy chọn tệp có đuôi .kehoach.`);
  if (info.size > MAX_DRAFT_BYTES) {
    throw new UserError(`Tệp "${path}" quá lớn để là một bản thảo kế hoạch. Hãy chọn đúng tệp có đuôi .kehoach.`);
  }
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const parsed = parseDraft(text);
  if (!parsed.ok) throw new UserError(parsed.error);
  return parsed.migratedFrom === undefined
    ? { path, plan: parsed.plan }
    : { path, plan: parsed.plan, migratedFrom: parsed.migratedFrom };
}

/** Saves atomically and keeps the previous version as `<name>.kehoach.bak`. */
export async function saveDraft(path: string, plan: Plan): Promise<void> {
  await atomicWrite(path, serializeDraft(plan), { keepBackup: true });
}

