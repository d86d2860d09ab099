import * as z from 'zod';
import { describeEntryIssue, libraryEntrySchema } from './library-schema';
import type { LibraryEntry } from './library-entry';

/**
 * "Xuất thư viện" / "Nhập thư viện": the whole library as one JSON file an office passes to
 * another (by e-mail, USB stick or a shared folder). Versioned so a later app can still read it.
 */
export const LIBRARY_BUNDLE_KIND = 'kehoach-library';
export const LIBRARY_BUNDLE_VERSION = 1;

export interface LibraryBundle {
  kind: typeof LIBRARY_BUNDLE_KIND;
  version: number;
  exportedAt: string;
  /** Who exported it (the office's name), shown when importing. */
  exportedBy?: string;
  entries: LibraryEntry[];
}

export function makeBundle(entries: readonly LibraryEntry[], exportedAt: Date, exportedBy?: string): LibraryBundle {
  return {
    kind: LIBRARY_BUNDLE_KIND,
    version: LIBRARY_BUNDLE_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...(exportedBy ? { exportedBy } : {}),
    entries: [...entries],
  };
}

export function serializeBundle(bundle: LibraryBundle): string {
  return `${JSON.stringify(bundle, null, 1)}\n`;
}

const header = z.object({ kind: z.literal(LIBRARY_BUNDLE_KIND), version: z.number().int(), exportedAt: z.string(), exportedBy: z.string().optional(), entries: z.array(z.unknown()) });

export type BundleParse = { ok: true; bundle: LibraryBundle } | { ok: false; error: string };

/** True when the JSON says it is a library bundle (as opposed to one entry or something else). */
export function looksLikeBundle(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === LIBRARY_BUNDLE_KIND;
}

/** Checks a bundle read from a file; never throws, the error is one Vietnamese sentence. */
export function parseBundle(value: unknown): BundleParse {
  if (!looksLikeBundle(value)) return { ok: false, error: 'Tệp này không phải tệp thư viện văn bản của Soạn thảo Kế hoạch; hãy chọn tệp đã xuất bằng "Xuất thư viện".' };
  const head = header.safeParse(value);
  if (!head.success) return { ok: false, error: 'Tệp thư viện bị hỏng (thiếu phần đầu hoặc danh sách văn bản); hãy xuất lại tệp từ máy gửi.' };
  if (head.data.version > LIBRARY_BUNDLE_VERSION)
    return { ok: false, error: `Tệp thư viện được tạo bởi phiên bản mới hơn (dạng ${head.data.version}); hãy cập nhật ứng dụng rồi nhập lại.` };
  const entries: LibraryEntry[] = [];
  for (const [i, raw] of head.data.entries.entries()) {
    const parsed = libraryEntrySchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: describeEntryIssue(parsed.error, `Văn bản thứ ${i + 1} trong tệp thư viện không hợp lệ`) };
    entries.push(parsed.data);
  }
  return { ok: true, bundle: { kind: LIBRARY_BUNDLE_KIND, version: head.data.version, exportedAt: head.data.exportedAt, ...(head.data.exportedBy ? { exportedBy: head.data.exportedBy } : {}), entries } };
}
