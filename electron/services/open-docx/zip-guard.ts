import { DEFAULT_IMPORT_LIMITS } from '../import/limits';
import { IMPORT_MESSAGES, ImportRefusal } from '../import/messages';
import { readZipDirectory } from '../import/zip-directory';

/**
 * Checks a .docx package before anything is inflated, with the import's reader of the zip's
 * central directory (electron/services/import/zip-directory.ts, ZIP64 included): a zip bomb, a
 * file with thousands of entries or an encrypted package is refused from a few hundred bytes of
 * reading. Returns null when the package may be opened, else why not (a code the caller words).
 */

export type ZipRefusal = 'not-zip' | 'encrypted' | 'too-large';

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

export const DOCX_ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxUncompressedBytes: 200 * 1024 * 1024 };

/** An OLE compound file: how Word stores a password-protected .docx (and old .doc files). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

export function checkZip(bytes: Uint8Array, limits: ZipLimits = DOCX_ZIP_LIMITS): ZipRefusal | null {
  if (isOleCompoundFile(bytes)) return 'encrypted';
  try {
    const entries = readZipDirectory(bytes, { ...DEFAULT_IMPORT_LIMITS, maxZipEntries: limits.maxEntries, maxUncompressedBytes: limits.maxUncompressedBytes });
    return entries.some((e) => e.encrypted) ? 'encrypted' : null;
  } catch (err) {
    if (!(err instanceof ImportRefusal)) throw err;
    return err.message === IMPORT_MESSAGES.zipBomb ? 'too-large' : 'not-zip';
  }
}
