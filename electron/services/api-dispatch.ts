import { CHANNELS, type KehoachApi, type Result } from '../../core/ipc/api';
import { explainError, fail } from './errors';
import { parseApiArgs } from '../../core/ipc/api-args';

/** True when `group:method` is one of the declared channels (so nothing else on the object is callable). */
export function isApiMethod(group: string, method: string): boolean {
  const methods = (CHANNELS as Record<string, readonly string[] | undefined>)[group];
  return Object.hasOwn(CHANNELS, group) && !!methods && methods.includes(method);
}

/**
 * Calls one API method by name with arguments from outside (IPC or HTTP). Unknown names and
 * non-array arguments are refused; anything thrown becomes a Vietnamese Result.
 */
export async function dispatchApi(api: KehoachApi, group: string, method: string, args: unknown): Promise<Result<unknown>> {
  if (!isApiMethod(group, method)) {
    return fail(`Ứng dụng không có chức năng "${group}/${method}". Hãy tải lại trang; nếu vẫn lỗi, hãy cập nhật ứng dụng.`);
  }
  if (!Array.isArray(args)) return fail('Yêu cầu gửi lên không đúng dạng (thiếu danh sách tham số). Hãy tải lại trang rồi thử lại.');
  // Every argument through its channel's schema (core/ipc/api-args.ts) before any service sees it.
  const checked = parseApiArgs(group, method, args);
  if (!checked.ok) return fail(checked.error);
  const fn = (api[group as keyof KehoachApi] as unknown as Record<string, (...a: unknown[]) => Promise<Result<unknown>>>)[method];
  if (!fn) return fail(`Chức năng "${group}/${method}" chưa sẵn sàng. Hãy khởi động lại ứng dụng.`);
  try {
    return await fn(...checked.args);
  } catch (err) {
    return fail(explainError(err, 'thực hiện yêu cầu'));
  }
}
