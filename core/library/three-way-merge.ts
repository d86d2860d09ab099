import type { LibraryEntry } from './library-entry';

/** Fields a clerk edits; revision, time and author are the library's bookkeeping, never merged. */
export const EDITABLE_FIELDS = ['type', 'regime', 'number', 'symbol', 'date', 'issuer', 'subject', 'shortName', 'implementsId', 'chainLink', 'text'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

type Facts = Partial<Pick<LibraryEntry, EditableField>>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export type ThreeWay = { ok: true; merged: Facts; fromTheirs: EditableField[] } | { ok: false; conflicts: EditableField[] };

/**
 * Two clerks edited one entry from the same `base`: `mine` is being saved, `theirs` is on disk.
 * A field only one of them changed takes that change; a field both changed to different values
 * is a conflict the clerk must decide (never one change dropped silently).
 */
export function mergeThreeWay(base: Facts, mine: Facts, theirs: Facts): ThreeWay {
  const merged: Record<string, unknown> = {};
  const conflicts: EditableField[] = [];
  const fromTheirs: EditableField[] = [];
  for (const field of EDITABLE_FIELDS) {
    const b = base[field];
    const m = mine[field];
    const t = theirs[field];
    if (same(m, t)) merged[field] = m;
    else if (same(b, m)) {
      merged[field] = t;
      fromTheirs.push(field);
    } else if (same(b, t)) merged[field] = m;
    else conflicts.push(field);
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return { ok: true, merged: merged as Facts, fromTheirs };
}

export const FIELD_NAMES_VI: Record<EditableField, string> = {
  type: 'loại văn bản',
  regime: 'hệ thống',
  number: 'số',
  symbol: 'ký hiệu',
  date: 'ngày ban hành',
  issuer: 'cơ quan ban hành',
  subject: 'trích yếu',
  shortName: 'tên viết tắt',
  implementsId: 'văn bản được thực hiện',
  chainLink: 'từ nối',
  text: 'toàn văn',
};
