import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatShortDate } from '../../core/citation/dates';
import { numberSymbol } from '../../core/citation/numbers';
import type { LibraryEntry } from '../../core/library/library-entry';
import { looksLikeBundle } from '../../core/library/library-bundle';
import { describeEntryIssue, libraryEntryInputSchema } from '../../core/library/library-schema';
import { byDateDesc, searchLibrary } from '../../core/library/search';
import { explainError, UserError } from '../services/errors';
import { LibraryStore, MAX_BUNDLE_BYTES } from '../services/library/library-store';
import { type ParsedArgs, allowOnly } from './args';
import { CliError, oneLine, usageError } from './cli-error';
import type { CliIo } from './cli-io';
import { type DocumentImporter, defaultDocumentImporter } from './document-importer';
import { entryFromImport } from './entry-from-import';
import { cliLibraryFolder } from './library-folder';
import { parseJsonInput } from './read-input';
import type { CliCommand } from './cli-command';

export interface LibraryCommandDeps {
  importDocument?: DocumentImporter;
  now?: () => Date;
}

/** kehoach library list [từ khóa] | kehoach library import <tệp> */
export async function commandLibrary(args: ParsedArgs, io: CliIo, deps: LibraryCommandDeps = {}): Promise<void> {
  const [sub, ...rest] = args.positionals;
  const store = () => {
    const folder = cliLibraryFolder(args, io);
    return new LibraryStore({ dir: folder.dir, mustExist: folder.chosen, ...(deps.now ? { now: deps.now } : {}) });
  };
  try {
    if (sub === 'list') {
      allowOnly(args, 'library list', ['json', 'data-dir']);
      return await listCommand(store(), rest.join(' '), args.options.json === true, io);
    }
    if (sub === 'import') {
      allowOnly(args, 'library import', ['json', 'data-dir', ...FACT_OPTIONS]);
      if (rest.length === 0) throw usageError('thiếu tệp cần nhập: kehoach library import <tệp>.');
      if (rest.length > 1) throw usageError(`thừa tham số "${rest[1]}".`);
      return await importCommand(store(), rest[0]!, args, io, deps.importDocument ?? defaultDocumentImporter);
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    if (err instanceof UserError) throw new CliError(oneLine(err.message));
    throw new CliError(oneLine(explainError(err, sub === 'list' ? 'đọc thư viện' : 'nhập vào thư viện')));
  }
  if (sub === undefined) throw usageError('thiếu lệnh con của "library" (list hoặc import).');
  throw usageError(`lệnh "library" không có lệnh con "${sub}"; hãy dùng list hoặc import.`);
}

/** The stable JSON shape of one entry (no full text: `hasText` says whether there is one). */
function entryJson(e: LibraryEntry) {
  return {
    id: e.id,
    type: e.type,
    regime: e.regime,
    number: e.number,
    symbol: e.symbol,
    numberSymbol: numberSymbol(e),
    date: e.date,
    issuer: e.issuer,
    subject: e.subject,
    shortName: e.shortName ?? null,
    implementsId: e.implementsId ?? null,
    revision: e.revision,
    updatedAt: e.updatedAt,
    updatedBy: e.updatedBy ?? null,
    hasText: e.text !== undefined,
  };
}

async function listCommand(store: LibraryStore, query: string, json: boolean, io: CliIo): Promise<void> {
  const listing = await store.list();
  const entries = query.trim() !== '' ? searchLibrary(listing.entries, query, 10_000).map((h) => h.entry) : [...listing.entries].sort((a, b) => byDateDesc(a, b) || a.id.localeCompare(b.id));
  for (const problem of listing.problems) io.err(`Lưu ý: ${oneLine(problem)}`);
  if (json) {
    io.out(JSON.stringify({ folder: listing.folder, count: entries.length, entries: entries.map(entryJson) }, null, 2));
    return;
  }
  if (entries.length === 0) {
    io.out(query.trim() !== '' ? `Không có văn bản nào khớp "${query}" trong thư viện ${listing.folder}.` : `Thư viện ${listing.folder} chưa có văn bản nào.`);
    return;
  }
  const rows = [['Số ký hiệu', 'Ngày', 'Loại', 'Trích yếu'], ...entries.map((e) => [numberSymbol(e) || '—', e.date ? formatShortDate(e.date) : '—', e.type, e.subject])];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  for (const row of rows) io.out(row.map((cell, c) => (c < 3 ? cell + ' '.repeat(widths[c]! - [...cell].length) : cell)).join('  ').trimEnd());
  io.out(`(${entries.length} văn bản, thư mục ${listing.folder})`);
}

/** Options of `library import` that correct the facts read off a Word/PDF/text document. */
export const FACT_OPTIONS = ['type', 'number', 'symbol', 'date', 'issuer', 'subject', 'short-name'];

async function importCommand(store: LibraryStore, file: string, args: ParsedArgs, io: CliIo, importDocument: DocumentImporter): Promise<void> {
  const full = path.resolve(io.cwd, file);
  const info = await stat(full).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new CliError(`${file}: không tìm thấy tệp. Hãy kiểm tra lại đường dẫn.`);
    throw err;
  });
  if (info.isDirectory()) throw new CliError(`${file}: đây là thư mục, không phải tệp. Hãy chỉ ra một tệp.`);
  if (info.size > MAX_BUNDLE_BYTES) throw new CliError(`${file}: tệp lớn quá ${MAX_BUNDLE_BYTES / (1024 * 1024)} MB nên không nhập; hãy chia nhỏ tệp.`);
  const json = args.options.json === true;

  if (/\.json$/i.test(file)) {
    const value = parseJsonInput(file, await readFile(full, 'utf8'));
    if (looksLikeBundle(value)) {
      const summary = await store.importFile(full);
      report(io, json, { folder: store.dir, ...summary });
      return;
    }
    const list = Array.isArray(value) ? value : [value];
    const now = new Date().toISOString();
    const entries = list.map((raw, i) => {
      const parsed = libraryEntryInputSchema.safeParse(raw);
      if (!parsed.success) throw new CliError(`${file}: ${oneLine(describeEntryIssue(parsed.error, list.length > 1 ? `văn bản thứ ${i + 1} không hợp lệ` : 'văn bản không hợp lệ'))}`);
      return { ...parsed.data, id: parsed.data.id ?? `vb-${randomBytes(6).toString('hex')}`, revision: 0, updatedAt: now } as LibraryEntry;
    });
    const summary = await store.importEntries(entries);
    report(io, json, { folder: store.dir, ...summary });
    return;
  }

  const bytes = new Uint8Array(await readFile(full));
  const outcome = await importDocument(bytes, path.basename(file));
  if (!outcome.ok) throw new CliError(`${file}: ${oneLine(outcome.error)}`);
  const entry = entryFromImport(outcome.text, outcome.facts, args.options);
  if (!entry.ok) throw new CliError(`${file}: ${entry.error}`);
  const summary = await store.importEntries([entry.entry]);
  report(io, json, { folder: store.dir, ...summary, facts: entryJson(entry.entry) });
}

function report(io: CliIo, json: boolean, summary: { folder: string; added: number; completed: number; unchanged: number; differing: string[]; message: string; facts?: unknown }): void {
  if (json) io.out(JSON.stringify(summary, null, 2));
  else io.out(`${summary.message} (thư mục ${summary.folder})`);
}

/** The command as the CLI runs it (commands.ts; dist/cli/kehoach-library.cjs starts with it alone). */
export const command: CliCommand = {
  name: 'library',
  async run(args, io, deps) {
    await commandLibrary(args, io, deps);
    return 0;
  },
};
