import type { ImportOutcome } from '../../core/import/imported-text';

/**
 * Reads a parent document's full text and header facts from a Word, PDF or text file. The CLI's
 * `library import` takes one by injection (tests pass a fake).
 */
export type DocumentImporter = (bytes: Uint8Array, fileName: string) => Promise<ImportOutcome>;

/**
 * WIRE-IMPORTER: the one place where the real reader (electron/services/import/index.ts,
 * `importDocument(bytes, fileName)`) is plugged in once it is merged:
 *   export const defaultDocumentImporter: DocumentImporter = importDocument;
 * Until then Word/PDF/text files are refused with one sentence; library files (.json) work.
 */
export const defaultDocumentImporter: DocumentImporter = async (_bytes, fileName) => ({
  ok: false,
  error: `Phiên bản này chưa đọc được tệp "${fileName}" (Word, PDF, văn bản); hãy nhập tệp thư viện .json hoặc cập nhật ứng dụng.`,
});
