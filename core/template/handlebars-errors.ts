import { TemplateError } from './template-error';
import { HelperUsageError, KNOWN_HELPERS } from './helpers';
import { positionAt } from './json-locate';

/**
 * Handlebars reports problems in English with its own location fields; turn each kind into a
 * TemplateError with the file, 1-based line and column, and a Vietnamese message saying what to fix.
 */
interface HandlebarsLikeError {
  message: string;
  /** Exceptions built from an AST node (1-based line, 0-based column). */
  lineNumber?: number;
  column?: number;
  /** Parser errors. */
  hash?: { loc?: { first_line: number; first_column: number }; line?: number; token?: string };
}

export function toTemplateError(err: unknown, file: string, source: string): TemplateError {
  if (err instanceof TemplateError) return err;
  if (err instanceof HelperUsageError) {
    const at = source.indexOf(err.needle);
    const pos = at >= 0 ? positionAt(source, at) : undefined;
    return new TemplateError(file, err.messageVi, pos?.line, pos?.column);
  }
  const e = (err ?? {}) as HandlebarsLikeError;
  const message = typeof e.message === 'string' ? e.message : String(err);
  let line = e.lineNumber;
  let column = e.column === undefined ? undefined : e.column + 1;
  if (e.hash?.loc) {
    line = e.hash.loc.first_line;
    column = e.hash.loc.first_column + 1;
  } else if (line === undefined) {
    const m = /on line (\d+)/.exec(message);
    if (m) line = Number(m[1]);
  }

  let vi: string;
  let match: RegExpExecArray | null;
  if ((match = /unknown helper (\S+)/.exec(message))) {
    vi = `Mẫu gọi hàm "${match[1]}" không có. Các hàm được dùng: ${KNOWN_HELPERS.join(', ')}, cùng if, unless, each, with. Hãy sửa tên hàm.`;
  } else if ((match = /"([^"]+)" not defined in/.exec(message))) {
    vi = `Mẫu dùng trường "${match[1]}" nhưng manifest.json không khai báo trường này (hoặc mục đang lặp không có nó). Hãy thêm trường vào "fields" hoặc sửa tên.`;
    if (line === undefined) {
      const at = source.search(new RegExp(`\\b${(match[1] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
      if (at >= 0) ({ line, column } = positionAt(source, at));
    }
  } else if ((match = /(\S+) doesn't match (\S+)/.exec(message))) {
    vi = `Thẻ đóng {{/${match[2]}}} không khớp với thẻ mở {{#${match[1]}}}. Hãy đóng đúng khối đang mở.`;
  } else if (/Parse error|Expecting|Lexical error/.test(message)) {
    vi = 'Mẫu viết sai cú pháp Handlebars (thẻ {{ }} viết sai hoặc chưa đóng). Hãy sửa thẻ ở vị trí này.';
  } else if (/partial/i.test(message)) {
    vi = 'Mẫu dùng thẻ chèn mẫu khác ({{> …}}), mà mẫu kế hoạch không được phép chèn tệp nào. Hãy chép nội dung cần chèn vào ngay tệp này.';
  } else {
    // Handlebars' own words (English, often a JavaScript error) are no use to a clerk.
    vi = 'Mẫu có thẻ Handlebars không chạy được (có thể dùng sai trường hoặc sai hàm). Hãy xem lại các thẻ {{ }} quanh vị trí này.';
  }
  return new TemplateError(file, vi, line, column);
}
