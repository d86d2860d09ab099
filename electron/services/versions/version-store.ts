import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { parseDraft, serializeDraft } from '../../../core/draft/draft-file';
import type { Plan } from '../../../core/model/plan';
import { type VersionListing, type VersionSummary, type VersionWhy, type VersionWithPlan, versionTimeLabel } from '../../../core/versions';
import { atomicWrite } from '../atomic-write';
import { UserError } from '../errors';
import { confinePath } from '../path-confinement';
import { planTitle } from '../plan-check';

/** What the small file beside each version holds: enough to list it without reading the plan. */
interface VersionMeta extends VersionSummary {
  kind: 'kehoach-version';
  /** sha256 of the draft text: an export of an unchanged plan keeps no second copy. */
  hash: string;
}

export interface VersionStoreOptions {
  dataDir: string;
  now?: () => Date;
  /** How many versions kept at exports and restores are kept per draft; manual ones are never removed. */
  cap?: number;
}

export const DEFAULT_VERSION_CAP = 200;
const ID_PATTERN = /^v-\d{8}T\d{9}-[0-9a-f]{8}$/;
const WHYS: readonly VersionWhy[] = ['export', 'manual', 'restore'];

/**
 * Versions of drafts, in `<data folder>/versions/<plan key>/`: per version a small `<id>.json`
 * (time, note, why, title) and the plan as `<id>.kehoach` (the draft format, so a technician can
 * open it). Keyed by the plan's id (hashed: it comes from the renderer and must not name a path),
 * so a renamed draft keeps its history. The plan file is written first and the small file last:
 * a version is listed only once both are whole (atomicWrite).
 */
export class VersionStore {
  readonly root: string;
  private readonly now: () => Date;
  private readonly cap: number;

  constructor(options: VersionStoreOptions) {
    this.root = path.join(options.dataDir, 'versions');
    this.now = options.now ?? (() => new Date());
    this.cap = options.cap ?? DEFAULT_VERSION_CAP;
  }

  /** Newest first; a version file that cannot be read is named in `problems` and left on disk. */
  async list(planId: string): Promise<VersionListing> {
    const dir = this.dirOf(planId);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { versions: [], problems: [] };
      throw err;
    }
    const present = new Set(names);
    const versions: VersionSummary[] = [];
    const problems: string[] = [];
    for (const name of names) {
      if (!name.endsWith('.json') || !ID_PATTERN.test(name.slice(0, -5))) continue;
      const meta = await readMeta(path.join(dir, name));
      const id = name.slice(0, -5);
      if (!meta || meta.id !== id) {
        problems.push(`Một phiên bản (tệp ${name}) bị hỏng nên không hiện trong danh sách; tệp vẫn được giữ nguyên trong thư mục ${dir}.`);
        continue;
      }
      if (!present.has(`${id}.kehoach`)) {
        problems.push(`Phiên bản lúc ${versionTimeLabel(meta.savedAt)} thiếu tệp nội dung nên không hiện trong danh sách.`);
        continue;
      }
      versions.push(summaryOf(meta));
    }
    versions.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.id.localeCompare(a.id));
    return { versions, problems };
  }

  /**
   * Keeps the plan as a version. An export of a plan identical to the newest version keeps
   * nothing new (that version is answered): exporting twice is not two versions.
   */
  async save(plan: Plan, why: VersionWhy, note = '', exported?: 'docx' | 'pdf'): Promise<VersionSummary> {
    const at = this.now();
    const draft = serializeDraft(plan, at);
    // The plan alone is hashed: the draft text also holds the time it was written.
    const hash = createHash('sha256').update(JSON.stringify(plan)).digest('hex');
    const dir = this.dirOf(plan.id);
    if (why === 'export') {
      const newest = (await this.list(plan.id)).versions[0];
      const newestMeta = newest ? await readMeta(path.join(dir, `${newest.id}.json`)) : null;
      if (newestMeta?.hash === hash) return summaryOf(newestMeta);
    }
    const id = `v-${stamp(at)}-${randomBytes(4).toString('hex')}`;
    const meta: VersionMeta = {
      kind: 'kehoach-version',
      id,
      planId: plan.id,
      savedAt: at.toISOString(),
      note: note.normalize('NFC').trim().slice(0, 500),
      why,
      ...(exported ? { exported } : {}),
      title: planTitle(plan, 'Kế hoạch chưa có trích yếu'),
      hash,
    };
    await atomicWrite(path.join(dir, `${id}.kehoach`), draft);
    await atomicWrite(path.join(dir, `${id}.json`), JSON.stringify(meta, null, 1));
    await this.prune(plan.id);
    return summaryOf(meta);
  }

  async read(planId: string, versionId: string): Promise<VersionWithPlan<Plan>> {
    const id = checkId(versionId);
    const dir = this.dirOf(planId);
    const meta = await readMeta(path.join(dir, `${id}.json`));
    if (!meta) throw new UserError('Không tìm thấy phiên bản này (có thể đã bị xóa). Hãy mở lại danh sách phiên bản.');
    let text: string;
    try {
      text = await readFile(path.join(dir, `${id}.kehoach`), 'utf8');
    } catch {
      throw new UserError(`Phiên bản lúc ${versionTimeLabel(meta.savedAt)} thiếu tệp nội dung nên không mở được; hãy chọn phiên bản khác.`);
    }
    const parsed = parseDraft(text);
    if (!parsed.ok) throw new UserError(`Phiên bản lúc ${versionTimeLabel(meta.savedAt)} bị hỏng nên không mở được; hãy chọn phiên bản khác.`);
    return { version: summaryOf(meta), plan: parsed.plan };
  }

  /**
   * The version's plan, to become the open draft. The text open now is kept first as a version
   * ("Trước khi khôi phục phiên bản …"), so a restore never loses anything.
   */
  async restore(current: Plan, versionId: string): Promise<{ plan: Plan; kept: VersionSummary; restored: VersionSummary }> {
    const wanted = await this.read(current.id, versionId);
    const kept = await this.save(current, 'restore', `Trước khi khôi phục phiên bản ${versionTimeLabel(wanted.version.savedAt)}`);
    return { plan: wanted.plan, kept, restored: wanted.version };
  }

  /** Beyond the cap, the oldest versions kept at exports and restores go; the clerk's own never do. */
  private async prune(planId: string): Promise<void> {
    const { versions } = await this.list(planId);
    const automatic = versions.filter((v) => v.why !== 'manual');
    const dir = this.dirOf(planId);
    for (const old of automatic.slice(this.cap)) {
      // The small file first: a half-removed version is then simply not listed.
      await unlink(path.join(dir, `${old.id}.json`)).catch(() => undefined);
      await unlink(path.join(dir, `${old.id}.kehoach`)).catch(() => undefined);
    }
  }

  private dirOf(planId: string): string {
    if (typeof planId !== 'string' || planId === '') throw new UserError('Kế hoạch chưa có mã nên chưa lưu được phiên bản. Hãy lưu bản thảo rồi thử lại.');
    const key = createHash('sha256').update(planId).digest('hex').slice(0, 24);
    // The key is our own hex, but the folder is still confined: a symlinked versions folder must not lead elsewhere.
    return confinePath(this.root, key);
  }
}

function checkId(versionId: unknown): string {
  if (typeof versionId !== 'string' || !ID_PATTERN.test(versionId)) {
    throw new UserError('Mã phiên bản không hợp lệ. Hãy mở lại danh sách phiên bản rồi chọn lại.');
  }
  return versionId;
}

/** 20261128T140512345: sortable, and a valid file name everywhere. */
function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('.', '').replace('Z', '').slice(0, 18);
}

async function readMeta(file: string): Promise<VersionMeta | null> {
  try {
    const meta = JSON.parse(await readFile(file, 'utf8')) as Partial<VersionMeta>;
    if (meta.kind !== 'kehoach-version' || typeof meta.id !== 'string' || typeof meta.planId !== 'string') return null;
    if (typeof meta.savedAt !== 'string' || Number.isNaN(Date.parse(meta.savedAt))) return null;
    if (!WHYS.includes(meta.why as VersionWhy) || typeof meta.note !== 'string' || typeof meta.hash !== 'string') return null;
    return { ...meta, title: typeof meta.title === 'string' ? meta.title : '' } as VersionMeta;
  } catch {
    return null;
  }
}

function summaryOf(meta: VersionMeta): VersionSummary {
  const { id, planId, savedAt, note, why, exported, title } = meta;
  return { id, planId, savedAt, note, why, ...(exported ? { exported } : {}), title };
}
