import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertDocxToPdf } from '../../../electron/services/soffice-pdf';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

/** A stand-in for soffice: records its arguments and writes <outdir>/<name>.pdf as LibreOffice does. */
function fakeSoffice(dir: string, behaviour: 'convert' | 'fail' | 'no-output'): string {
  const script = path.join(dir, 'soffice');
  const body = {
    convert: 'cp "$in" "$out/$(basename "$in" .docx).pdf"',
    fail: 'echo "Error: source file could not be loaded" >&2; exit 1',
    'no-output': 'exit 0',
  }[behaviour];
  writeFileSync(
    script,
    `#!/bin/sh\necho "$@" > "${dir}/args.txt"\nout=""\nin=""\nwhile [ $# -gt 0 ]; do case "$1" in --outdir) out="$2"; shift;; *.docx) in="$1";; esac; shift; done\n${body}\n`,
  );
  chmodSync(script, 0o755);
  return script;
}

describe('convertDocxToPdf', () => {
  it('runs soffice headless with its own profile and returns the PDF it wrote', async () => {
    const dir = tempDir();
    const pdf = await convertDocxToPdf(new TextEncoder().encode('%PDF-from-docx'), fakeSoffice(dir, 'convert'));
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-from-docx');
    const args = readFileSync(path.join(dir, 'args.txt'), 'utf8');
    expect(args).toMatch(/-env:UserInstallation=file:\/\/.*--headless .*--convert-to pdf --outdir /);
  });

  it('explains a LibreOffice failure in Vietnamese with what to do', async () => {
    const dir = tempDir();
    // One Vietnamese sentence; LibreOffice's own English ("could not be loaded") stays out of it.
    const failure = convertDocxToPdf(new Uint8Array([1]), fakeSoffice(dir, 'fail'));
    await expect(failure).rejects.toThrow(/^LibreOffice không tạo được PDF \(mã lỗi \d+\)\. Hãy thử lại hoặc xuất DOCX rồi in ra PDF bằng Word\.$/);
    await expect(failure).rejects.not.toThrow(/could not be loaded/);
    await expect(convertDocxToPdf(new Uint8Array([1]), fakeSoffice(dir, 'no-output'))).rejects.toThrow(/không tạo được tệp PDF/);
  });
});
