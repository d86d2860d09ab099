import type { Result } from '../../core/ipc/api';

/**
 * A failure whose message is already written for the clerk (Vietnamese, says what is wrong and
 * what to do). Anything else that reaches the API boundary is translated by `explainError`.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** Node error codes the clerk can act on, phrased as "what is wrong. what to do". */
const BY_CODE: Record<string, (file: string) => string> = {
  ENOENT: (f) => `Không tìm thấy tệp hoặc thư mục${f}. Hãy kiểm tra lại đường dẫn hoặc chọn tệp khác.`,
  EACCES: (f) => `Không có quyền truy cập${f}. Hãy chọn thư mục khác (ví dụ Tài liệu) hoặc xin quyền ghi.`,
  EPERM: (f) => `Hệ điều hành không cho phép thao tác này${f}. Hãy chọn thư mục khác hoặc đóng chương trình đang dùng tệp.`,
  EBUSY: (f) => `Tệp đang được chương trình khác sử dụng${f}. Hãy đóng tệp trong Word hoặc chương trình khác rồi thử lại.`,
  ENOSPC: () => 'Ổ đĩa đã đầy nên không ghi được tệp. Hãy giải phóng dung lượng hoặc lưu vào ổ khác.',
  EROFS: (f) => `Ổ đĩa chỉ cho phép đọc${f}. Hãy lưu vào thư mục khác.`,
  EISDIR: (f) => `Đường dẫn${f} là một thư mục, không phải tệp. Hãy đặt tên tệp khác.`,
  ENOTDIR: (f) => `Một phần của đường dẫn${f} không phải là thư mục. Hãy kiểm tra lại đường dẫn.`,
  EMFILE: () => 'Máy đang mở quá nhiều tệp. Hãy đóng bớt chương trình rồi thử lại.',
  ENAMETOOLONG: () => 'Tên tệp hoặc đường dẫn quá dài. Hãy đặt tên tệp ngắn hơn hoặc lưu vào thư mục gần ổ đĩa hơn.',
  EINVAL: (f) => `Tên tệp${f} không hợp lệ. Hãy bỏ các ký tự như : * ? " < > | rồi thử lại.`,
  EEXIST: (f) => `Tệp${f} đã có. Hãy đặt tên khác.`,
  ENOTEMPTY: (f) => `Thư mục${f} không trống. Hãy chọn thư mục khác.`,
  EXDEV: () => 'Không chuyển được tệp sang ổ đĩa khác. Hãy lưu vào cùng ổ đĩa với thư mục dữ liệu.',
  ELOOP: (f) => `Đường dẫn${f} vòng lại chính nó (liên kết tắt trỏ về nhau). Hãy chọn thư mục khác.`,
  EIO: () => 'Ổ đĩa báo lỗi đọc ghi. Hãy kiểm tra ổ đĩa (hoặc USB) rồi thử lại, hoặc lưu vào ổ khác.',
};

/**
 * Turns any thrown value into a message for the clerk. `action` names what was being done
 * ("lưu bản thảo"), so an unexpected error still says where it happened.
 */
export function explainError(err: unknown, action: string): string {
  if (err instanceof UserError) return err.message;
  const e = err as NodeJS.ErrnoException | undefined;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const file = typeof e?.path === 'string' ? ` (${e.path})` : '';
  const byCode = code ? BY_CODE[code] : undefined;
  if (byCode) return `Không thể ${action}: ${lowerFirstChar(byCode(file))}`;
  // The library's own words (English, a stack's worth of jargon) go to the log for whoever
  // investigates; the clerk gets one sentence saying where it failed and what to do.
  console.error(`[kehoach] ${action}:`, err);
  return unexpectedFailure(action);
}

/** One Vietnamese sentence for a failure that is the application's fault, not the clerk's. */
export function unexpectedFailure(action: string): string {
  return `Không thể ${action} do lỗi không mong đợi của ứng dụng, hãy thử lại và nếu vẫn lỗi thì lưu bản thảo rồi báo cho người phụ trách kỹ thuật.`;
}

function lowerFirstChar(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Runs `fn` and answers a Result, never a thrown error or a stack. */
export async function attempt<T>(action: string, fn: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return ok(await fn());
  } catch (err) {
    return fail(explainError(err, action));
  }
}
