import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../electron/services/import/limits';
import { IMPORT_MESSAGES } from '../../../electron/services/import/messages';
import { readZipDirectory } from '../../../electron/services/import/zip-directory';

/**
 * The zip's central directory is read without inflating: entry count and claimed sizes are
 * checked against the caps, ZIP64 records included (a bomb may hide its sizes there).
 */

let zip: Uint8Array = new Uint8Array();
beforeAll(async () => {
  const z = new JSZip();
  z.file('[Content_Types].xml', '<Types/>');
  z.file('word/document.xml', '<w:document/>'.repeat(50));
  zip = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
});

/** Rewrites a plain zip's end record into the ZIP64 form: 64-bit record, locator, end record of 0xFF…. */
function asZip64(bytes: Uint8Array, totalEntries?: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  const out = new Uint8Array(eocd + 56 + 20 + 22);
  out.set(bytes.subarray(0, eocd));
  const o = new DataView(out.buffer);
  o.setUint32(eocd, 0x06064b50, true);
  o.setBigUint64(eocd + 4, 44n, true);
  o.setBigUint64(eocd + 24, BigInt(count), true);
  o.setBigUint64(eocd + 32, BigInt(totalEntries ?? count), true);
  o.setBigUint64(eocd + 40, BigInt(size), true);
  o.setBigUint64(eocd + 48, BigInt(offset), true);
  const locator = eocd + 56;
  o.setUint32(locator, 0x07064b50, true);
  o.setBigUint64(locator + 8, BigInt(eocd), true);
  o.setUint32(locator + 16, 1, true);
  const end = locator + 20;
  o.setUint32(end, 0x06054b50, true);
  o.setUint16(end + 8, 0xffff, true);
  o.setUint16(end + 10, 0xffff, true);
  o.setUint32(end + 12, 0xffffffff, true);
  o.setUint32(end + 16, 0xffffffff, true);
  return out;
}

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  return undefined;
};

describe('readZipDirectory', () => {
  it('lists the entries with their claimed sizes, plain and ZIP64 alike', () => {
    const plain = readZipDirectory(zip, DEFAULT_IMPORT_LIMITS);
    // JSZip also writes the folder "word/" as an entry of its own.
    expect(plain.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e.uncompressed])).toEqual([
      ['[Content_Types].xml', 8],
      ['word/document.xml', 13 * 50],
    ]);
    expect(readZipDirectory(asZip64(zip), DEFAULT_IMPORT_LIMITS)).toEqual(plain);
  });

  it('refuses too many entries or too many bytes as claimed, ZIP64 included', () => {
    expect(refusal(() => readZipDirectory(asZip64(zip, 5000), DEFAULT_IMPORT_LIMITS))).toBe(IMPORT_MESSAGES.zipBomb);
    expect(refusal(() => readZipDirectory(zip, { ...DEFAULT_IMPORT_LIMITS, maxZipEntries: 1 }))).toBe(IMPORT_MESSAGES.zipBomb);
    expect(refusal(() => readZipDirectory(zip, { ...DEFAULT_IMPORT_LIMITS, maxUncompressedBytes: 100 }))).toBe(IMPORT_MESSAGES.zipBomb);
  });

  it('refuses a zip cut short or with its directory pointing outside the file', () => {
    expect(refusal(() => readZipDirectory(zip.subarray(0, zip.length - 30), DEFAULT_IMPORT_LIMITS))).toBe(IMPORT_MESSAGES.corruptDocx);
    const bad = zip.slice();
    new DataView(bad.buffer).setUint32(bad.length - 22 + 16, bad.length, true);
    expect(refusal(() => readZipDirectory(bad, DEFAULT_IMPORT_LIMITS))).toBe(IMPORT_MESSAGES.corruptDocx);
  });
});
