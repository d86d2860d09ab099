import { isValid } from 'date-fns';

/**
 * Dates as a Vietnamese clerk types and reads them: day/month/year ("24/4/2024", "24/04/2024",
 * "24.4.2024", "24-4-2024"), whatever the system's locale — the browser's date picker follows the
 * locale (mm/dd/yyyy on an English Windows) and accepts any year ("03/3/5"). Stored as ISO
 * yyyy-mm-dd. A pasted ISO date is read too.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** "2024-04-24" → "24/04/2024"; anything else as it is. */
export function isoToText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export type ParsedDate = { ok: true; iso: string } | { ok: false; error: string };

const EXAMPLE = 'gõ ngày/tháng/năm, ví dụ 24/04/2024';

/** What the clerk typed → ISO date, or why it is not a date. Empty text is `{ ok: true, iso: '' }`. */
export function parseDateText(text: string): ParsedDate {
  const t = text.trim();
  if (t === '') return { ok: true, iso: '' };
  let day: number, month: number, year: string;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d+)$/.exec(t);
  if (iso) [year, month, day] = [iso[1]!, Number(iso[2]), Number(iso[3])];
  else if (dmy) [day, month, year] = [Number(dmy[1]), Number(dmy[2]), dmy[3]!];
  else return { ok: false, error: `Ngày chưa đúng dạng: ${EXAMPLE}.` };
  if (year.length !== 4) return { ok: false, error: `Năm phải đủ 4 chữ số: ${EXAMPLE}.` };
  const y = Number(year);
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, error: `Năm ${y} không hợp lý: ${EXAMPLE}.` };
  if (month < 1 || month > 12) return { ok: false, error: `Không có tháng ${month}: ${EXAMPLE}.` };
  const date = new Date(y, month - 1, day);
  if (day < 1 || !isValid(date) || date.getMonth() !== month - 1) return { ok: false, error: `Tháng ${month}/${y} không có ngày ${day}.` };
  return { ok: true, iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
