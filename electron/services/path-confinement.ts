import nodePath from 'node:path';
import { realpathSync } from 'node:fs';
import { UserError } from './errors';

/**
 * Resolves a path sent by the browser against the data folder and refuses anything outside it.
 * In browser mode any web page could try to reach the local server, so a path is untrusted input.
 * Refused: `..` escapes, absolute paths elsewhere, drive letters and UNC paths, the data folder
 * itself ("", ".", "sub/.."), names that only point elsewhere once the extension is added ("."
 * would save `<data>.kehoach` beside the folder), Windows device names (CON, NUL.docx, COM1),
 * alternate data streams ("a.docx:x"), names Windows silently changes (trailing dot or space), and
 * symlinks pointing out of the folder. Both "/" and "\" separate folders, whatever the platform:
 * a draft folder is shared between Windows PCs and this server.
 *
 * `pathApi` is path.win32 in tests that simulate Windows on Linux (no symlink check there).
 */
export interface ConfineOptions {
  /** Added when the name does not end with it (".kehoach", ".docx"), BEFORE the checks. */
  extension?: string;
  pathApi?: typeof nodePath.posix;
}

const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;
// Characters Windows refuses in a name (":" also opens an alternate data stream), and control characters.
const FORBIDDEN_CHARS = /[<>:"|?*\u0000-\u001f]/;

function outside(requested: string, root: string): UserError {
  return new UserError(
    `Đường dẫn "${requested}" nằm ngoài thư mục dữ liệu ${root}. Ở chế độ trình duyệt chỉ được mở và lưu tệp trong thư mục này; hãy chọn tên tệp bên trong nó.`,
  );
}

function badName(requested: string, why: string): UserError {
  return new UserError(`Tên tệp "${requested}" không dùng được vì ${why}. Hãy đặt tên khác, chỉ gồm chữ, số, dấu cách, gạch ngang.`);
}

export function confinePath(dataDir: string, requested: unknown, options: ConfineOptions = {}): string {
  const p = options.pathApi ?? nodePath;
  if (typeof requested !== 'string' || requested.trim() === '') {
    throw new UserError('Chưa có tên tệp. Hãy nhập tên tệp cần mở hoặc lưu.');
  }
  const name = requested.normalize('NFC');
  if (name.includes('\0')) throw new UserError('Tên tệp chứa ký tự không hợp lệ. Hãy đặt tên khác.');
  const isWin = p === nodePath.win32;
  const root = isWin ? p.resolve(dataDir) : realOrSelf(p.resolve(dataDir));
  // UNC ("\\\\server\\share", "//server/share") and drive-relative ("C:ngoai") forms: never inside.
  if (/^[\\/]{2}/.test(name) || (/^[a-zA-Z]:/.test(name) && !p.isAbsolute(name))) throw outside(requested, root);
  // An absolute path is accepted only inside the folder (the app sends back paths it answered).
  let relative = name;
  if (p.isAbsolute(name) || /^[\\/]/.test(name)) {
    const rel = p.relative(root, p.resolve(root, name));
    if (rel === '' || rel === '..' || rel.startsWith(`..${p.sep}`) || p.isAbsolute(rel)) throw outside(requested, root);
    relative = rel;
  }
  const segments = relative.split(/[\\/]+/).filter((s) => s !== '');
  if (segments.length === 0) throw outside(requested, root);
  for (const segment of segments) {
    if (segment === '.' || segment === '..') continue; // resolved below: inside or refused
    if (FORBIDDEN_CHARS.test(segment)) throw badName(requested, 'có ký tự Windows không cho phép trong tên tệp (: * ? " < > |)');
    if (/[. ]$/.test(segment)) throw badName(requested, 'kết thúc bằng dấu chấm hoặc dấu cách (Windows tự bỏ đi, tệp sẽ mang tên khác)');
    if (DEVICE_NAME.test(segment.split('.')[0]!.trimEnd())) throw badName(requested, 'trùng tên thiết bị dành riêng của Windows (CON, NUL, COM1, LPT1…)');
  }
  const last = segments[segments.length - 1]!;
  // "." and ".." name folders, never a file: with an extension added they would name one beside them.
  if (last === '.' || last === '..') throw outside(requested, root);

  const withExt = options.extension && !last.toLowerCase().endsWith(options.extension.toLowerCase()) ? `${segments.join('/')}${options.extension}` : segments.join('/');
  const resolved = p.resolve(root, withExt);
  if (resolved === root || !isInside(p, root, resolved)) throw outside(requested, root);
  if (!isWin && !isInside(p, root, realPathOfDeepestExisting(resolved))) throw outside(requested, root);
  return resolved;
}

function isInside(p: typeof nodePath.posix, root: string, candidate: string): boolean {
  const rel = p.relative(root, candidate);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${p.sep}`) && !p.isAbsolute(rel);
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The real location of the nearest existing ancestor (the file itself may not exist yet). */
function realPathOfDeepestExisting(p: string): string {
  let current = p;
  const rest: string[] = [];
  for (;;) {
    try {
      return nodePath.join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = nodePath.dirname(current);
      if (parent === current) return p;
      rest.push(nodePath.basename(current));
      current = parent;
    }
  }
}
