import type * as z from 'zod';
import { formatFieldPath, valueAt } from './field-path';

/**
 * Turns the first problem zod finds in a draft into one Vietnamese sentence that names the
 * field, says what is wrong and what to do. The schemas in core/model carry Vietnamese messages
 * for the rules a user can break by editing; for the structural rules (type, required, enum)
 * zod's own messages are English, so `vietnameseIssueMessage` supplies them at parse time.
 */

export const FIX_HINT = 'hãy sửa trường này trong tệp hoặc mở bản sao lưu .kehoach.bak cùng thư mục';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng/sai (true hoặc false)',
  array: 'danh sách',
  object: 'đối tượng',
  null: 'null',
};

/** Default messages in Vietnamese, for issues whose schema carries no message of its own. */
export function vietnameseIssueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'bị thiếu';
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `phải là một trong các giá trị ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'không được để trống' : `phải có ít nhất ${issue.minimum} ký tự`;
      if (issue.origin === 'array' || issue.origin === 'set') return `phải có ít nhất ${issue.minimum} mục`;
      return `phải từ ${issue.minimum} trở lên`;
    case 'too_big':
      if (issue.origin === 'string') return `chỉ được có tối đa ${issue.maximum} ký tự`;
      if (issue.origin === 'array' || issue.origin === 'set') return `chỉ được có tối đa ${issue.maximum} mục`;
      return `phải từ ${issue.maximum} trở xuống`;
    case 'invalid_format':
      return 'sai định dạng';
    case 'invalid_union':
      return 'không đúng dạng nào được chấp nhận (đoạn văn, gạch đầu dòng, chữ hoặc tham chiếu)';
    case 'not_multiple_of':
      return `phải là bội số của ${issue.divisor}`;
    default:
      return 'không hợp lệ';
  }
}

export function describeValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return ` (đang là "${shown}")`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return ` (đang là ${String(value)})`;
  if (Array.isArray(value)) return ' (đang là một danh sách)';
  return ' (đang là một đối tượng)';
}

/**
 * One sentence for the first issue. `own` holds the messages produced by
 * `vietnameseIssueMessage`; any other message came from a schema and is quoted as the reason.
 */
export function issueSentence(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  root: unknown,
  prefix: ReadonlyArray<PropertyKey>,
  own: ReadonlySet<string>,
): string {
  const first = issues[0];
  if (first === undefined) return `Bản thảo không hợp lệ, ${FIX_HINT}.`;
  const path = [...prefix, ...first.path];
  const field = formatFieldPath(path);
  const value = valueAt(root, path);
  const problem = own.has(first.message)
    ? first.message
    : `không hợp lệ: ${lowerFirstLetter(first.message)}`;
  const shown = first.code === 'invalid_type' && value === undefined ? '' : describeValue(value);
  // A wrong value can break several rules of one field; count fields, which is what the user fixes.
  const otherFields = new Set(issues.map((issue) => formatFieldPath(issue.path))).size - 1;
  const more = otherFields > 0 ? ` (và ${otherFields} trường khác cũng có lỗi)` : '';
  return `Trường "${field}" ${problem}${shown}${more}, ${FIX_HINT}.`;
}

/** "Ngày phải …" → "ngày phải …", keeping acronyms such as "UBND" intact. */
function lowerFirstLetter(message: string): string {
  const [first = '', second = ''] = [...message];
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return message;
  return first.toLowerCase() + message.slice(first.length);
}
