import type { DocumentRef, NestedDocument } from '../model/document-ref';
import { chainOf } from '../model/document-set';
import type { LibraryEntry } from './library-entry';

/** The entry's facts as a plan cites them: no revision, no time, no full text. */
export function entryFacts(entry: LibraryEntry): DocumentRef {
  const { revision: _r, updatedAt: _u, updatedBy: _b, text: _t, ...facts } = entry;
  return facts;
}

/** The entry, the entry it implements, that one's parent … (cycle-safe: a loop ends where it would repeat). */
export function entryChain(entries: readonly LibraryEntry[], id: string): LibraryEntry[] {
  const start = entries.find((e) => e.id === id);
  if (!start) return [];
  return chainOf({ documents: entries as LibraryEntry[] }, start) as LibraryEntry[];
}

/**
 * The entry with its whole chain as nested documents, the form a new plan's base takes
 * (answers.bases, the form's BaseForm via documentToBase, then flattenNested): picking one entry
 * as a base brings the documents it implements along.
 */
export function nestedFromLibrary(entries: readonly LibraryEntry[], id: string): NestedDocument | undefined {
  const chain = entryChain(entries, id);
  let nested: NestedDocument | undefined;
  for (const entry of [...chain].reverse()) {
    const { implementsId: _link, ...facts } = entryFacts(entry);
    nested = nested ? { ...facts, implements: nested } : facts;
  }
  return nested;
}

/** Entries that `id`'s chain would pass through if it linked to `target`: a link making a loop is refused by the form. */
export function wouldMakeCycle(entries: readonly LibraryEntry[], id: string, target: string | undefined): boolean {
  if (target === undefined) return false;
  return target === id || entryChain(entries, target).some((e) => e.id === id);
}
