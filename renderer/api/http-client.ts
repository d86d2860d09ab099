import { CHANNELS, type KehoachApi, type Result } from '../../core/ipc/api';
import { accessKey } from './access-key';

/**
 * Browser mode: the same KehoachApi over HTTP. Each call POSTs `{"args": [...]}` to
 * `/api/<group>/<method>` on the local server and gets the Result JSON back. Network or server
 * failures become Vietnamese Result errors, so screens handle one kind of failure only.
 */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

const UNREACHABLE =
  'Không kết nối được với chương trình Soạn thảo Kế hoạch trên máy. Hãy kiểm tra chương trình còn đang chạy, rồi tải lại trang (F5).';

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function createHttpApi(fetchImpl: FetchLike = (url, init) => fetch(url, init), baseUrl = '', key: () => string = accessKey): KehoachApi {
  const call = async (group: string, method: string, args: unknown[]): Promise<Result<unknown>> => {
    let response: Awaited<ReturnType<FetchLike>>;
    try {
      response = await fetchImpl(`${baseUrl}/api/${group}/${method}`, {
        method: 'POST',
        // The server refuses any call without this run's access key (see access-key.ts).
        headers: { 'Content-Type': 'application/json', 'X-Kehoach-Key': key() },
        body: JSON.stringify({ args }),
      });
    } catch {
      return { ok: false, error: UNREACHABLE };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { ok: false, error: `Máy chủ trả lời không đúng dạng (mã ${response.status}). Hãy tải lại trang; nếu vẫn lỗi, hãy khởi động lại chương trình.` };
    }
    if (isResult(body)) return body;
    return { ok: false, error: `Máy chủ trả lời không đúng dạng (mã ${response.status}). Hãy tải lại trang; nếu vẫn lỗi, hãy khởi động lại chương trình.` };
  };

  const api: Record<string, Record<string, (...args: unknown[]) => Promise<Result<unknown>>>> = {};
  for (const [group, methods] of Object.entries(CHANNELS)) {
    api[group] = {};
    for (const method of methods as readonly string[]) {
      api[group]![method] = (...args: unknown[]) => call(group, method, args);
    }
  }
  return api as unknown as KehoachApi;
}
