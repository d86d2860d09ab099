import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './errors';

/**
 * Browser mode: the server runs on the clerk's own machine, so "open in Word" and "show in
 * folder" hand the file to the desktop (Electron uses its `shell` module instead).
 */
export async function openWithSystem(file: string): Promise<void> {
  requireFile(file);
  if (process.platform === 'win32') return launch('cmd', ['/c', 'start', '""', file]);
  return launch(process.platform === 'darwin' ? 'open' : 'xdg-open', [file]);
}

export async function revealInFolder(file: string): Promise<void> {
  requireFile(file);
  if (process.platform === 'win32') return launch('explorer', [`/select,${file}`]);
  if (process.platform === 'darwin') return launch('open', ['-R', file]);
  return launch('xdg-open', [path.dirname(file)]);
}

function requireFile(file: string): void {
  if (!existsSync(file)) throw new UserError(`Không tìm thấy tệp "${file}". Hãy xuất hoặc lưu lại tệp rồi thử lại.`);
}

function launch(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.once('error', () =>
      reject(new UserError('Máy không có chương trình để mở tệp này. Hãy mở tệp trực tiếp trong thư mục dữ liệu bằng Word hoặc LibreOffice.')),
    );
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
