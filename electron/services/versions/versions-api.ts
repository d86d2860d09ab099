import { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as z from 'zod';
import type { ComparePair, DiffOptions } from '../../../core/diff/types';
import type { KehoachApi } from '../../../core/ipc/api';
import type { DocumentRef } from '../../../core/model/document-ref';
import type { Plan } from '../../../core/model/plan';
import { atomicWrite } from '../atomic-write';
import { openDraft } from '../draft-service';
import { attempt, UserError } from '../errors';
import { openDocxPlan } from '../open-docx/open-docx-plan';
import { MAX_DOCX_BYTES } from '../open-docx/read-docx-blocks';
import { checkPlan } from '../plan-check';
import { VersionStore } from './version-store';

/** Arguments from the renderer are untrusted: each is parsed here, at the boundary, with a Vietnamese refusal. */
const planIdArg = z.string().min(1).max(300);
const versionIdArg = z.string().min(1).max(100);
const noteArg = z.string().max(500);
const labelArg = z.string().max(300);
const pairArg = z.object({ old: z.unknown(), new: z.unknown(), oldLabel: labelArg, newLabel: labelArg });
const diffOptionsArg = z.object({ ignoreToneMarks: z.boolean().optional() }).optional();

function parseArg<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UserError(`Yêu cầu gửi lên có ${what} không hợp lệ; hãy mở lại danh sách phiên bản rồi thử lại.`);
  return parsed.data;
}

export type ComparisonBuilder = (pair: ComparePair, meta: { author: string; date: Date; diffOptions?: DiffOptions }) => Promise<Uint8Array>;

export interface VersionsApiDeps {
  store: VersionStore;
  /** Resolves a file path from the renderer (confined to the data folder in browser mode). */
  resolvePath(requested: unknown, extension?: string): string;
  /** The office library's documents, so a Word plan's citations link as when it is opened. */
  library(): Promise<DocumentRef[]>;
  /** Writes the tracked-changes DOCX (core/docx/comparison-docx.ts). */
  buildComparison: ComparisonBuilder;
  now?: () => Date;
  /** The name Word shows on each change; the account's name by default. */
  author?: string;
  /** Told of each file written, so "Mở tệp" and "Mở thư mục" may act on it (api-service.ts). */
  onWritten?(file: string): void;
}

/** The `versions` group of KehoachApi over VersionStore and the comparison writer. */
export function createVersionsApi(deps: VersionsApiDeps): KehoachApi['versions'] {
  const now = deps.now ?? (() => new Date());
  const { store } = deps;
  return {
    list: (planId) => attempt('đọc danh sách phiên bản', () => store.list(parseArg(planIdArg, planId, 'mã kế hoạch'))),
    save: (plan, note) =>
      attempt('lưu phiên bản', () => store.save(checkPlan(plan, 'lưu phiên bản'), 'manual', parseArg(noteArg.optional(), note, 'ghi chú') ?? '')),
    read: (planId, versionId) =>
      attempt('mở phiên bản', () => store.read(parseArg(planIdArg, planId, 'mã kế hoạch'), parseArg(versionIdArg, versionId, 'mã phiên bản'))),
    restore: (current, versionId) =>
      attempt('khôi phục phiên bản', () => store.restore(checkPlan(current, 'khôi phục phiên bản'), parseArg(versionIdArg, versionId, 'mã phiên bản'))),
    openPlanFile: (requested) =>
      attempt('mở tệp để so sánh', async () => {
        const file = deps.resolvePath(requested);
        const label = path.basename(file);
        if (/\.docx$/i.test(file)) {
          if ((await stat(file)).size > MAX_DOCX_BYTES) throw new UserError('Tệp Word quá lớn (hơn 20 MB) nên không so sánh được; hãy lưu lại bản không kèm ảnh rồi thử lại.');
          const opened = await openDocxPlan(await readFile(file), { library: await deps.library(), id: `word-${now().getTime().toString(36)}`, fallbackYear: now().getFullYear() });
          return { plan: opened.plan, label };
        }
        if (/\.kehoach$/i.test(file)) return { plan: (await openDraft(file)).plan, label };
        throw new UserError('Chỉ so sánh được với tệp nháp (.kehoach) hoặc tệp Word (.docx). Hãy chọn tệp có một trong hai đuôi này.');
      }),
    exportComparison: (requested, pair, options) =>
      attempt('xuất bản so sánh', async () => {
        const parsed = parseArg(pairArg, pair, 'cặp văn bản cần so sánh');
        const diffOptions = parseArg(diffOptionsArg, options ?? undefined, 'tùy chọn so sánh');
        const checked: ComparePair = {
          old: checkPlan(parsed.old, 'xuất bản so sánh'),
          new: checkPlan(parsed.new, 'xuất bản so sánh'),
          oldLabel: parsed.oldLabel,
          newLabel: parsed.newLabel,
        };
        const file = deps.resolvePath(requested, '.docx');
        let bytes: Uint8Array;
        try {
          bytes = await deps.buildComparison(checked, { author: deps.author ?? accountName(), date: now(), ...(diffOptions ? { diffOptions } : {}) });
        } catch (err) {
          if (err instanceof UserError) throw err;
          console.error('[kehoach] comparison DOCX failed:', err);
          throw new UserError('Chưa tạo được tệp Word so sánh do lỗi của ứng dụng; tệp cũ (nếu có) vẫn nguyên. Hãy thử lại, nếu vẫn lỗi hãy báo cho người phụ trách kỹ thuật.');
        }
        await atomicWrite(file, bytes);
        deps.onWritten?.(file);
        return { path: file };
      }),
  };
}

/** Word shows this as the author of each change. */
function accountName(): string {
  try {
    return os.userInfo().username || 'Soạn thảo Kế hoạch';
  } catch {
    return 'Soạn thảo Kế hoạch';
  }
}

/** Keeps a version at an export. A version that cannot be written never fails the export: it is logged. */
export async function keepExportVersion(store: VersionStore, plan: Plan, file: string, kind: 'docx' | 'pdf'): Promise<void> {
  try {
    await store.save(plan, 'export', `Đã xuất ${path.basename(file)}`, kind);
  } catch (err) {
    console.error('[kehoach] version at export not kept:', err);
  }
}
