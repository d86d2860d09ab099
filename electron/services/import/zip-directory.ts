import { IMPORT_MESSAGES, ImportRefusal } from './messages';
import type { ImportLimits } from './limits';

/**
 * Reads a zip's central directory without inflating anything, and refuses a package whose
 * entries are too many or claim too much once inflated (a zip bomb), or whose directory is
 * missing or cut short (a truncated download). The claimed sizes can lie, so the DOCX reader
 * also counts the bytes it actually inflates (`InflateBudget`).
 */

export interface ZipEntryInfo {
  name: string;
  uncompressed: number;
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

const corrupt = () => new ImportRefusal(IMPORT_MESSAGES.corruptDocx);
const bomb = () => new ImportRefusal(IMPORT_MESSAGES.zipBomb);

export function readZipDirectory(bytes: Uint8Array, limits: ImportLimits): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  // The end record sits in the last 22 bytes plus a comment of up to 64 KiB.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw corrupt();
  let count = u16(end + 10);
  let size = u32(end + 12);
  let offset = u32(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) throw corrupt();
    const record = u64(locator + 8);
    if (record + 56 > bytes.length || u32(record) !== ZIP64_EOCD) throw corrupt();
    count = u64(record + 32);
    size = u64(record + 40);
    offset = u64(record + 48);
  }
  if (count > limits.maxZipEntries) throw bomb();
  if (offset + size > end) throw corrupt();
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || u32(at) !== CENTRAL) throw corrupt();
    const flags = u16(at + 8);
    let uncompressed = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength > end) throw corrupt();
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (uncompressed === 0xffffffff) uncompressed = zip64Size(view, at + 46 + nameLength, extraLength) ?? Number.MAX_SAFE_INTEGER;
    total += uncompressed;
    if (total > limits.maxUncompressedBytes) throw bomb();
    entries.push({ name, uncompressed, encrypted: (flags & 1) === 1 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed size in a ZIP64 extra field (id 1), which comes first in it. */
function zip64Size(view: DataView, start: number, length: number): number | undefined {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1 && size >= 8) return Number(view.getBigUint64(at + 4, true));
    at += 4 + size;
  }
  return undefined;
}

/** Counts the bytes really inflated across a package's entries, against the same cap. */
export class InflateBudget {
  private used = 0;
  constructor(private readonly limit: number) {}
  take(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw bomb();
  }
}
