import type * as z from 'zod';

/**
 * Zod issues as one Vietnamese line each, naming the field the way a clerk sees it in the JSON
 * file: `trường "bases[0].date": …`. Messages written in the schemas themselves (already
 * Vietnamese) are kept; zod's generic English ones are replaced.
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi chữ',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách [ … ]',
  object: 'đối tượng { … }',
  date: 'ngày',
};

/** Passed as the per-parse error map: only used for issues without a message of their own. */
export function viErrorMap(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'bắt buộc phải có nhưng đang thiếu';
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'không được để trống' : `phải có ít nhất ${min} ký tự`;
      if (issue.origin === 'array') return `phải có ít nhất ${min} mục`;
      return `phải lớn hơn hoặc bằng ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return `chỉ được có tối đa ${max} mục`;
      if (issue.origin === 'string') return `chỉ được dài tối đa ${max} ký tự`;
      return `phải nhỏ hơn hoặc bằng ${max}`;
    }
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `có trường không được dùng: ${issue.keys.map((k) => `"${k}"`).join(', ')}; hãy xoá hoặc sửa tên`;
    case 'invalid_format':
      return 'viết sai định dạng';
    case 'invalid_union':
      return 'có giá trị không đúng dạng nào được chấp nhận';
    default:
      return 'không hợp lệ';
  }
}

export interface ViIssue {
  path: string;
  message: string;
}

/** The first issue of a failed parse, as a path and a Vietnamese message. */
export function firstIssue(error: z.core.$ZodError): ViIssue {
  const issue = error.issues[0];
  if (!issue) return { path: '', message: 'không hợp lệ' };
  return { path: formatPath(issue.path), message: issue.message };
}

/** `trường "bases[0].date": Ngày phải có dạng …` */
export function describeIssue(issue: ViIssue): string {
  return issue.path === '' ? issue.message : `trường "${issue.path}": ${issue.message}`;
}
