import { type Document, Packer } from 'docx';
import { zipSync } from 'fflate';
import { insertMirrorMargins } from './mirror-margins';

/** A package's parts by path (`word/document.xml` → its XML), in the order they are zipped. */
export type DocxParts = ReadonlyMap<string, string | Uint8Array>;

/**
 * Zips the parts (DEFLATE). Core's own zipper is fflate's, the one the docx library uses itself,
 * so it runs anywhere; Node callers pass one on zlib (electron/services/native-zip.ts), several
 * times faster, the cold start of a CLI run above all.
 */
export type ZipParts = (parts: DocxParts) => Uint8Array;

interface PartsCompiler {
  compile(file: Document): Map<string, string | Uint8Array>;
}

/**
 * The docx library's own compiler (the step of `Packer.pack` before it zips). It is a private
 * static of Packer, not public API: that is why the docx version is pinned exactly and
 * test/unit/docx/pack-docx.test.ts fails if an upgrade moves it. Taking the parts instead of the
 * zip lets the export add what docx cannot write (w:mirrorMargins) to settings.xml as a string,
 * instead of unzipping and re-zipping the file, and choose the zipper.
 */
function partsCompiler(): PartsCompiler {
  const compiler = (Packer as unknown as { compiler?: Partial<PartsCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler.compile is gone; the pinned docx version changed.');
  return compiler as PartsCompiler;
}

const encoder = new TextEncoder();
const bytesOf = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? encoder.encode(data) : data);

export const fflateZip: ZipParts = (parts) => zipSync(Object.fromEntries([...parts].map(([path, data]) => [path, bytesOf(data)])));

export interface PackOptions {
  /** Duplex printing: back pages swap left and right margins (w:mirrorMargins in settings.xml). */
  mirrorMargins?: boolean;
  zip?: ZipParts;
}

/** The parts of the .docx the docx library writes for `doc`, with the settings it cannot write added. */
export function docxParts(doc: Document, options: Pick<PackOptions, 'mirrorMargins'> = {}): Map<string, string | Uint8Array> {
  const parts = partsCompiler().compile(doc);
  if (options.mirrorMargins) {
    const settings = parts.get('word/settings.xml');
    if (typeof settings !== 'string')
      throw new Error('Tệp DOCX vừa tạo thiếu phần cài đặt (word/settings.xml): hãy xuất lại; nếu vẫn lỗi, báo cho người phát triển.');
    parts.set('word/settings.xml', insertMirrorMargins(settings));
  }
  return parts;
}

/** docx Document → .docx bytes. */
export function packDocx(doc: Document, options: PackOptions = {}): Uint8Array {
  return (options.zip ?? fflateZip)(docxParts(doc, options));
}
