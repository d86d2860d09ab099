import type { CitationStyle } from '../model/organisation';
import type { PlanDate } from '../model/plan';

/**
 * Dates as Vietnamese official documents print them: a day below 10 and the months 1 and 2
 * take a leading zero, other months do not (05/01/2024, 24/4/2024, ngày 08 tháng 5 năm 2024).
 * The zero on January and February keeps "1/1" from being misread as "11" when handwritten in.
 */
export const BLANK = '      ';

const pad2 = (n: number): string => String(n).padStart(2, '0');
export const formatDay = (day: number): string => pad2(day);
export const formatMonth = (month: number): string => (month <= 2 ? pad2(month) : String(month));

function parseIso(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Ngày "${iso}" không đúng dạng năm-tháng-ngày`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** 24/4/2024, 05/01/2024. */
export function formatShortDate(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${formatDay(day)}/${formatMonth(month)}/${year}`;
}

/** ngày 05 tháng 3 năm 2020. */
export function formatWordsDate(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `ngày ${formatDay(day)} tháng ${formatMonth(month)} năm ${year}`;
}

/**
 * The date as it follows a number-symbol in a citation: "ngày 24/4/2024" or "ngày 05 tháng 3 năm 2020".
 * A date not (yet) typed in full — the new-plan form previews while the clerk types — prints as a
 * visible gap, "ngày …", instead of failing.
 */
export function formatCitationDate(iso: string, style: CitationStyle): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'ngày …';
  return style.dateStyle === 'words' ? formatWordsDate(iso) : `ngày ${formatShortDate(iso)}`;
}

/** The date line under the title: "An Lão, ngày 08 tháng 5 năm 2024"; a blank day or month stays blank for signing. */
export function formatDateLine(place: string, date: PlanDate): string {
  // A blank is six spaces between the words, where the clerk writes the figure by hand.
  const day = date.day === null ? BLANK : ` ${formatDay(date.day)} `;
  const month = date.month === null ? BLANK : ` ${formatMonth(date.month)} `;
  return `${place}, ngày${day}tháng${month}năm ${date.year}`;
}
