import type { ImportedText } from '../../../core/import/imported-text';
import { recogniseNumbering } from '../../../core/import/numbering';
import { cleanText } from '../../../core/text/clean-text';
import { convertLegacy, detectLegacyEncoding, type LegacyEncoding } from '../../../core/text/legacy-encodings';
import { IMPORT_MESSAGES, ImportRefusal } from './messages';

/**
 * Plain text → ImportedText, one paragraph a line. The bytes may be UTF-8 (with or without a
 * BOM), UTF-16 with its BOM, or 8-bit text saved from an old Word or Unikey in TCVN3 or VNI: that
 * is read byte for byte as Latin-1 (the look-alike letters the legacy tables are written in) and
 * converted when the words it makes are Vietnamese syllables.
 */
export function decodeText(bytes: Uint8Array): { text: string; converted?: LegacyEncoding } {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = latin1(bytes);
    }
  }
  // Legacy text may also reach us inside UTF-8 (copied from an old document into a new file).
  const encoding = detectLegacyEncoding(text);
  if (encoding) return { text: convertLegacy(text, encoding), converted: encoding };
  return { text: text.normalize('NFC') };
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** Bytes that no text file holds: NUL and most C0 controls (tab, newlines, form feed allowed). */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls += 1;
  }
  return controls > sample.length / 100;
}

export function readText(bytes: Uint8Array, fileName: string): ImportedText {
  if (looksBinary(bytes)) throw new ImportRefusal(IMPORT_MESSAGES.unknownFormat);
  const { text, converted } = decodeText(bytes);
  const lines = cleanText(text)
    .split(/\r\n|\r|\n|\f/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
  return {
    paragraphs: recogniseNumbering(lines.map((line) => ({ text: line }))),
    source: { fileName, format: 'txt', bytes: bytes.length },
    ...(converted ? { converted: [converted] } : {}),
  };
}
