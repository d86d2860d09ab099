import { Zip, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';
import type { DocxParts, ZipParts } from '../../core/docx/pack-docx';

/**
 * The .docx zipper of the Node side (CLI, main process, browser-mode server): fflate writes the
 * zip container, Node's zlib (native code) compresses and checksums. The same parts, but a
 * 60-page plan packs in about 3 ms instead of 10 warm, and in a fresh CLI process (code not yet
 * optimised) in a few instead of about 45.
 */

/**
 * zlib's fastest level: a 60-page plan's parts deflate in about 1.3 ms instead of 3 at the
 * default level, for a file of 21 KB instead of 16 — nothing a clerk's mailbox or USB stick notices.
 */
const DEFLATE_LEVEL = 1;

/** One already-compressed part, handed to fflate's Zip through its documented custom-input interface. */
function deflatedPart(filename: string, data: Uint8Array): { input: ZipInputFile; send: () => void } {
  const compressed = deflateRawSync(data, { level: DEFLATE_LEVEL });
  const input: ZipInputFile = { filename, size: data.byteLength, crc: crc32(data), compression: 8 };
  // Zip.add sets input.ondata; the whole compressed body then goes in one final chunk.
  return { input, send: () => input.ondata!(null, compressed, true) };
}


export const nativeZip: ZipParts = (parts: DocxParts) => {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const [path, data] of parts) {
    const part = deflatedPart(path, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    zip.add(part.input);
    part.send();
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
};
