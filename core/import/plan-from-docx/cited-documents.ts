import type { DocumentRef } from '../../model/document-ref';
import type { CitedDocument } from './citations';
import { type ImportNote, note } from './import-notes';

/** Printed where a citation named no issuer: the clerk sees the gap in the citation itself. */
export const UNKNOWN_ISSUER = '(chưa rõ cơ quan ban hành)';

/**
 * Turns documents read off the text into the plan's document set: each document once, with an id
 * made from its type, number and symbol ("ct-32-tu"). A citation that names a document of the
 * caller's library (same type, number and symbol, and the same date when both have one) becomes
 * that entry, with its own id and facts, and the entries it implements in the library come along.
 */

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

const initials = (type: string): string =>
  ascii(type)
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('');

export function documentIdFor(doc: Pick<DocumentRef, 'type' | 'number' | 'symbol'>): string {
  const body = ascii(doc.symbol).split(/[/-]/).filter(Boolean).pop() ?? '';
  return [initials(doc.type), doc.number.replace(/^0+(?=\d)/, ''), body].filter(Boolean).join('-').replace(/[^a-z0-9-]/g, '') || 'van-ban';
}

const sameNumber = (a: string, b: string): boolean => a.replace(/^0+(?=\d)/, '') === b.replace(/^0+(?=\d)/, '');
const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, '').toLowerCase();

export function findInLibrary(doc: Omit<DocumentRef, 'id'>, library: DocumentRef[]): DocumentRef | undefined {
  return library.find(
    (entry) =>
      norm(entry.type) === norm(doc.type) &&
      sameNumber(entry.number, doc.number) &&
      norm(entry.symbol) === norm(doc.symbol) &&
      (entry.date === '' || doc.date === '' || entry.date === doc.date),
  );
}

export class DocumentCollector {
  readonly documents: DocumentRef[] = [];
  /** Ids that came from the library: their references stay live even when the text differs. */
  readonly fromLibrary = new Set<string>();
  readonly notes: ImportNote[] = [];

  constructor(private readonly library: DocumentRef[]) {}

  /** Adds a cited document and its chain; returns its id. */
  add(cited: CitedDocument): string {
    const { implements: parent, ...facts } = cited;
    const known = findInLibrary(facts, this.library);
    if (known) return this.addLibraryEntry(known);
    const existing = this.documents.find(
      (d) => norm(d.type) === norm(facts.type) && sameNumber(d.number, facts.number) && norm(d.symbol) === norm(facts.symbol) && d.date === facts.date,
    );
    if (existing) return existing.id;
    const doc: DocumentRef = { id: this.uniqueId(documentIdFor(facts)), ...facts };
    if (doc.issuer.trim() === '' && (doc.number !== '' || doc.symbol !== '')) {
      doc.issuer = UNKNOWN_ISSUER;
      this.notes.push(note('Trích dẫn văn bản không ghi cơ quan ban hành; hãy nhập cơ quan ban hành trong phần văn bản căn cứ.', `${doc.type} ${doc.number}${doc.regime === 'dang' ? '-' : '/'}${doc.symbol}`));
    }
    this.documents.push(doc);
    if (parent) doc.implementsId = this.add(parent);
    return doc.id;
  }

  private addLibraryEntry(entry: DocumentRef): string {
    if (this.documents.some((d) => d.id === entry.id)) return entry.id;
    const doc: DocumentRef = { ...entry };
    this.documents.push(doc);
    this.fromLibrary.add(doc.id);
    const parent = entry.implementsId ? this.library.find((d) => d.id === entry.implementsId) : undefined;
    if (parent) this.addLibraryEntry(parent);
    else delete doc.implementsId;
    return doc.id;
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.documents.some((d) => d.id === id); n += 1) id = `${base}-${n}`;
    return id;
  }
}
