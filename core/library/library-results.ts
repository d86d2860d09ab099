import type { LibraryEntry } from './library-entry';
import type { EditableField } from './three-way-merge';

/**
 * What a save answers (shared by the store, the API and the screens). A save based on an old
 * revision is merged when the two clerks changed different fields; when they changed the same
 * field it is not written, and both versions come back so the clerk chooses.
 */
export type LibrarySaveOutcome =
  | { status: 'saved'; entry: LibraryEntry; /** Fields taken from the other clerk's newer save. */ mergedFromOther: EditableField[] }
  | { status: 'conflict'; message: string; mine: LibraryEntry; theirs: LibraryEntry; fields: EditableField[] };

/** An entry as listed: its full text left out, only said to be there. */
export type ListedEntry = LibraryEntry & { textInfo?: { paragraphs: number; fileName: string } };

/** The library as listed: its entries, and files in the folder that could not be read (never deleted). */
export interface LibraryListing {
  /** Without their full text in `library.list` (see `textInfo`); `library.get(id)` gives the whole entry. */
  entries: ListedEntry[];
  /** One Vietnamese sentence per unreadable file, naming it. */
  problems: string[];
  folder: string;
}

/** What importing a library file did. */
export interface LibraryImportSummary {
  added: number;
  completed: number;
  unchanged: number;
  /** Documents already in the library whose facts differ in the file: the library's are kept. */
  differing: string[];
  /** One Vietnamese sentence summing it up, for the toast and the CLI. */
  message: string;
}
