import type { ImportedText, SuggestedFacts } from '../../core/import/imported-text';
import type { LibraryEntry } from '../../core/library/library-entry';
import type { ListedEntry } from '../../core/library/library-results';
import { type LibraryEntryInput, describeEntryIssue, libraryEntryInputSchema } from '../../core/library/library-schema';
import { wouldMakeCycle } from '../../core/library/library-chain';

/**
 * The "Thêm / Sửa văn bản" form of the library screen: the entry's facts as typed (date as ISO
 * from DateInput, "" when none), the revision it was opened on, and its text kept untouched.
 */
export interface LibraryEntryForm {
  id?: string;
  /** The revision the form was opened on: 0 for a new entry. */
  revision: number;
  type: string;
  regime: 'dang' | 'nha-nuoc';
  number: string;
  symbol: string;
  date: string;
  issuer: string;
  subject: string;
  shortName: string;
  /** The library entry this one implements, "" for none. */
  implementsId: string;
  chainLink?: string;
  text?: ImportedText;
  /** The listing leaves the full text on disk and says it is there; saving without `text` keeps it. */
  textInfo?: { paragraphs: number; fileName: string };
}

export function emptyEntryForm(): LibraryEntryForm {
  return { revision: 0, type: 'Chỉ thị', regime: 'dang', number: '', symbol: '', date: '', issuer: '', subject: '', shortName: '', implementsId: '' };
}

/**
 * A new entry from a document read off a Word/PDF/text file: the facts read off its header as a
 * suggestion the clerk confirms or corrects in the form, and its full text.
 */
export function formFromImport(facts: SuggestedFacts, text: ImportedText): LibraryEntryForm {
  const empty = emptyEntryForm();
  return {
    ...empty,
    type: facts.type ?? empty.type,
    regime: facts.regime ?? empty.regime,
    number: facts.number ?? '',
    symbol: facts.symbol ?? '',
    date: facts.date ?? '',
    issuer: facts.issuer ?? '',
    subject: facts.subject ?? '',
    text,
  };
}

export function formFromEntry(e: ListedEntry): LibraryEntryForm {
  return {
    id: e.id,
    revision: e.revision,
    type: e.type,
    regime: e.regime,
    number: e.number,
    symbol: e.symbol,
    date: e.date,
    issuer: e.issuer,
    subject: e.subject,
    shortName: e.shortName ?? '',
    implementsId: e.implementsId ?? '',
    ...(e.chainLink ? { chainLink: e.chainLink } : {}),
    ...(e.text ? { text: e.text } : {}),
    ...(e.textInfo ? { textInfo: e.textInfo } : {}),
  };
}

/** What library.save receives: NFC, trimmed, empty optional fields left out. */
export function entryInput(f: LibraryEntryForm): LibraryEntryInput {
  const t = (s: string) => s.normalize('NFC').trim();
  return {
    ...(f.id ? { id: f.id } : {}),
    type: t(f.type),
    regime: f.regime,
    number: t(f.number),
    symbol: t(f.symbol),
    date: f.date,
    issuer: t(f.issuer),
    subject: t(f.subject),
    ...(t(f.shortName) ? { shortName: t(f.shortName) } : {}),
    ...(f.implementsId ? { implementsId: f.implementsId } : {}),
    ...(f.chainLink ? { chainLink: f.chainLink } : {}),
    ...(f.text ? { text: f.text } : {}),
  };
}

/** Why the form cannot be saved yet (one Vietnamese sentence), or null. Same rules as the store. */
export function entryFormError(f: LibraryEntryForm, entries: readonly LibraryEntry[]): string | null {
  const parsed = libraryEntryInputSchema.safeParse(entryInput(f));
  if (!parsed.success) return describeEntryIssue(parsed.error, 'Chưa lưu được');
  if (f.id && wouldMakeCycle(entries, f.id, f.implementsId || undefined))
    return 'Chưa lưu được: văn bản được chọn ở ô "Thực hiện văn bản" lại đang thực hiện chính văn bản này; hãy chọn văn bản khác.';
  return null;
}

/** Entries this one may implement: every other entry that would not make a loop. */
export function linkChoices(entries: readonly LibraryEntry[], id: string | undefined): LibraryEntry[] {
  return entries.filter((e) => e.id !== id && !(id && wouldMakeCycle(entries, id, e.id)));
}
