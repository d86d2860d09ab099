import type * as z from 'zod';

/**
 * Profile files as a maintainer writes them: either every figure, or `"extends": "<profile id>"`
 * and only the figures that differ (dang-hd36 is dang-hd05 with another final mark and recipient
 * line end). Objects merge key by key; arrays and plain values replace the base's whole, so a
 * heading list is always read in one place. Errors name the file and the field to correct, in
 * Vietnamese, since a maintainer fixing a figure reads them.
 */

export class ProfileFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Tệp định dạng core/profiles/${file} ${detail}`);
    this.name = 'ProfileFileError';
  }
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** base + override, recursively for objects; anything else in the override replaces the base. */
export function deepMerge(base: Json, override: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const under = out[key];
    out[key] = isObject(under) && isObject(value) ? deepMerge(under, value) : value;
  }
  return out;
}

/** What an extending file must state itself: a profile that inherits another's regulation name is wrong. */
const OWN_KEYS = ['id', 'name', 'source'] as const;

const fileOf = (id: string): string => `${id}.json`;

/** Every file with its `extends` chain merged in, `extends` removed. Keys are file names (`dang-hd36.json`). */
export function resolveProfileFiles(files: Record<string, unknown>): Record<string, Json> {
  const resolved: Record<string, Json> = {};
  const resolve = (file: string, chain: string[]): Json => {
    const done = resolved[file];
    if (done) return done;
    const raw = files[file];
    if (!isObject(raw)) throw new ProfileFileError(file, 'không phải một đối tượng JSON: hãy sửa lại tệp theo mẫu dang-hd05.json.');
    const { extends: base, ...own } = raw;
    if (base === undefined) return (resolved[file] = own);
    if (typeof base !== 'string' || files[fileOf(base)] === undefined) {
      throw new ProfileFileError(file, `kế thừa "${String(base)}" nhưng không có hồ sơ định dạng đó: hãy sửa "extends" thành tên một tệp có sẵn (không có đuôi .json).`);
    }
    if (chain.includes(fileOf(base))) {
      throw new ProfileFileError(file, `kế thừa vòng tròn (${[...chain, fileOf(base)].join(' → ')}): hãy bỏ "extends" ở một trong các tệp này.`);
    }
    const missing = OWN_KEYS.filter((key) => own[key] === undefined);
    if (missing.length > 0) {
      throw new ProfileFileError(file, `kế thừa "${base}" nhưng thiếu ${missing.map((k) => `"${k}"`).join(', ')} của riêng mình: hãy ghi rõ các mục này trong tệp.`);
    }
    return (resolved[file] = deepMerge(resolve(fileOf(base), [...chain, fileOf(base)]), own));
  };
  for (const file of Object.keys(files)) resolve(file, [file]);
  return resolved;
}

const TYPE_VI: Record<string, string> = { number: 'một số', string: 'một chuỗi chữ', boolean: 'true hoặc false', object: 'một đối tượng', array: 'một danh sách' };

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (isObject(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[key] : undefined), root);
}

/** One zod issue in words a maintainer can act on. */
function describeIssue(issue: z.core.$ZodIssue, merged: unknown): string {
  const where = issue.path.map(String).join('.') || '(cả tệp)';
  const value = valueAt(merged, issue.path);
  const shown = value === undefined ? 'bị thiếu' : `đang là ${JSON.stringify(value)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `${where} phải là ${TYPE_VI[issue.expected] ?? issue.expected} (${shown})`;
    case 'invalid_value':
      return `${where} phải là một trong ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (${shown})`;
    case 'too_small':
      return `${where} phải từ ${String(issue.minimum)} trở lên (${shown})`;
    case 'too_big':
      return `${where} phải không quá ${String(issue.maximum)} (${shown})`;
    default:
      return `${where} không hợp lệ (${shown})`;
  }
}

/** The merged figures checked against the schema; the first problems are named with their file. */
export function validateProfileFile<T>(file: string, merged: Json, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(merged);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 3).map((issue) => describeIssue(issue, merged));
  throw new ProfileFileError(file, `có giá trị sai: ${problems.join('; ')}. Hãy sửa các mục này trong tệp.`);
}
