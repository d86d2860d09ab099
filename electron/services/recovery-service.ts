import { createHash } from 'node:crypto';
import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { RecoveredDraft } from '../../core/ipc/api';
import type { Plan } from '../../core/model/plan';
import { parseDraft, serializeDraft } from '../../core/draft/draft-file';
import { atomicWrite } from './atomic-write';
import { UserError } from './errors';

/** What a recovery file holds: the draft in the normal .kehoach format plus where it belonged. */
interface RecoveryFile {
  kind: 'kehoach-recovery';
  id: string;
  path: string | null;
  savedAt: string;
  draft: string;
}

const ID_PATTERN = /^(file|new)-[0-9a-f]{16}$/;

/**
 * Recovery copies of unsaved work, one per draft, in `<dataDir>/recovery/`. Autosave writes them;
 * a successful save or the clerk declining removes them. A file still present at start means the
 * app stopped without saving (crash, power cut), so it is offered back.
 */
export class RecoveryService {
  readonly dir: string;

  constructor(dataDir: string, private readonly now: () => Date = () => new Date()) {
    this.dir = path.join(dataDir, 'recovery');
  }

  /** One id per draft: by its file when it has one, else by the plan's own id (never-saved plan). */
  static idFor(draftPath: string | null, plan: Pick<Plan, 'id'>): string {
    const key = draftPath === null ? `new:${plan.id}` : `file:${path.resolve(draftPath)}`;
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
    return `${draftPath === null ? 'new' : 'file'}-${hash}`;
  }

  async write(draftPath: string | null, plan: Plan): Promise<{ id: string }> {
    const id = RecoveryService.idFor(draftPath, plan);
    const record: RecoveryFile = {
      kind: 'kehoach-recovery',
      id,
      path: draftPath,
      savedAt: this.now().toISOString(),
      draft: serializeDraft(plan),
    };
    await atomicWrite(this.fileOf(id), JSON.stringify(record));
    return { id };
  }

  /** Newest first. Unreadable copies are skipped (left on disk for a technician), never fatal. */
  async list(): Promise<RecoveredDraft[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const found: RecoveredDraft[] = [];
    for (const name of names) {
      if (!name.endsWith('.json') || !ID_PATTERN.test(name.slice(0, -5))) continue;
      const recovered = await this.read(path.join(this.dir, name));
      if (recovered) found.push(recovered);
    }
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async discard(id: string): Promise<void> {
    await unlink(this.fileOf(id)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }

  /** After a save: the copies kept under the file's id and, for a first save, under the plan's id. */
  async discardAfterSave(savedPath: string, plan: Plan): Promise<void> {
    await this.discard(RecoveryService.idFor(savedPath, plan));
    await this.discard(RecoveryService.idFor(null, plan));
  }

  private fileOf(id: string): string {
    // The id comes from the renderer: only our own shape is accepted, so it cannot name another file.
    if (!ID_PATTERN.test(id)) throw new UserError('Mã bản khôi phục không hợp lệ. Hãy tải lại danh sách bản khôi phục.');
    return path.join(this.dir, `${id}.json`);
  }

  private async read(file: string): Promise<RecoveredDraft | null> {
    try {
      const record = JSON.parse(await readFile(file, 'utf8')) as Partial<RecoveryFile>;
      if (record.kind !== 'kehoach-recovery' || typeof record.draft !== 'string' || typeof record.id !== 'string') return null;
      const parsed = parseDraft(record.draft);
      if (!parsed.ok) return null;
      return {
        id: record.id,
        path: typeof record.path === 'string' ? record.path : null,
        savedAt: typeof record.savedAt === 'string' ? record.savedAt : '',
        plan: parsed.plan,
      };
    } catch {
      return null;
    }
  }
}
