import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import type { KehoachApi } from '../../core/ipc/api';
import { dispatchApi } from '../services/api-dispatch';
import { SECURITY_HEADERS } from '../services/content-security';
import { readStaticFile, safeDecodeURIComponent } from '../services/static-files';
import { serveDataFile } from './data-files';
import { sendJson, sendText } from './http-replies';

/** A plan with long annexes is well under this; anything bigger is not our renderer talking. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface WebServerOptions {
  api: KehoachApi;
  rendererDir: string;
  dataDir: string;
  /** 0 = any free port. */
  port: number;
  host?: string;
  /**
   * This run's access key: every API call (header `X-Kehoach-Key`) and data-file request
   * (`?k=`) must carry it. It travels in the address the server prints, after `#`, so the
   * browser never sends it anywhere by itself; the page keeps it (renderer/api/access-key.ts).
   * A local process or another user who knows the port but not the key gets nothing.
   */
  secret: string;
}

/** The header the page sends the access key in. */
export const ACCESS_KEY_HEADER = 'x-kehoach-key';

function sameKey(given: unknown, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

const NO_KEY =
  'Yêu cầu không có mã truy cập của lần chạy này nên bị từ chối. Hãy mở ứng dụng bằng đúng địa chỉ máy chủ đã in ra (có phần #k=…).';

export interface RunningWebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Browser mode: the renderer as static files plus `POST /api/<group>/<method>` with a JSON body
 * `{args: [...]}` answering a Result as JSON. Listens on 127.0.0.1 only. Because any web page the
 * clerk visits could also reach 127.0.0.1, API calls must carry our Host, a same-origin Origin
 * (when sent) and a JSON content type (which a cross-site form cannot send without a preflight
 * that we never grant).
 */
export function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const host = options.host ?? '127.0.0.1';
  let port = options.port;
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // The library's words go to the log; the clerk reads one Vietnamese sentence.
      console.error('[kehoach] web server:', err);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: 'Máy chủ gặp lỗi không mong đợi. Hãy tải lại trang; nếu vẫn lỗi, hãy khởi động lại chương trình.' });
      else res.destroy();
    });
  });

  const allowedHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      // DNS rebinding: a foreign name resolving to 127.0.0.1 must not reach the API or files.
      sendText(res, 421, 'Địa chỉ không hợp lệ. Hãy mở ứng dụng bằng địa chỉ http://127.0.0.1 mà máy chủ đã in ra.');
      return;
    }
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Chỉ hỗ trợ xem trang. Hãy mở lại địa chỉ của ứng dụng.');
      return;
    }
    if (url.pathname.startsWith('/files/')) {
      if (!sameKey(url.searchParams.get('k'), options.secret)) {
        sendText(res, 403, NO_KEY);
        return;
      }
      return serveDataFile(res, options.dataDir, url.pathname.slice('/files/'.length));
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      sendText(res, 404, 'Không tìm thấy trang. Nếu chưa dựng giao diện, hãy chạy "npm run web" (lệnh này dựng rồi mới chạy máy chủ).');
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const parts = url.pathname.split('/').filter(Boolean); // ['api', group, method]
    if (req.method !== 'POST') {
      sendJson(res, 405, { ok: false, error: 'Yêu cầu phải gửi bằng POST. Hãy tải lại trang.' });
      return;
    }
    if (!sameKey(req.headers[ACCESS_KEY_HEADER], options.secret)) {
      sendJson(res, 403, { ok: false, error: NO_KEY });
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
      sendJson(res, 403, { ok: false, error: 'Yêu cầu đến từ trang web khác nên bị từ chối. Hãy dùng ứng dụng tại địa chỉ máy chủ đã in ra.' });
      return;
    }
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      sendJson(res, 415, { ok: false, error: 'Yêu cầu phải gửi dạng JSON. Hãy tải lại trang.' });
      return;
    }
    if (parts.length !== 3) {
      sendJson(res, 404, { ok: false, error: 'Không có chức năng này. Hãy tải lại trang.' });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch (err) {
      const tooBig = (err as Error).message === 'too-big';
      sendJson(res, tooBig ? 413 : 400, {
        ok: false,
        error: tooBig ? 'Dữ liệu gửi lên quá lớn. Hãy rút gọn kế hoạch hoặc chia thành nhiều tệp.' : 'Dữ liệu gửi lên không phải JSON hợp lệ. Hãy tải lại trang rồi thử lại.',
      });
      return;
    }
    const args = body && typeof body === 'object' ? (body as { args?: unknown }).args : undefined;
    const group = safeDecodeURIComponent(parts[1]!);
    const method = safeDecodeURIComponent(parts[2]!);
    if (group === null || method === null) {
      sendJson(res, 400, { ok: false, error: 'Địa chỉ yêu cầu không hợp lệ. Hãy tải lại trang.' });
      return;
    }
    const result = await dispatchApi(options.api, group, method, args ?? []);
    sendJson(res, 200, result);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/#k=${encodeURIComponent(options.secret)}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too-big'));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
