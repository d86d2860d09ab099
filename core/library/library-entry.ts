import type { DocumentRef } from '../model/document-ref';
import type { ImportedText } from '../import/imported-text';

/**
 * One parent document in the office's library (issue 9). Its facts are a DocumentRef's (type,
 * number, symbol, date, issuer, subject, short name); `implementsId` links to another entry of
 * the library (the chain). The full text is optional and stored beside the facts.
 * Shared contract: electron/services/library stores entries, the new-plan form picks bases from
 * them (chains filled from the links), the review view shows their text.
 */
export interface LibraryEntry extends DocumentRef {
  /** Bumped on every save: two clerks saving the same entry are detected by it (shared folder). */
  revision: number;
  /** ISO timestamp of the last save, and who saved it (the OS user name or the office's name). */
  updatedAt: string;
  updatedBy?: string;
  /** The imported full text, when there is one. */
  text?: ImportedText;
}
