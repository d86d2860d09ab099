import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LibraryEntry } from '../../../core/library/library-entry';
import { type LibraryEntryInput, describeEntryIssue, libraryEntryInputSchema, libraryEntrySchema } from '../../../core/library/library-schema';
import type { LibraryImportSummary, LibraryListing, LibrarySaveOutcome } from '../../../core/library/library-results';
import { type EditableField, EDITABLE_FIELDS, FIELD_NAMES_VI, mergeThreeWay } from '../../../core/library/three-way-merge';
import { mergeBundle } from '../../../core/library/merge-bundle';
import { makeBundle, parseBundle, serializeBundle, type LibraryBundle } from '../../../core/library/library-bundle';
import { wouldMakeCycle } from '../../../core/library/library-chain';
import { numberSymbol } from '../../../core/citation/numbers';
import { cleanText } from '../../../core/text/clean-text';
import { type AtomicWriteIo, atomicWrite } from '../atomic-write';
import { UserError } from '../errors';
import { withEntryLock } from './entry-lock';

/** An entry with its full text of a few hundred pages is well under this; a bigger file is not ours. */
export const MAX_ENTRY_BYTES = 20 * 1024 * 1024;
/** A library file to import: a few thousand entries with their texts. */
export const MAX_BUNDLE_BYTES = 100 * 1024 * 1024;
/** Earlier revisions kept per entry, for merging a save based on one of them. */
const KEPT_REVISIONS = 10;

/** Ids become file names: letters, digits, "-" and "_" only. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

export interface LibraryStoreOptions {
  /** The library folder: `<dataDir>/library`, or a shared folder set in the settings. */
  dir: string;
  now?: () => Date;
  /** Who saves (shown to the other clerk on a conflict); default the OS user name. */
  user?: string;
  io?: AtomicWriteIo;
  maxBundleBytes?: number;
  /**
   * A folder the clerk chose (a shared one): when it is missing the network is down or the path
   * is wrong, so it is reported, never taken for an empty library nor created.
   */
  mustExist?: boolean;
}

const newId = (): string => `vb-${randomBytes(6).toString('hex')}`;

/** "Chỉ thị số 32-CT/TU": how an entry is named in messages. */
export function entryName(e: Pick<LibraryEntry, 'type' | 'regime' | 'number' | 'symbol'>): string {
  const code = numberSymbol(e);
  return code ? `${e.type} số ${code}` : e.type;
}

/**
 * The library on disk: one JSON file per entry in its folder (`<id>.json`), earlier revisions in
 * `.revisions/<id>/<revision>.json`. The folder may be shared by several clerks: every write is
 * atomic, and a save names the revision it was based on, so a newer save by someone else is
 * merged field by field or, when both changed one field, brought back for the clerk to choose.
 */
export class LibraryStore {
  readonly dir: string;
  private readonly now: () => Date;
  private readonly user: string;
  private readonly io: AtomicWriteIo | undefined;
  private readonly maxBundleBytes: number;
  private readonly mustExist: boolean;

  constructor(options: LibraryStoreOptions) {
    this.dir = options.dir;
    this.now = options.now ?? (() => new Date());
    this.user = options.user ?? safeUserName();
    this.io = options.io;
    this.maxBundleBytes = options.maxBundleBytes ?? MAX_BUNDLE_BYTES;
    this.mustExist = options.mustExist ?? false;
  }

  private missingFolder(): UserError {
    return new UserError(`Không tìm thấy thư mục thư viện ${this.dir}; hãy kiểm tra kết nối mạng hoặc chọn lại thư mục trong "Thư viện văn bản".`);
  }

  private async ensureFolder(): Promise<void> {
    if (!this.mustExist) {
      await fsp.mkdir(this.dir, { recursive: true });
      return;
    }
    const stat = await fsp.stat(this.dir).catch(() => null);
    if (!stat?.isDirectory()) throw this.missingFolder();
  }

  private file(id: string): string {
    if (!SAFE_ID.test(id)) throw new UserError('Mã văn bản trong thư viện không hợp lệ; hãy tải lại danh sách rồi thử lại.');
    return path.join(this.dir, `${id}.json`);
  }

  private revisionFile(id: string, revision: number): string {
    return path.join(this.dir, '.revisions', id, `${revision}.json`);
  }

  async list(): Promise<LibraryListing> {
    const names = await fsp.readdir(this.dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' && !this.mustExist) return [] as string[];
      if (err.code === 'ENOENT') throw this.missingFolder();
      throw err;
    });
    const entries: LibraryEntry[] = [];
    const problems: string[] = [];
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
      const read = await this.readFile(path.join(this.dir, name));
      if (read.ok) entries.push(read.entry);
      else if (read.problem) problems.push(read.problem);
    }
    return { entries, problems, folder: this.dir };
  }

  async get(id: string): Promise<LibraryEntry | undefined> {
    const read = await this.readFile(this.file(id));
    if (read.ok) return read.entry;
    if (read.problem) throw new UserError(read.problem);
    return undefined;
  }

  /**
   * Saves what the clerk typed. `baseRevision` is the revision the form was opened on (0 for a new
   * entry). Newer revision on disk: merged when the changes touch different fields, else a conflict
   * with both versions, nothing written.
   */
  async save(input: unknown, baseRevision: number): Promise<LibrarySaveOutcome> {
    const parsed = libraryEntryInputSchema.safeParse(input);
    if (!parsed.success) throw new UserError(describeEntryIssue(parsed.error, 'Không lưu được văn bản vào thư viện'));
    const facts = cleanFacts(parsed.data);
    const id = facts.id ?? newId();
    this.file(id);
    await this.ensureFolder();
    return withEntryLock(this.dir, id, async () => {
      // Only the entry and the chain above its new link are read, not the whole (possibly shared, remote) folder.
      const chain = facts.implementsId !== undefined ? await this.chainFrom(facts.implementsId) : [];
      if (facts.implementsId !== undefined && chain.length === 0)
        throw new UserError('Không lưu được: văn bản ở ô "Thực hiện văn bản" không còn trong thư viện; hãy chọn lại.');
      if (wouldMakeCycle(chain, id, facts.implementsId))
        throw new UserError('Không lưu được: văn bản được chọn ở ô "Thực hiện văn bản" lại đang thực hiện chính văn bản này; hãy chọn văn bản khác.');
      const read = await this.readFile(this.file(id));
      const current = read.ok ? read.entry : undefined;
      // A save without `text` leaves the full text alone: the listing sends entries without it.
      const textGiven = facts.text !== undefined;
      const mine = pickFacts({ ...facts, text: facts.text ?? undefined } as Partial<LibraryEntry>);
      if (!current || current.revision <= baseRevision) {
        if (!textGiven && current?.text) mine.text = current.text;
        return { status: 'saved', entry: await this.write(id, mine, current?.revision ?? baseRevision), mergedFromOther: [] };
      }

      const base = baseRevision > 0 ? await this.readRevision(id, baseRevision) : undefined;
      if (!textGiven) mine.text = base ? base.text : current.text;
      const theirs = pickFacts(current);
      const merged = base ? mergeThreeWay(pickFacts(base), mine, theirs) : { ok: false as const, conflicts: differingFields(mine, theirs) };
      if (merged.ok) return { status: 'saved', entry: await this.write(id, merged.merged, current.revision), mergedFromOther: merged.fromTheirs };
      const myVersion: LibraryEntry = { ...current, ...blankOptional(), ...mine, id, revision: current.revision, updatedAt: this.now().toISOString(), updatedBy: this.user };
      return { status: 'conflict', message: conflictSentence(current, merged.conflicts), mine: myVersion, theirs: current, fields: merged.conflicts };
    });
  }

  /** Deletes an entry no other entry implements (a chain is never cut silently). */
  async delete(id: string): Promise<void> {
    const file = this.file(id);
    await withEntryLock(this.dir, id, async () => {
      const all = (await this.list()).entries;
      const children = all.filter((e) => e.implementsId === id);
      if (children.length > 0)
        throw new UserError(`Không xóa được: ${children.map(entryName).join(', ')} đang thực hiện văn bản này; hãy bỏ liên kết ở đó trước rồi xóa.`);
      await fsp.unlink(file).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      await fsp.rm(path.join(this.dir, '.revisions', id), { recursive: true, force: true });
    });
  }

  async exportBundle(exportedBy?: string): Promise<LibraryBundle> {
    const { entries } = await this.list();
    return makeBundle(entries, this.now(), exportedBy);
  }

  /** Writes the whole library as one file (atomic) at `file`. */
  async exportTo(file: string, exportedBy?: string): Promise<{ path: string; count: number }> {
    const bundle = await this.exportBundle(exportedBy);
    await atomicWrite(file, serializeBundle(bundle), this.io ? { io: this.io } : {});
    return { path: file, count: bundle.entries.length };
  }

  /** Reads a library file and merges it in; refused whole (nothing written) when it is not a valid one. */
  async importFile(file: string): Promise<LibraryImportSummary> {
    const stat = await fsp.stat(file);
    if (stat.size > this.maxBundleBytes)
      throw new UserError(`Tệp thư viện "${path.basename(file)}" lớn ${mb(stat.size)} MB, quá giới hạn ${mb(this.maxBundleBytes)} MB; hãy xuất lại thư viện nhỏ hơn hoặc chia thành nhiều tệp.`);
    const text = await fsp.readFile(file, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw new UserError(`Tệp "${path.basename(file)}" không phải tệp thư viện hợp lệ (không đọc được nội dung JSON); hãy chọn tệp đã xuất bằng "Xuất thư viện".`);
    }
    const parsed = parseBundle(json);
    if (!parsed.ok) throw new UserError(parsed.error);
    return this.importEntries(parsed.bundle.entries);
  }

  /** Merges entries (a bundle's, or one imported document) into the library. */
  async importEntries(incoming: LibraryEntry[]): Promise<LibraryImportSummary> {
    await this.ensureFolder();
    const safe = withSafeIds(incoming);
    const { entries } = await this.list();
    const merge = mergeBundle(entries, safe, this.now(), this.user);
    for (const entry of merge.writes) {
      // Each write under the entry's lock, re-checked against what is on disk now.
      await withEntryLock(this.dir, entry.id, async () => {
        const current = await this.readFile(this.file(entry.id));
        if (current.ok && current.entry.revision >= entry.revision) return;
        await this.writeEntry(entry);
      });
    }
    return { added: merge.added, completed: merge.completed, unchanged: merge.unchanged, differing: merge.differing, message: importSentence(merge.added, merge.completed, merge.unchanged, merge.differing.length) };
  }

  private async write(id: string, facts: Partial<LibraryEntry>, previousRevision: number): Promise<LibraryEntry> {
    const entry = libraryEntrySchema.parse({ ...facts, id, revision: previousRevision + 1, updatedAt: this.now().toISOString(), updatedBy: this.user });
    await this.writeEntry(entry);
    return entry;
  }

  private async writeEntry(entry: LibraryEntry): Promise<void> {
    const text = `${JSON.stringify(entry, null, 1)}\n`;
    const options = this.io ? { io: this.io } : {};
    // The revision copy first: a base for merging must exist before anyone can read the revision.
    await atomicWrite(this.revisionFile(entry.id, entry.revision), text, options);
    await atomicWrite(this.file(entry.id), text, options);
    await this.pruneRevisions(entry.id, entry.revision);
  }

  private async pruneRevisions(id: string, latest: number): Promise<void> {
    const dir = path.join(this.dir, '.revisions', id);
    const names = await fsp.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const rev = Number.parseInt(name, 10);
      if (Number.isFinite(rev) && rev <= latest - KEPT_REVISIONS) await fsp.unlink(path.join(dir, name)).catch(() => undefined);
    }
  }

  /** The entry `id` and the entries above it, following links file by file (a loop or a missing link ends it). */
  private async chainFrom(id: string): Promise<LibraryEntry[]> {
    const chain: LibraryEntry[] = [];
    for (let next: string | undefined = id; next !== undefined && chain.length < 64 && !chain.some((e) => e.id === next); ) {
      if (!SAFE_ID.test(next)) break;
      const read = await this.readFile(this.file(next));
      if (!read.ok) break;
      chain.push(read.entry);
      next = read.entry.implementsId;
    }
    return chain;
  }

  private async readRevision(id: string, revision: number): Promise<LibraryEntry | undefined> {
    const read = await this.readFile(this.revisionFile(id, revision));
    return read.ok ? read.entry : undefined;
  }

  private async readFile(file: string): Promise<{ ok: true; entry: LibraryEntry } | { ok: false; problem?: string }> {
    const name = path.basename(file);
    let text: string;
    try {
      const stat = await fsp.stat(file);
      if (stat.size > MAX_ENTRY_BYTES) return { ok: false, problem: `Tệp "${name}" trong thư viện lớn quá ${mb(MAX_ENTRY_BYTES)} MB nên bị bỏ qua; hãy chuyển nó ra khỏi thư mục thư viện.` };
      text = await fsp.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false };
      throw err;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, problem: `Tệp "${name}" trong thư viện bị hỏng (không đọc được) nên bị bỏ qua; hãy xóa nó hoặc nhập lại văn bản.` };
    }
    const parsed = libraryEntrySchema.safeParse(json);
    if (!parsed.success) return { ok: false, problem: describeEntryIssue(parsed.error, `Tệp "${name}" trong thư viện bị bỏ qua vì không hợp lệ`) };
    if (`${parsed.data.id}.json` !== name && !file.includes(`${path.sep}.revisions${path.sep}`))
      return { ok: false, problem: `Tệp "${name}" trong thư viện mang mã khác tên tệp nên bị bỏ qua; hãy đổi tên tệp thành "${parsed.data.id}.json".` };
    return { ok: true, entry: parsed.data };
  }
}

type Facts = Partial<Pick<LibraryEntry, EditableField>>;

function pickFacts(e: Partial<LibraryEntry>): Facts {
  const out: Record<string, unknown> = {};
  for (const f of EDITABLE_FIELDS) if (e[f] !== undefined) out[f] = e[f];
  return out as Facts;
}

const blankOptional = (): Partial<LibraryEntry> => ({ shortName: undefined, implementsId: undefined, chainLink: undefined, text: undefined });

function differingFields(a: Facts, b: Facts): EditableField[] {
  return EDITABLE_FIELDS.filter((f) => JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null));
}

/** Text typed in the form: NFC, controls removed, outer spaces trimmed; empty optional fields dropped. */
function cleanFacts(input: LibraryEntryInput): LibraryEntryInput {
  const out: Record<string, unknown> = { ...input };
  for (const key of ['type', 'number', 'symbol', 'issuer', 'subject', 'shortName', 'chainLink'] as const) {
    const v = input[key];
    if (typeof v === 'string') out[key] = cleanText(v).trim();
  }
  if (out.shortName === '') delete out.shortName;
  if (out.chainLink === '') delete out.chainLink;
  return out as LibraryEntryInput;
}

function withSafeIds(entries: LibraryEntry[]): LibraryEntry[] {
  const map = new Map<string, string>();
  for (const e of entries) if (!SAFE_ID.test(e.id)) map.set(e.id, newId());
  if (map.size === 0) return entries;
  return entries.map((e) => {
    const next: LibraryEntry = { ...e, id: map.get(e.id) ?? e.id };
    if (e.implementsId !== undefined) next.implementsId = map.get(e.implementsId) ?? e.implementsId;
    return next;
  });
}

function conflictSentence(theirs: LibraryEntry, fields: EditableField[]): string {
  const who = theirs.updatedBy ? `${theirs.updatedBy} ` : 'người khác ';
  return `${entryName(theirs)} vừa được ${who}sửa (${fields.map((f) => FIELD_NAMES_VI[f]).join(', ')}) sau khi anh/chị mở, hãy chọn giữ bản của mình hay bản vừa lưu.`;
}

function importSentence(added: number, completed: number, unchanged: number, differing: number): string {
  const parts = [`thêm ${added} văn bản mới`];
  if (completed > 0) parts.push(`bổ sung thông tin cho ${completed} văn bản`);
  if (unchanged > 0) parts.push(`${unchanged} văn bản đã có sẵn`);
  const kept = differing > 0 ? `; ${differing} văn bản có thông tin khác với thư viện, đã giữ thông tin của thư viện` : '';
  return `Đã nhập thư viện: ${parts.join(', ')}${kept}.`;
}

const mb = (bytes: number): string => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}
