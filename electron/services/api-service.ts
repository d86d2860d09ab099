import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import * as z from 'zod';
import { documentRefSchema, type DocumentRef } from '../../core/model/document-ref';
import path from 'node:path';
import type { FileKind, KehoachApi, Result, TemplateSummary } from '../../core/ipc/api';
import type { Plan } from '../../core/model/plan';
import { DRAFT_EXTENSION, openDraft, saveDraft } from './draft-service';
import { attempt, fail, UserError } from './errors';
import { type ExportDeps, exportDocxFile, exportPdfFile, withExtension } from './export-service';
import { confinePath } from './path-confinement';
import { checkPlan, planTitle } from './plan-check';
import { MAX_DOCX_BYTES } from './open-docx/read-docx-blocks';
import { openDocxPlan } from './open-docx/open-docx-plan';
import { RecoveryService } from './recovery-service';
import { nodeIo, removeOrphans } from './atomic-write';
import { workLimit } from './work-limit';
import type { SettingsStore } from './settings/settings-store';
import { createLibraryApi, libraryFolder } from './library/library-api';
import { LibraryStore } from './library/library-store';
import { VersionStore } from './versions/version-store';
import { buildComparisonDocx } from '../../core/docx/comparison/comparison-docx';
import { type ComparisonBuilder, createVersionsApi, keepExportVersion } from './versions/versions-api';

/** What differs between Electron and the browser: dialogs and handing files to the desktop. */
export interface PlatformHooks {
  mode: 'electron' | 'browser';
  pickOpenPath(kind: FileKind): Promise<string | null>;
  pickSavePath(kind: FileKind, suggestedName: string): Promise<string | null>;
  openFile(file: string): Promise<void>;
  showInFolder(file: string): Promise<void>;
}

/** The template engine (electron/services/template-service.ts), injected to keep this file testable. */
export interface TemplateDeps {
  list(): Promise<TemplateSummary[]> | TemplateSummary[];
  create(templateId: string, answers: unknown): Promise<Plan> | Plan;
}

export interface ApiServiceOptions {
  dataDir: string;
  settings: SettingsStore;
  platform: PlatformHooks;
  templates: TemplateDeps;
  /** Browser mode: every path is resolved inside dataDir and `..` escapes are refused. */
  confinePaths: boolean;
  exporters?: ExportDeps;
  now?: () => Date;
  /** The tracked-changes DOCX writer (tests may inject one). */
  comparison?: ComparisonBuilder;
}

const FILE_KINDS: readonly FileKind[] = ['draft', 'docx', 'pdf', 'library', 'source'];

/**
 * KehoachApi over the Node services, for one data folder. Shared by the Electron IPC handlers and
 * the browser-mode server; every method answers a Result with a Vietnamese message, never throws.
 */
export function createApiService(options: ApiServiceOptions): KehoachApi {
  const { dataDir, settings, platform, templates } = options;
  const now = options.now ?? (() => new Date());
  const recovery = new RecoveryService(dataDir, now);
  // Temp files of saves cut short by a crash or a power cut are removed at start (never fatal).
  for (const dir of [dataDir, recovery.dir]) void removeOrphans(nodeIo, dir).catch(() => undefined);
  const versions = new VersionStore({ dataDir, now });
  // Saves, autosaves and exports each hold a whole plan (and its DOCX) in memory: two at a time.
  const heavy = workLimit(2);

  /**
   * Every path from the renderer goes through here. `extension` is added (when missing) before
   * the checks, so a name can never point elsewhere once it has its extension.
   */
  const resolvePath = (requested: unknown, extension?: string): string => {
    if (options.confinePaths) return confinePath(dataDir, requested, extension ? { extension } : {});
    if (typeof requested !== 'string' || requested.trim() === '') throw new UserError('Chưa có tên tệp. Hãy chọn tệp cần mở hoặc lưu.');
    if (!path.isAbsolute(requested)) throw new UserError(`Đường dẫn "${requested}" chưa đầy đủ. Hãy chọn tệp bằng hộp thoại Mở/Lưu.`);
    const file = path.normalize(requested.normalize('NFC'));
    return extension ? withExtension(file, extension) : file;
  };

  /**
   * The DOCX and PDF files this run has written: "Mở tệp" and "Mở thư mục chứa tệp" act on these
   * only, so a page (or a compromised renderer) cannot make the desktop open an arbitrary file.
   */
  const written = new Set<string>();
  const wrote = (file: string): void => void written.add(path.resolve(file));
  const writtenFile = (requested: unknown): string => {
    const file = path.resolve(resolvePath(requested));
    if (!written.has(file) || !/\.(docx|pdf)$/i.test(file)) {
      throw new UserError('Chỉ mở được tệp Word hoặc PDF vừa xuất trong lần làm việc này. Hãy mở tệp khác bằng Word hoặc từ thư mục của nó.');
    }
    return file;
  };

  const remember = (file: string, plan: Plan): void => {
    settings.rememberRecent(file, planTitle(plan, path.basename(file)), now());
  };

  /** The library's documents as plain DocumentRefs (facts and links only), for recognising citations. */
  const officeLibrary = async (): Promise<DocumentRef[]> => {
    const folder = libraryFolder(dataDir, settings.get().libraryFolder, resolvePath);
    const listing = await new LibraryStore({ dir: folder.dir, mustExist: folder.chosen }).list().catch(() => null);
    return (listing?.entries ?? []).map(({ id, type, regime, number, symbol, date, issuer, subject, shortName, implementsId, chainLink }) => ({
      id, type, regime, number, symbol, date, issuer, subject,
      ...(shortName ? { shortName } : {}), ...(implementsId ? { implementsId } : {}), ...(chainLink ? { chainLink } : {}),
    }));
  };

  return {
    templates: {
      list: () => attempt('tải danh sách mẫu', async () => templates.list()),
      create: (templateId, answers) =>
        attempt('tạo kế hoạch từ mẫu', async () => {
          if (typeof templateId !== 'string' || templateId === '') throw new UserError('Chưa chọn mẫu kế hoạch. Hãy chọn một mẫu trong danh sách.');
          return templates.create(templateId, answers);
        }),
    },
    drafts: {
      open: (requested) =>
        attempt('mở bản thảo', async () => {
          const opened = await openDraft(resolvePath(requested));
          remember(opened.path, opened.plan);
          return opened;
        }),
      openDocx: (requested, library) =>
        attempt('mở tệp Word', async () => {
          const parsedLibrary = z.array(documentRefSchema).optional().safeParse(library ?? undefined);
          if (!parsedLibrary.success) throw new UserError('Danh sách văn bản của thư viện gửi kèm không đúng dạng. Hãy tải lại ứng dụng rồi mở lại tệp Word.');
          const file = resolvePath(requested);
          if (!/\.docx$/i.test(file)) throw new UserError('Chỉ mở được tệp Word dạng .docx. Hãy chọn tệp có đuôi .docx (tệp .doc cũ hãy mở bằng Word rồi lưu lại dạng .docx).');
          // Refused before it is read: a huge file would be held in memory whole.
          if ((await stat(file)).size > MAX_DOCX_BYTES) throw new UserError('Tệp Word quá lớn (hơn 20 MB) nên không mở được; hãy lưu lại bản không kèm ảnh rồi mở lại.');
          // Citations of documents in the office's library become live references to them (with their chains).
          const known = parsedLibrary.data ?? (await officeLibrary());
          return openDocxPlan(await readFile(file), { library: known, id: `word-${now().getTime().toString(36)}`, fallbackYear: now().getFullYear() });
        }),
      save: (requested, plan) =>
        attempt('lưu bản thảo', () => heavy(async () => {
          const checked = checkPlan(plan, 'lưu bản thảo');
          const file = resolvePath(requested, DRAFT_EXTENSION);
          await saveDraft(file, checked);
          // The draft is safe on disk now: its recovery copies are no longer needed.
          await recovery.discardAfterSave(file, checked);
          remember(file, checked);
          return { path: file };
        })),
      recent: () =>
        attempt('đọc danh sách tệp gần đây', async () =>
          // A file moved or deleted since is hidden rather than offered and then failing.
          settings.get().recentFiles.filter((r) => existsSync(r.path)),
        ),
      writeRecovery: (requested, plan) =>
        attempt('ghi bản khôi phục', () => heavy(async () => {
          if (plan === null || typeof plan !== 'object') throw new UserError('Không có nội dung kế hoạch để ghi bản khôi phục.');
          const file = requested === null ? null : resolvePath(requested, DRAFT_EXTENSION);
          return recovery.write(file, plan);
        })),
      listRecovery: () => attempt('đọc các bản khôi phục', () => recovery.list()),
      discardRecovery: (id) =>
        attempt('xóa bản khôi phục', async () => {
          await recovery.discard(String(id));
          return null;
        }),
    },
    exporting: {
      docx: (requested, plan) =>
        attempt('xuất tệp DOCX', () => heavy(async () => {
          const checked = checkPlan(plan, 'xuất tệp DOCX');
          const file = resolvePath(requested, '.docx');
          await exportDocxFile(file, checked, options.exporters);
          wrote(file);
          await keepExportVersion(versions, checked, file, 'docx');
          return { path: file };
        })),
      pdf: (requested, plan) =>
        attempt('xuất tệp PDF', () => heavy(async () => {
          const checked = checkPlan(plan, 'xuất tệp PDF');
          const file = resolvePath(requested, '.pdf');
          await exportPdfFile(file, checked, options.exporters);
          wrote(file);
          await keepExportVersion(versions, checked, file, 'pdf');
          return { path: file };
        })),
      openFile: (requested) =>
        attempt('mở tệp', async () => {
          await platform.openFile(writtenFile(requested));
          return null;
        }),
      showInFolder: (requested) =>
        attempt('mở thư mục chứa tệp', async () => {
          await platform.showInFolder(writtenFile(requested));
          return null;
        }),
    },
    dialogs: {
      pickOpenPath: (kind) =>
        FILE_KINDS.includes(kind) ? attempt('mở hộp thoại chọn tệp', () => platform.pickOpenPath(kind)) : badKind(),
      pickSavePath: (kind, suggestedName) =>
        FILE_KINDS.includes(kind)
          ? attempt('mở hộp thoại lưu tệp', () => platform.pickSavePath(kind, typeof suggestedName === 'string' ? suggestedName : ''))
          : badKind(),
    },
    settings: {
      get: () => attempt('đọc cài đặt', () => settings.get()),
      update: (patch) => attempt('lưu cài đặt', () => settings.update(patch)),
    },
    library: createLibraryApi({
      folder: () => libraryFolder(dataDir, settings.get().libraryFolder, resolvePath),
      resolvePath,
      now,
    }),
    versions: createVersionsApi({
      store: versions,
      resolvePath,
      library: officeLibrary,
      buildComparison: options.comparison ?? buildComparisonDocx,
      onWritten: wrote,
      now,
    }),
    app: {
      mode: () => attempt('xác định chế độ chạy', () => platform.mode),
      dataDir: () => attempt('xác định thư mục dữ liệu', () => dataDir),
    },
  };
}

function badKind<T>(): Promise<Result<T>> {
  return Promise.resolve(fail('Loại tệp không hợp lệ (chỉ có bản thảo, DOCX, PDF hoặc tệp thư viện). Hãy tải lại ứng dụng rồi thử lại.'));
}

/** Browser mode: no native dialogs (the renderer asks in-app), files handed to the desktop. */
export function browserPlatform(openFile: (f: string) => Promise<void>, showInFolder: (f: string) => Promise<void>): PlatformHooks {
  return {
    mode: 'browser',
    pickOpenPath: async () => null,
    pickSavePath: async () => null,
    openFile,
    showInFolder,
  };
}
