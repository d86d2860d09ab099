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
  const { command, args, env } = openCommand(file, process.platform);
  return launch(command, args, env);
}

export async function revealInFolder(file: string): Promise<void> {
  requireFile(file);
  const { command, args, env } = revealCommand(file, process.platform);
  return launch(command, args, env);
}

export interface SystemCommand {
  command: string;
  args: string[];
  env?: Record<string, string>;
}

/**
 * How the desktop opens a file. On Windows never `cmd /c start`: cmd reads & | ^ % ( ) in the
 * file name as commands ("a&calc.docx" would start the calculator). PowerShell's Start-Process
 * gets the path through an environment variable, so no shell ever parses it.
 */
export function openCommand(file: string, platform: NodeJS.Platform): SystemCommand {
  if (platform === 'win32') {
    return {
      command: 'powershell.exe',
      args: ['-NoProfile', '-NonInteractive', '-WindowStyle', 'Hidden', '-Command', 'Start-Process -LiteralPath $env:KEHOACH_OPEN_FILE'],
      env: { KEHOACH_OPEN_FILE: file },
    };
  }
  return { command: platform === 'darwin' ? 'open' : 'xdg-open', args: [file] };
}

/** How the desktop shows a file in its folder; explorer.exe runs no shell and reads no metacharacters. */
export function revealCommand(file: string, platform: NodeJS.Platform): SystemCommand {
  if (platform === 'win32') return { command: 'explorer.exe', args: [`/select,${file}`] };
  if (platform === 'darwin') return { command: 'open', args: ['-R', file] };
  return { command: 'xdg-open', args: [path.dirname(file)] };
}

function requireFile(file: string): void {
  if (!existsSync(file)) throw new UserError(`Không tìm thấy tệp "${file}". Hãy xuất hoặc lưu lại tệp rồi thử lại.`);
}

function launch(command: string, args: string[], env?: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    // shell: false (the default) is the point: the file name is an argument, never command text.
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true, shell: false, ...(env ? { env: { ...process.env, ...env } } : {}) });
    child.once('error', () =>
      reject(new UserError('Máy không có chương trình để mở tệp này. Hãy mở tệp trực tiếp trong thư mục dữ liệu bằng Word hoặc LibreOffice.')),
    );
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
