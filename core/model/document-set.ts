import type { DocumentRef, NestedDocument } from './document-ref';

/**
 * The plan's documents as one set: `documents` holds each cited document once, `baseIds` the
 * bases in the order the opening sentence cites them; a chain is followed through
 * `implementsId`. Nested input (answers.json, version-1 drafts) is flattened here, merging
 * documents that are the same document.
 */
export interface DocumentSet {
  documents: DocumentRef[];
  baseIds: string[];
}

export function documentById(set: Pick<DocumentSet, 'documents'>, id: string | undefined): DocumentRef | undefined {
  if (id === undefined) return undefined;
  return set.documents.find((doc) => doc.id === id);
}

export function baseDocuments(set: DocumentSet): DocumentRef[] {
  return set.baseIds.map((id) => documentById(set, id)).filter((doc): doc is DocumentRef => doc !== undefined);
}

export function firstBase(set: DocumentSet): DocumentRef | undefined {
  return documentById(set, set.baseIds[0]);
}

/** A reference target that means "the top of the first base's chain", whatever its id (ids never start with "@"). */
export const ROOT_TARGET = '@root';

/** The document at the top of the first base's chain (the first base itself when it implements nothing). */
export function rootOfFirstBase(set: DocumentSet): DocumentRef | undefined {
  const first = firstBase(set);
  if (!first) return undefined;
  const chain = chainOf(set, first);
  return chain[chain.length - 1];
}

/** The document `doc` implements, if it is in the set. */
export function parentOf(set: Pick<DocumentSet, 'documents'>, doc: DocumentRef): DocumentRef | undefined {
  return doc.implementsId === undefined || doc.implementsId === doc.id ? undefined : documentById(set, doc.implementsId);
}

/** `doc`, the document it implements, that one's parent … A cycle ends the chain where it would repeat. */
export function chainOf(set: Pick<DocumentSet, 'documents'>, doc: DocumentRef): DocumentRef[] {
  const out: DocumentRef[] = [];
  for (let cur: DocumentRef | undefined = doc; cur && !out.includes(cur); cur = parentOf(set, cur)) out.push(cur);
  return out;
}

/** Ids that would make a chain go round: `implementsId` pointing back into its own chain. */
export function cyclicDocumentIds(set: Pick<DocumentSet, 'documents'>): string[] {
  return set.documents
    .filter((doc) => {
      const chain = chainOf(set, doc);
      const last = chain[chain.length - 1];
      const next = last ? parentOf(set, last) : undefined;
      return next !== undefined && chain.includes(next);
    })
    .map((doc) => doc.id);
}

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Two entries are the same document when type, number, symbol, date and issuer agree (case and
 * spacing aside): "Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị" typed as a base and
 * again as the parent of another base is one document.
 */
export function documentKey(doc: Pick<DocumentRef, 'type' | 'number' | 'symbol' | 'date' | 'issuer'>): string {
  return [doc.type, doc.number.replace(/^0+(?=\d)/, ''), doc.symbol, doc.date, doc.issuer].map(norm).join('\u0000');
}

type NestedInput = Omit<NestedDocument, 'id' | 'implements'> & { id?: string; implements?: NestedInput };

/** Fills what one entry left empty from the other (the first entry wins where both have a value). */
function mergeFacts(kept: DocumentRef, other: Omit<DocumentRef, 'id'>): DocumentRef {
  const merged: DocumentRef = { ...kept };
  if (merged.subject.trim() === '' && other.subject.trim() !== '') merged.subject = other.subject;
  if (!merged.shortName && other.shortName) merged.shortName = other.shortName;
  if (!merged.chainLink && other.chainLink) merged.chainLink = other.chainLink;
  if (merged.implementsId === undefined && other.implementsId !== undefined) merged.implementsId = other.implementsId;
  return merged;
}

export interface FlattenResult extends DocumentSet {
  /** Old id (as given in the nested input) → id in the set, for retargeting references. */
  idMap: Map<string, string>;
}

/**
 * Nested bases → one set. Ids given in the input are kept; missing ones are generated as before
 * (`base-1`, its parent `base-1-up`, …) so templates' `{{cite … base=N up=M}}` keep pointing right.
 */
export function flattenNested(bases: NestedInput[]): FlattenResult {
  const documents: DocumentRef[] = [];
  const byKey = new Map<string, DocumentRef>();
  const idMap = new Map<string, string>();
  const usedIds = new Set<string>();

  const add = (input: NestedInput, fallbackId: string, depth: number): string => {
    // A chain deeper than any real one is a malformed input, not a document: stop there.
    const parentId = input.implements && depth < 64 ? add(input.implements, `${fallbackId}-up`, depth + 1) : undefined;
    const { implements: _nested, id: givenId, ...facts } = input;
    const candidate: Omit<DocumentRef, 'id'> = { ...facts, ...(parentId !== undefined ? { implementsId: parentId } : {}) };
    const key = documentKey(candidate);
    const existing = byKey.get(key);
    if (existing) {
      const index = documents.indexOf(existing);
      const merged = mergeFacts(existing, candidate);
      documents[index] = merged;
      byKey.set(key, merged);
      if (givenId !== undefined) idMap.set(givenId, merged.id);
      idMap.set(fallbackId, merged.id);
      return merged.id;
    }
    let id = givenId ?? fallbackId;
    while (usedIds.has(id)) id = `${id}-x`;
    usedIds.add(id);
    if (givenId !== undefined) idMap.set(givenId, id);
    idMap.set(fallbackId, id);
    const doc: DocumentRef = { ...candidate, id };
    documents.push(doc);
    byKey.set(key, doc);
    return id;
  };

  const baseIds: string[] = [];
  bases.forEach((base, i) => {
    const id = add(base, `base-${i + 1}`, 0);
    if (!baseIds.includes(id)) baseIds.push(id);
  });
  // Parents were added before their children; list bases first, then the rest in chain order.
  const order = (doc: DocumentRef): number => {
    const i = baseIds.indexOf(doc.id);
    return i >= 0 ? i : baseIds.length + documents.indexOf(doc);
  };
  documents.sort((a, b) => order(a) - order(b));
  return { documents, baseIds, idMap };
}
