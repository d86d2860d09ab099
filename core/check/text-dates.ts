import { isValid } from 'date-fns';
import { memoByText } from '../text/text-memo';

/** Dates written in running text: "03/01/2023", "3/1/2023", "ngày 03 tháng 01 năm 2023". */
export interface TextDate {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number;
  date: Date;
}

const DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])|(?<=ngày\s)(\d{1,2}) tháng (\d{1,2}) năm (\d{4})/g;

/** The dates of a text (remembered by text: see text-memo.ts). */
export const textDates = memoByText(findDates);

function findDates(text: string): TextDate[] {
  const out: TextDate[] = [];
  if (!/\d\/\d|tháng/.test(text)) return out;
  for (const m of text.matchAll(DATE)) {
    const day = Number(m[1] ?? m[4]);
    const month = Number(m[2] ?? m[5]);
    const year = Number(m[3] ?? m[6]);
    const date = new Date(year, month - 1, day);
    if (!isValid(date) || date.getDate() !== day || date.getMonth() !== month - 1) continue;
    out.push({ start: m.index, end: m.index + m[0].length, day, month, year, date });
  }
  return out;
}

/** "thứ Hai" … "thứ Bảy", "Chủ nhật" (and "thứ 2" … "thứ 7", "CN"): the JavaScript day number (0 = Sunday). */
export function weekdayNumber(word: string): number | null {
  const w = word.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  const names: Record<string, number> = { 'chủ nhật': 0, cn: 0, hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };
  const key = w.replace(/^thứ /, '');
  return key in names ? (names[key] as number) : null;
}

export const WEEKDAY_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

export const formatDate = (d: Pick<TextDate, 'day' | 'month' | 'year'>): string =>
  `${String(d.day).padStart(2, '0')}/${d.month <= 2 ? String(d.month).padStart(2, '0') : d.month}/${d.year}`;
