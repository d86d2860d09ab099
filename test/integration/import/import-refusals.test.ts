import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_MESSAGES, importDocument } from '../../../electron/services/import';
import { handDocx } from '../../helpers/docx-by-hand';
import { loadExample, tempDir, writeExampleDocx } from '../../helpers/example-files';
import { imageOnlyPdf } from '../../helpers/pdf-by-hand';

/**
 * Files the import must refuse, each with its one Vietnamese sentence and nothing else: no text,
 * no facts, no English from a library.
 */

let dir = '';
let planDocx = new Uint8Array();
let encryptedPdf = new Uint8Array();

beforeAll(async () => {
  dir = tempDir('kehoach-import-refusals-');
  planDocx = new Uint8Array(readFileSync(await writeExampleDocx(loadExample('an-lao'), dir, 'an-lao')));
  // LibreOffice's PDF export with an open password, as a clerk's "Xuất PDF có mật khẩu" gives.
  writeFileSync(join(dir, 'mat-khau.txt'), 'Kế hoạch thực hiện Chỉ thị số 32-CT/TU về tăng cường công tác giáo dục.');
  const options = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"x"}}';
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', options, '--outdir', dir, join(dir, 'mat-khau.txt')], {
    stdio: 'pipe',
    timeout: 170_000,
  });
  encryptedPdf = new Uint8Array(readFileSync(join(dir, 'mat-khau.pdf')));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function expectRefused(bytes: Uint8Array, name: string, message: string, limits = {}): Promise<void> {
  const outcome = await importDocument(bytes, name, limits);
  expect(outcome).toEqual({ ok: false, error: message });
  if (outcome.ok) return;
  // One sentence: one line, one full stop at the end, Vietnamese.
  expect(outcome.error).not.toMatch(/\n/);
  expect(outcome.error.match(/[.!?](?=\s|$)/g)).toHaveLength(1);
  expect(outcome.error).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
}

/** The central directory record of `name` in a zip, to lie about its size. */
function centralEntry(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const encoded = new TextEncoder().encode(name);
  for (let at = 0; at + 46 < zip.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (length === encoded.length && encoded.every((b, i) => zip[at + 46 + i] === b)) return at;
  }
  throw new Error(`no entry ${name}`);
}

describe('refused files', () => {
  it('an empty file', () => expectRefused(new Uint8Array(), 'rong.docx', IMPORT_MESSAGES.empty));

  it('a file over the size limit, naming the limit', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61);
    await expectRefused(big, 'lon.txt', IMPORT_MESSAGES.tooLarge(50 * 1024 * 1024));
    expect(IMPORT_MESSAGES.tooLarge(50 * 1024 * 1024)).toContain('50 MB');
  });

  it('a DOCX cut short (a download that stopped half way)', () => expectRefused(planDocx.subarray(0, Math.floor(planDocx.length / 2)), 'cut.docx', IMPORT_MESSAGES.corruptDocx));

  it('a DOCX whose main part is damaged inside the zip', async () => {
    const zip = await JSZip.loadAsync(planDocx);
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>');
    await expectRefused(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 'broken.docx', IMPORT_MESSAGES.corruptDocx);
    const bytes = planDocx.slice();
    const at = centralEntry(bytes, 'word/document.xml');
    const local = new DataView(bytes.buffer).getUint32(at + 42, true);
    const nameLength = new DataView(bytes.buffer).getUint16(local + 26, true);
    bytes.fill(0xff, local + 30 + nameLength + 10, local + 30 + nameLength + 200); // scramble the deflated data
    await expectRefused(bytes, 'scrambled.docx', IMPORT_MESSAGES.corruptDocx);
  });

  it('a zip bomb: a directory claiming gigabytes, refused before anything is inflated', async () => {
    const bytes = planDocx.slice();
    new DataView(bytes.buffer).setUint32(centralEntry(bytes, 'word/document.xml') + 24, 0xfffffff0, true);
    await expectRefused(bytes, 'bomb.docx', IMPORT_MESSAGES.zipBomb);
  });

  it('a zip bomb: thousands of entries', async () => {
    const zip = await JSZip.loadAsync(planDocx);
    for (let i = 0; i < 2001; i += 1) zip.file(`word/media/x${i}.bin`, '');
    await expectRefused(await zip.generateAsync({ type: 'uint8array' }), 'many.docx', IMPORT_MESSAGES.zipBomb);
  });

  it('a zip bomb: a directory that lies, stopped while inflating', async () => {
    // 3 MB of XML that deflates to a few kB, its size in the directory rewritten to 1 kB; cap 1 MB.
    const filler = `<w:p><w:r><w:t>${'a'.repeat(3 * 1024 * 1024)}</w:t></w:r></w:p>`;
    const zip = await JSZip.loadAsync(await handDocx([{ runs: [{ text: 'x' }] }]));
    zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${filler}</w:body></w:document>`);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(100_000);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(centralEntry(bytes, 'word/document.xml') + 24, 1024, true);
    await expectRefused(bytes, 'liar.docx', IMPORT_MESSAGES.zipBomb, { maxUncompressedBytes: 1024 * 1024 });
  });

  it('a password-protected Word file (an OLE container, not a zip) and an old .doc', async () => {
    const ole = (withEncryption: boolean) => {
      const bytes = new Uint8Array(4096);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      if (withEncryption) bytes.set([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]), 1024);
      return bytes;
    };
    await expectRefused(ole(true), 'mat-khau.docx', IMPORT_MESSAGES.encryptedOffice);
    await expectRefused(ole(false), 'cu.doc', IMPORT_MESSAGES.legacyDoc);
  });

  it('a password-protected PDF (LibreOffice export with an open password)', async () => {
    expect(new TextDecoder('latin1').decode(encryptedPdf)).toContain('/Encrypt');
    await expectRefused(encryptedPdf, 'mat-khau.pdf', IMPORT_MESSAGES.encryptedPdf);
  });

  it('a scanned PDF: an image and no text layer', async () => {
    await expectRefused(imageOnlyPdf(), 'scan.pdf', 'PDF này là ảnh quét, không có lớp chữ; hãy dùng bản có chữ.');
  });

  it('a scanned PDF carrying a signature stamp on each page is still a scan', async () => {
    await expectRefused(imageOnlyPdf(4, 'Ky boi: Van phong Huyen uy An Lao, 08.05.2024 09:12'), 'scan-ky-so.pdf', IMPORT_MESSAGES.scannedPdf);
  });

  it('a PDF longer than the page limit, naming the limit', async () => {
    await expectRefused(imageOnlyPdf(3, 'x'), 'dai.pdf', IMPORT_MESSAGES.tooManyPages(2), { maxPdfPages: 2 });
    expect(IMPORT_MESSAGES.tooManyPages(2000)).toContain('2000 trang');
  });

  it('a damaged PDF', () => expectRefused(new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(500)}`), 'hong.pdf', IMPORT_MESSAGES.corruptPdf));

  it('an unknown binary format (a PNG)', async () => {
    const png = new Uint8Array(2000);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectRefused(png, 'anh.png', IMPORT_MESSAGES.unknownFormat);
  });

  it('a zip that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    await expectRefused(await zip.generateAsync({ type: 'uint8array' }), 'nen.zip', IMPORT_MESSAGES.notWordPackage);
  });
});
