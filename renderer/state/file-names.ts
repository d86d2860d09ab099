import { firstBase } from '../../core/model/document-set';
import type { FileKind } from '../../core/ipc/api';
import type { Plan } from '../../core/model';

/** File names and paths the dialogs suggest. Pure, so the browser and Electron agree. */

export const EXTENSIONS: Record<FileKind, string> = { draft: '.kehoach', docx: '.docx', pdf: '.pdf', library: '.json', source: '.docx' };

/** A parent document may be any of these; a name typed without one is taken as Word. */
const SOURCE_EXTENSIONS = ['.docx', '.pdf', '.txt'];

/** Characters Windows refuses in file names, replaced so that "32-CT/TU" becomes "32-CT-TU". */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]+/g;

export function sanitizeFileName(name: string): string {
  return name.normalize('NFC').replace(FORBIDDEN, '-').replace(/\s+/g, ' ').replace(/^[ .]+|[ .]+$/g, '').slice(0, 150);
}

/** "Kế hoạch thực hiện Chỉ thị 32-CT-TU.docx": type, then the first parent, as clerks name files. */
export function suggestFileName(plan: Plan, kind: FileKind): string {
  const base = firstBase(plan);
  const parent = base ? `${base.type} ${[base.number, base.symbol].filter(Boolean).join(base.regime === 'dang' ? '-' : '/')}` : '';
  const name = sanitizeFileName(`${plan.type} thực hiện ${parent}`.trim()) || 'Kế hoạch';
  return name + EXTENSIONS[kind];
}

export function withExtension(name: string, kind: FileKind): string {
  const ext = EXTENSIONS[kind];
  if (kind === 'source' && SOURCE_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e))) return name;
  return name.toLowerCase().endsWith(ext) ? name : name + ext;
}

/**
 * Browser mode: what the user typed in the in-app dialog, resolved inside the data folder.
 * Returns null (with the reason) for names that would leave the folder.
 */
export function resolveDataPath(dataDir: string, typed: string, kind: FileKind): { path: string } | { error: string } {
  // The folder is read from the app at start; a dialog opened in the first instant must not
  // resolve against an empty folder (the path would land outside it and be refused).
  if (!dataDir) return { error: 'Chưa đọc xong thư mục dữ liệu. Hãy đợi một giây rồi bấm lại.' };
  const name = typed.normalize('NFC').trim();
  if (!name) return { error: 'Chưa có tên tệp. Hãy gõ tên tệp, ví dụ: ke-hoach-chi-thi-32.' };
  if (/[\\/]/.test(name) || name === '..' || name.startsWith('..')) {
    return { error: 'Tên tệp không được chứa dấu / hoặc \\. Hãy chỉ gõ tên tệp; tệp được lưu trong thư mục dữ liệu.' };
  }
  const clean = sanitizeFileName(name);
  if (!clean) return { error: 'Tên tệp không hợp lệ. Hãy dùng chữ, số và dấu gạch ngang.' };
  const separator = dataDir.includes('\\') && !dataDir.includes('/') ? '\\' : '/';
  const dir = dataDir.endsWith(separator) ? dataDir.slice(0, -1) : dataDir;
  return { path: `${dir}${separator}${withExtension(clean, kind)}` };
}

/** The file name part of a path, for titles and recent lists. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Browser mode: the `/files/…` address the local server downloads `path` from, or null when the
 * file is not inside the data folder (the server serves nothing else).
 */
export function downloadUrl(dataDir: string, path: string): string | null {
  if (!dataDir) return null;
  const norm = (p: string) => p.normalize('NFC').replace(/\\/g, '/');
  const dir = norm(dataDir).replace(/\/+$/, '');
  const file = norm(path);
  if (!file.startsWith(dir + '/')) return null;
  const segments = file.slice(dir.length + 1).split('/').filter(Boolean);
  if (segments.length === 0 || segments.includes('..')) return null;
  return '/files/' + segments.map(encodeURIComponent).join('/');
}
