import { copyFileSync, existsSync, unlinkSync } from 'node:fs';
import type { Settings } from '../../../core/ipc/api';
import { UserError } from '../errors';
import { migrateSettings } from './settings-migrations';
import { MAX_RECENT_FILES, defaultSettings, settingsPatchSchema, settingsSchema } from './settings-schema';

/**
 * The part of `conf` / `electron-store` we use: the whole object in, the whole object out.
 * Browser mode injects conf, Electron injects electron-store (a conf subclass), tests inject conf
 * in a temp folder: one schema and one migration path for all three.
 */
export interface KeyValueStore {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface SettingsStoreEvents {
  /** Something was wrong with the file; `backup` is where the original went. For logs. */
  onRepair?: (reason: string, backup: string) => void;
}

export class SettingsStore {
  private constructor(
    private readonly backend: KeyValueStore,
    private current: Settings,
  ) {}

  /**
   * Opens the store at `filePath` (created by `create`). An unreadable file (bad JSON, newer
   * version, wrong shapes) never stops the app: it is copied aside as
   * `<file>.<reason>-<time>.bak` and the settings fall back to defaults (field by field when only
   * some fields are wrong, so one bad signer does not wipe the organisation).
   */
  static async open(create: () => Promise<KeyValueStore>, filePath: string, events: SettingsStoreEvents = {}): Promise<SettingsStore> {
    let backend: KeyValueStore;
    let raw: unknown;
    try {
      backend = await create();
      raw = backend.store;
    } catch (err) {
      if (!existsSync(filePath)) throw err;
      const backup = backupFile(filePath, 'corrupt');
      events.onRepair?.(`unreadable settings file: ${(err as Error).message}`, backup);
      unlinkSync(filePath);
      backend = await create();
      raw = {};
    }

    const { settings, problem } = normalise(raw);
    if (problem && existsSync(filePath) && Object.keys(raw as object).length > 0) {
      const backup = backupFile(filePath, problem.reason);
      events.onRepair?.(problem.detail, backup);
    }
    const store = new SettingsStore(backend, settings);
    store.persist();
    return store;
  }

  get(): Settings {
    return structuredClone(this.current);
  }

  /** Validates the patch (Vietnamese message naming the field) and writes the whole object. */
  update(patch: unknown): Settings {
    const parsedPatch = settingsPatchSchema.safeParse(patch);
    if (!parsedPatch.success) throw new UserError(describeIssue('Không lưu được cài đặt', parsedPatch.error.issues));
    const next = settingsSchema.safeParse({ ...this.current, ...parsedPatch.data });
    if (!next.success) throw new UserError(describeIssue('Không lưu được cài đặt', next.error.issues));
    this.current = next.data;
    this.persist();
    return this.get();
  }

  /** Puts a draft at the top of the recent list (deduplicated, at most MAX_RECENT_FILES). */
  rememberRecent(path: string, title: string, openedAt: Date): Settings {
    const others = this.current.recentFiles.filter((r) => r.path !== path);
    return this.update({ recentFiles: [{ path, title, openedAt: openedAt.toISOString() }, ...others].slice(0, MAX_RECENT_FILES) });
  }

  private persist(): void {
    this.backend.store = { ...this.current };
  }
}

type Problem = { reason: string; detail: string };

/** Migrates, then keeps every field that validates and defaults the others. */
function normalise(raw: unknown): { settings: Settings; problem?: Problem } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: defaultSettings(), problem: { reason: 'corrupt', detail: 'settings file is not an object' } };
  }
  if (Object.keys(raw).filter((k) => k !== '__internal__').length === 0) return { settings: defaultSettings() };

  let migrated: Record<string, unknown>;
  try {
    migrated = migrateSettings(raw as Record<string, unknown>).settings;
  } catch (err) {
    return { settings: defaultSettings(), problem: { reason: 'newer', detail: (err as Error).message } };
  }
  const whole = settingsSchema.safeParse(migrated);
  if (whole.success) return { settings: whole.data };

  const defaults = defaultSettings();
  const salvaged: Record<string, unknown> = { ...defaults };
  const dropped: string[] = [];
  for (const key of Object.keys(defaults) as (keyof Settings)[]) {
    if (key === 'schemaVersion' || !(key in migrated)) continue;
    const field = settingsSchema.shape[key].safeParse(migrated[key]);
    if (field.success) salvaged[key] = field.data;
    else dropped.push(key);
  }
  const settings = settingsSchema.safeParse(salvaged);
  return {
    settings: settings.success ? settings.data : defaults,
    problem: { reason: 'invalid', detail: `invalid settings fields reset to defaults: ${dropped.join(', ')}` },
  };
}

function backupFile(filePath: string, reason: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backup = `${filePath}.${reason}-${stamp}.bak`;
  copyFileSync(filePath, backup);
  return backup;
}

const FIELD_LABELS: Record<string, string> = {
  organisations: 'danh sách đơn vị',
  activeOrganisationId: 'đơn vị đang dùng',
  signers: 'người ký',
  defaultRecipients: 'nơi nhận mặc định',
  formatProfile: 'chuẩn thể thức',
  citationStyle: 'cách trích dẫn',
  recentFiles: 'tệp gần đây',
  recentDocuments: 'văn bản căn cứ gần đây',
  autosaveSeconds: 'thời gian tự động lưu',
  libraryFolder: 'thư mục thư viện văn bản',
};

function describeIssue(prefix: string, issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code: string }>): string {
  const issue = issues[0];
  if (!issue) return `${prefix}. Hãy kiểm tra lại các ô đã nhập.`;
  const top = String(issue.path[0] ?? '');
  const label = FIELD_LABELS[top];
  if (issue.code === 'unrecognized_keys') return `${prefix}: có mục cài đặt không được hỗ trợ. Hãy tải lại ứng dụng rồi thử lại.`;
  // zod's own English messages are replaced; the schema's Vietnamese messages are kept.
  const message = /[ăâđêôơưạảãáàẹẻẽéèịỉĩíìọỏõóòụủũúùỵỷỹýỳ]/i.test(issue.message) ? issue.message : 'giá trị không hợp lệ';
  return `${prefix}: ${label ?? top} — ${message}. Hãy sửa lại rồi lưu.`;
}
