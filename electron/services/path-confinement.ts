import path from 'node:path';
import { realpathSync } from 'node:fs';
import { UserError } from './errors';

/**
 * Resolves a path sent by the browser against the data folder and refuses anything outside it.
 * In browser mode any web page could try to reach the local server, so a path is untrusted input:
 * `..` escapes, absolute paths elsewhere, and symlinks pointing out of the folder are all refused.
 */
export function confinePath(dataDir: string, requested: unknown): string {
  if (typeof requested !== 'string' || requested.trim() === '') {
    throw new UserError('Chưa có tên tệp. Hãy nhập tên tệp cần mở hoặc lưu.');
  }
  if (requested.includes('\0')) throw new UserError('Tên tệp chứa ký tự không hợp lệ. Hãy đặt tên khác.');
  const root = realOrSelf(path.resolve(dataDir));
  const resolved = path.resolve(root, requested.normalize('NFC'));
  if (!isInside(root, resolved) || !isInside(root, realPathOfDeepestExisting(resolved))) {
    throw new UserError(
      `Đường dẫn "${requested}" nằm ngoài thư mục dữ liệu ${root}. Ở chế độ trình duyệt chỉ được mở và lưu tệp trong thư mục này; hãy chọn tên tệp bên trong nó.`,
    );
  }
  return resolved;
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
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
      return path.join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return p;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}
