/**
 * Checks a .docx package before anything is inflated: its central directory (the zip's table of
 * contents at the end of the file) states every entry's uncompressed size, so a zip bomb, a file
 * with thousands of entries or an encrypted package is refused from a few hundred bytes of reading.
 * Returns null when the package may be opened, else why not (a code the caller words).
 */

export type ZipRefusal = 'not-zip' | 'encrypted' | 'too-many-entries' | 'too-large-uncompressed';

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

export const DOCX_ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxUncompressedBytes: 200 * 1024 * 1024 };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
/** An OLE compound file: how Word stores a password-protected .docx (and old .doc files). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

export function checkZip(bytes: Uint8Array, limits: ZipLimits = DOCX_ZIP_LIMITS): ZipRefusal | null {
  if (isOleCompoundFile(bytes)) return 'encrypted';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 bytes + up to 64 KiB of comment.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return 'not-zip';
  const entries = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // ZIP64 packages mark these fields 0xFFFF / 0xFFFFFFFF; Word never writes one for a plan.
  if (entries === 0xffff || cdOffset === 0xffffffff) return 'too-large-uncompressed';
  if (entries > limits.maxEntries) return 'too-many-entries';
  let at = cdOffset;
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) return 'not-zip';
    const flags = view.getUint16(at + 8, true);
    if ((flags & 0x1) !== 0) return 'encrypted';
    total += view.getUint32(at + 24, true);
    if (total > limits.maxUncompressedBytes) return 'too-large-uncompressed';
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return null;
}
