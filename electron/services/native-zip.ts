import { Zip, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';
import type { DocxParts, ZipParts } from '../../core/docx/pack-docx';

/**
 * The .docx zipper of the Node side (CLI, main process, browser-mode server): fflate writes the
 * zip container, Node's zlib (native code) compresses and checksums. Same DEFLATE, same file,
 * but a 60-page plan packs in about 1 ms instead of 10 warm, and in a fresh CLI process (code
 * not yet optimised) 3 ms instead of about 45.
 */

/** One already-compressed part, handed to fflate's Zip through its documented custom-input interface. */
function deflatedPart(filename: string, data: Uint8Array): { input: ZipInputFile; send: () => void } {
  const compressed = deflateRawSync(data);
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
