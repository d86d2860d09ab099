import type { MigrationStep } from './migration-step';

/**
 * Version 0 is the format of the pre-release preview. It differed from version 1 in four ways:
 *   - `plan.number` was a JS number (or null when blank): 5 → "5", null → "";
 *   - `plan.date` was an ISO 8601 string of reduced precision: "2024-05-08", or "2024-05" /
 *     "2024" when the day / the day and month were left blank for signing;
 *   - `plan.recipients` was a flat array of lines as typed ("- Sở GDĐT;"), the archive line
 *     ("- Lưu: VT.") included as the last one;
 *   - there was no `plan.options` (and `plan.marks` could be missing).
 * Anything that does not have the expected v0 shape is left alone so that validation reports
 * it with its field path instead of the migration guessing.
 */
export const migrateV0ToV1: MigrationStep = {
  from: 0,
  describe: 'Bản xem trước: số kế hoạch là số, ngày là chuỗi ISO, nơi nhận là danh sách phẳng, chưa có tùy chọn in',
  up(plan) {
    const next: Record<string, unknown> = { ...plan };
    next.number = migrateNumber(plan.number);
    next.date = migrateDate(plan.date);
    const { groups, archiveLine } = migrateRecipients(plan.recipients);
    next.recipients = groups;
    if (archiveLine !== undefined && isRecord(plan.organisation)) {
      const organisation = { ...plan.organisation };
      if (typeof organisation.archiveLine !== 'string' || organisation.archiveLine.trim() === '') {
        organisation.archiveLine = archiveLine;
      }
      next.organisation = organisation;
    }
    if (next.options === undefined) next.options = { mirrorMargins: false };
    if (next.marks === undefined) next.marks = {};
    return next;
  },
};

function migrateNumber(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value);
  return value;
}

function migrateDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) return value;
  const [, year, month, day] = match;
  return {
    day: day === undefined ? null : Number(day),
    month: month === undefined ? null : Number(month),
    year: Number(year),
  };
}

/** "- Ban Tuyên giáo Thành ủy," → "Ban Tuyên giáo Thành ủy": the layout adds marker and line end. */
function stripLine(line: string): string {
  return line
    .trim()
    .replace(/^[-–+•]\s*/, '')
    .replace(/[,;.]+$/, '')
    .trim();
}

function migrateRecipients(value: unknown): { groups: unknown; archiveLine?: string } {
  if (!Array.isArray(value) || !value.every((line) => typeof line === 'string')) return { groups: value };
  const lines = (value as string[]).map(stripLine).filter((line) => line !== '');
  let archiveLine: string | undefined;
  const last = lines[lines.length - 1];
  if (last !== undefined && /^Lưu\b/u.test(last)) {
    archiveLine = last;
    lines.pop();
  }
  const groups = lines.length === 0 ? [] : [{ purpose: '', display: 'each-line', items: lines }];
  return archiveLine === undefined ? { groups } : { groups, archiveLine };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
