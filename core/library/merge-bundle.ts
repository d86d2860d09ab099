import { documentKey } from '../model/document-set';
import type { LibraryEntry } from './library-entry';

export interface BundleMerge {
  /** Entries to write: new ones, and existing ones that gained facts they lacked. */
  writes: LibraryEntry[];
  added: number;
  /** Existing entries completed from the bundle (an empty subject, a missing text or link filled). */
  completed: number;
  /** Entries of the bundle already in the library as they are. */
  unchanged: number;
  /** Entries whose facts differ from the library's copy: the library's are kept (listed for the clerk). */
  differing: string[];
  /** Bundle id → library id. */
  idMap: Map<string, string>;
}

const blank = (v: string | undefined): boolean => v === undefined || v.trim() === '';

/**
 * Merges a bundle (another office's library) into this library. One document is one entry: a
 * bundle entry with the same `documentKey` (type, number, symbol, date, issuer) as an entry here
 * is that entry, and only fills what it lacks — a clerk's own facts are never overwritten by an
 * import. New entries keep their id unless it is taken; every `implementsId` is remapped so
 * chains still join up. New and completed entries get `revision` + 1 and the import's time.
 */
export function mergeBundle(library: readonly LibraryEntry[], incoming: readonly LibraryEntry[], at: Date, by?: string): BundleMerge {
  const byKey = new Map(library.map((e) => [documentKey(e), e] as const));
  const usedIds = new Set(library.map((e) => e.id));
  const idMap = new Map<string, string>();
  const result = new Map<string, LibraryEntry>();
  const stamp = { updatedAt: at.toISOString(), ...(by ? { updatedBy: by } : {}) };
  let added = 0;
  let completed = 0;
  let unchanged = 0;
  const differing: string[] = [];

  // First pass: decide every bundle entry's id, so links can be remapped whatever their order.
  const plan: Array<{ entry: LibraryEntry; target: LibraryEntry | undefined }> = [];
  for (const entry of incoming) {
    const key = documentKey(entry);
    const target = byKey.get(key);
    if (target) {
      idMap.set(entry.id, target.id);
      plan.push({ entry, target });
      continue;
    }
    let id = entry.id;
    while (usedIds.has(id)) id = `${id}-x`;
    usedIds.add(id);
    idMap.set(entry.id, id);
    const fresh: LibraryEntry = { ...entry, id };
    byKey.set(key, fresh);
    plan.push({ entry, target: undefined });
  }
  const libraryIds = new Set(library.map((e) => e.id));
  const remap = (link: string | undefined): string | undefined => {
    if (link === undefined) return undefined;
    return idMap.get(link) ?? (libraryIds.has(link) ? link : undefined);
  };

  for (const { entry, target } of plan) {
    const link = remap(entry.implementsId);
    const id = idMap.get(entry.id)!;
    if (!target) {
      if (result.has(id)) continue;
      const { implementsId: _drop, ...rest } = entry;
      result.set(id, { ...rest, id, ...(link !== undefined && link !== id ? { implementsId: link } : {}), revision: entry.revision + 1, ...stamp });
      added += 1;
      continue;
    }
    const base = result.get(target.id) ?? target;
    const next: LibraryEntry = { ...base };
    let changed = false;
    if (blank(next.subject) && !blank(entry.subject)) ((next.subject = entry.subject), (changed = true));
    if (blank(next.shortName) && !blank(entry.shortName)) ((next.shortName = entry.shortName), (changed = true));
    if (blank(next.chainLink) && !blank(entry.chainLink)) ((next.chainLink = entry.chainLink), (changed = true));
    if (next.implementsId === undefined && link !== undefined && link !== next.id) ((next.implementsId = link), (changed = true));
    if (!next.text && entry.text) ((next.text = entry.text), (changed = true));
    const differs =
      (!blank(entry.subject) && entry.subject !== next.subject) ||
      (!blank(entry.shortName) && entry.shortName !== next.shortName) ||
      (link !== undefined && link !== next.implementsId);
    if (differs) differing.push(target.id);
    if (changed) {
      if (!result.has(target.id)) completed += 1;
      result.set(target.id, { ...next, revision: target.revision + 1, ...stamp });
    } else if (!differs && !result.has(target.id)) unchanged += 1;
  }
  return { writes: [...result.values()], added, completed, unchanged, differing: [...new Set(differing)], idMap };
}
