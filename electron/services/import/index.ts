/**
 * Import of a document's full text (issue 9): a parent for the library, or a Word plan to open.
 *
 * Public API (Node; used by the library service, the CLI and the browser-mode server):
 *
 *   importDocument(bytes: Uint8Array, fileName: string, limits?: Partial<ImportLimits>): Promise<ImportOutcome>
 *     → { ok: true, text: ImportedText, facts: SuggestedFacts } | { ok: false, error: <one Vietnamese sentence> }
 *     Never throws. The format is told by the content, not the name: a zip is a DOCX, "%PDF" a PDF,
 *     an OLE container an encrypted Office file or an old .doc, anything else text (UTF-8/16, TCVN3,
 *     VNI). Nothing is written anywhere: on refusal there is nothing to store.
 *   DEFAULT_IMPORT_LIMITS, ImportLimits: file 50 MB; DOCX 200 MB inflated, 2000 entries; PDF 2000 pages.
 *   IMPORT_MESSAGES: the refusal sentences (tests and callers may compare with them).
 *
 * Pure helpers the readers use, for the Word-plan opener and coverage (core/import):
 *   recogniseNumbering / parseNumberingLabel (numbering.ts), suggestFacts (header-facts.ts).
 */
import { suggestFacts } from '../../../core/import/header-facts';
import type { ImportOutcome, ImportedText } from '../../../core/import/imported-text';
import { readDocx } from './docx-reader';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';
import { IMPORT_MESSAGES, ImportRefusal } from './messages';
import { readPdf } from './pdf-reader';
import { readText } from './text-reader';

export { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';
export { IMPORT_MESSAGES } from './messages';

export type DetectedFormat = 'docx' | 'pdf' | 'ole' | 'txt';

/** The format by the first bytes: PK\3\4 (or an empty zip's PK\5\6), %PDF, the OLE signature. */
export function detectFormat(bytes: Uint8Array): DetectedFormat {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'docx';
  // A PDF may have a few bytes of junk before its header; readers accept it within the first KiB.
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  return 'txt';
}

export async function importDocument(bytes: Uint8Array, fileName: string, limits: Partial<ImportLimits> = {}): Promise<ImportOutcome> {
  const caps: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  try {
    if (bytes.length === 0) throw new ImportRefusal(IMPORT_MESSAGES.empty);
    if (bytes.length > caps.maxFileBytes) throw new ImportRefusal(IMPORT_MESSAGES.tooLarge(caps.maxFileBytes));
    const text = await read(bytes, fileName, caps);
    if (text.paragraphs.length === 0) throw new ImportRefusal(IMPORT_MESSAGES.noText);
    return { ok: true, text, facts: suggestFacts(text) };
  } catch (err) {
    if (err instanceof ImportRefusal) return { ok: false, error: err.message };
    // A library's own words (English) go to the log; the clerk gets one Vietnamese sentence.
    console.error(`[kehoach] import ${fileName}:`, err);
    return { ok: false, error: IMPORT_MESSAGES.unexpected };
  }
}

function read(bytes: Uint8Array, fileName: string, limits: ImportLimits): Promise<ImportedText> {
  switch (detectFormat(bytes)) {
    case 'docx':
      return readDocx(bytes, fileName, limits);
    case 'pdf':
      return readPdf(bytes, fileName, limits);
    case 'ole':
      throw new ImportRefusal(isEncryptedOffice(bytes) ? IMPORT_MESSAGES.encryptedOffice : IMPORT_MESSAGES.legacyDoc);
    case 'txt':
      return Promise.resolve(readText(bytes, fileName));
  }
}

/** A password-protected DOCX is an OLE container holding the streams "EncryptionInfo" and "EncryptedPackage". */
function isEncryptedOffice(bytes: Uint8Array): boolean {
  const name = new Uint8Array([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));
  outer: for (let i = 0; i + name.length <= bytes.length; i += 1) {
    for (let k = 0; k < name.length; k += 1) if (bytes[i + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}
