import type { ImportOutcome } from '../../core/import/imported-text';
import { importDocument } from '../services/import';

/**
 * Reads a parent document's full text and header facts from a Word, PDF or text file. The CLI's
 * `library import` takes one by injection (tests pass a fake).
 */
export type DocumentImporter = (bytes: Uint8Array, fileName: string) => Promise<ImportOutcome>;

/** The real reader: DOCX, PDF or text, judged by content (electron/services/import). */
export const defaultDocumentImporter: DocumentImporter = (bytes, fileName) => importDocument(bytes, fileName);
