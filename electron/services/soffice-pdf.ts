import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from './errors';

const CONVERT_TIMEOUT_MS = 120_000;

/** Where LibreOffice usually lives; `KEHOACH_SOFFICE` overrides (tests use a stand-in). */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KEHOACH_SOFFICE) return env.KEHOACH_SOFFICE;
  const candidates =
    process.platform === 'win32'
      ? [
          'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
          'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
        ]
      : process.platform === 'darwin'
        ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice']
        : [];
  return candidates.find((c) => existsSync(c)) ?? 'soffice';
}

/**
 * DOCX bytes → PDF bytes with `soffice --headless --convert-to pdf`: the PDF is the DOCX as a word
 * processor lays it out, which is what the preview promises. Each run gets its own temp folder and
 * LibreOffice profile, so it works while the clerk has LibreOffice open and runs do not collide.
 */
export async function convertDocxToPdf(docx: Uint8Array, soffice: string = findSoffice()): Promise<Uint8Array> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'kehoach-pdf-'));
  try {
    const input = path.join(work, 'ke-hoach.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, input]);
    const output = path.join(work, 'ke-hoach.pdf');
    if (!existsSync(output)) {
      throw new UserError('LibreOffice không tạo được tệp PDF từ kế hoạch. Hãy xuất DOCX rồi mở bằng Word để in ra PDF, hoặc cài lại LibreOffice.');
    }
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), CONVERT_TIMEOUT_MS);
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        err.code === 'ENOENT'
          ? new UserError('Không tìm thấy LibreOffice để tạo PDF. Hãy cài LibreOffice (libreoffice.org) rồi thử lại, hoặc xuất DOCX và in ra PDF bằng Word.')
          : err,
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else if (signal === 'SIGKILL') reject(new UserError('LibreOffice chạy quá 2 phút mà chưa tạo xong PDF. Hãy đóng các cửa sổ LibreOffice đang mở rồi thử lại.'));
      else {
        // LibreOffice's own words are English: they go to the log, the clerk gets one Vietnamese sentence.
        if (stderr.trim()) console.error(`soffice (exit ${code}): ${stderr.trim()}`);
        reject(new UserError(`LibreOffice không tạo được PDF (mã lỗi ${code}). Hãy thử lại hoặc xuất DOCX rồi in ra PDF bằng Word.`));
      }
    });
  });
}
