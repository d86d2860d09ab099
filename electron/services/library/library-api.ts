import path from 'node:path';
import * as z from 'zod';
import type { KehoachApi } from '../../../core/ipc/api';
import { byDateDesc, searchLibrary } from '../../../core/library/search';
import { attempt, UserError } from '../errors';
import { LibraryStore } from './library-store';
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_IMPORT_LIMITS, IMPORT_MESSAGES, importDocument } from '../import';

/** Arguments from the renderer are untrusted: each is parsed here, at the boundary, with a Vietnamese refusal. */
const queryArg = z.string().max(500).optional();
const idArg = z.string().min(1).max(200);
const revisionArg = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

function parseArg<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UserError(`Yêu cầu gửi lên có ${what} không hợp lệ; hãy tải lại danh sách thư viện rồi thử lại.`);
  return parsed.data;
}

export interface LibraryApiDeps {
  /** The library folder now, and whether the clerk chose it (a shared folder, which must exist). */
  folder(): { dir: string; chosen: boolean };
  /** Resolves a file path from the renderer (confined to the data folder in browser mode). */
  resolvePath(requested: unknown): string;
  now?: () => Date;
  user?: string;
}

/** The `library` group of KehoachApi over LibraryStore. */
export function createLibraryApi(deps: LibraryApiDeps): KehoachApi['library'] {
  const store = (): LibraryStore => new LibraryStore({ dir: deps.folder().dir, mustExist: deps.folder().chosen, ...(deps.now ? { now: deps.now } : {}), ...(deps.user !== undefined ? { user: deps.user } : {}) });
  return {
    list: (query) =>
      attempt('đọc thư viện văn bản', async () => {
        const q = parseArg(queryArg, query, 'từ khóa tìm kiếm');
        const listing = await store().list();
        const found = q && q.trim() !== '' ? searchLibrary(listing.entries, q, 500).map((h) => h.entry) : [...listing.entries].sort(byDateDesc);
        // Full texts stay on disk (a hundred-page parent each): `get(id)` brings one; a save without text keeps it.
        const entries = found.map(({ text, ...facts }) => (text ? { ...facts, textInfo: { paragraphs: text.paragraphs.length, fileName: text.source.fileName } } : facts));
        return { ...listing, entries };
      }),
    get: (id) => attempt('đọc văn bản trong thư viện', async () => (await store().get(parseArg(idArg, id, 'mã văn bản'))) ?? null),
    save: (entry, baseRevision) =>
      attempt('lưu văn bản vào thư viện', async () => store().save(entry, parseArg(revisionArg, baseRevision, 'số phiên bản'))),
    delete: (id) =>
      attempt('xóa văn bản khỏi thư viện', async () => {
        await store().delete(parseArg(idArg, id, 'mã văn bản'));
        return null;
      }),
    export: (requested) =>
      attempt('xuất thư viện', async () => {
        const file = withJson(deps.resolvePath(requested));
        return store().exportTo(file);
      }),
    importBundle: (requested) => attempt('nhập thư viện', async () => store().importFile(deps.resolvePath(requested))),
    readDocument: (requested) =>
      attempt('đọc văn bản cấp trên', async () => {
        const file = deps.resolvePath(requested);
        const size = (await stat(file)).size;
        if (size > DEFAULT_IMPORT_LIMITS.maxFileBytes) throw new UserError(IMPORT_MESSAGES.tooLarge(DEFAULT_IMPORT_LIMITS.maxFileBytes));
        const outcome = await importDocument(new Uint8Array(await readFile(file)), path.basename(file));
        if (!outcome.ok) throw new UserError(outcome.error);
        return { text: outcome.text, facts: outcome.facts };
      }),
  };
}

function withJson(file: string): string {
  return file.toLowerCase().endsWith('.json') ? file : `${file}.json`;
}

/** `<data folder>/library`, unless the settings name another folder (a shared one). */
export function libraryFolder(dataDir: string, configured: string | undefined, confine: (p: string) => string): { dir: string; chosen: boolean } {
  if (configured === undefined || configured.trim() === '') return { dir: path.join(dataDir, 'library'), chosen: false };
  return { dir: confine(configured), chosen: true };
}
