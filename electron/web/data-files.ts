import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type http from 'node:http';
import { confinePath } from '../services/path-confinement';
import { SECURITY_HEADERS } from '../services/content-security';
import { mimeType, safeDecodeURIComponent } from '../services/static-files';
import { explainError } from '../services/errors';
import { sendText } from './http-replies';

/**
 * `GET /files/<path in data folder>`: lets the browser download what was exported there
 * (a .docx to open in Word). Same confinement as the API: nothing outside the data folder.
 */
export async function serveDataFile(res: http.ServerResponse, dataDir: string, encodedPath: string): Promise<void> {
  let file: string;
  const requested = safeDecodeURIComponent(encodedPath);
  if (requested === null) {
    sendText(res, 400, 'Địa chỉ tệp không hợp lệ. Hãy tải lại trang rồi bấm tải tệp lần nữa.');
    return;
  }
  try {
    file = confinePath(dataDir, requested);
  } catch (err) {
    sendText(res, 403, explainError(err, 'tải tệp'));
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    sendText(res, 404, `Không tìm thấy tệp "${path.basename(file)}" trong thư mục dữ liệu. Hãy xuất lại tệp rồi tải về.`);
    return;
  }
  const name = path.basename(file);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': mimeType(file),
    'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Cache-Control': 'no-store',
  });
  res.end(await readFile(file));
}
