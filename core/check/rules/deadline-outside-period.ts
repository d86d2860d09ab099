import { addYears, isAfter, isBefore, lastDayOfMonth } from 'date-fns';
import { TASK_COLUMN } from '../../model/appendix';
import { editable, rangeFinding, textFix } from '../finding';
import { placesOf } from '../plan-places';
import { type PlanPeriod, planPeriod } from '../plan-period';
import { WEEKDAY_NAMES, textDates } from '../text-dates';
import type { CheckRule, Finding } from '../types';

// A deadline in running text: "trước ngày 03/01/2024", "chậm nhất ngày …", "hoàn thành trong tháng 12/2024".
const DEADLINE_WORDS = /(?:trước|chậm nhất(?: là)?|hạn(?: chót)?|hoàn thành(?: trước| trong| vào)?|xong(?: trước| trong)?)\s+(?:ngày\s+)?$/iu;
const MONTH = /(?<=(?:hoàn thành|xong|trước|trong|chậm nhất|vào)\s+(?:trong\s+)?)tháng\s+(\d{1,2})(?:\/|\s+năm\s+)(\d{4})/giu;
// "Quý II/2026", "quý 3 năm 2026": a quarter, read as its first to its last day.
const QUARTER = /(?<![\p{L}])quý\s+(IV|I{1,3}|[1-4])\s*(?:\/|năm\s+)(\d{4})/giu;
const QUARTER_NUMBER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const WEEKDAY_AFTER = /^\s*\((thứ\s+\S+|chủ\s+nhật)\)/iu;

const fmt = (d: Date): string => `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;

function outside(date: Date, until: Date, period: PlanPeriod): 'before' | 'after' | undefined {
  if (isBefore(until, period.start)) return 'before';
  if (isAfter(date, period.end)) return 'after';
  return undefined;
}

/**
 * Deadlines outside the time the plan covers (core/check/plan-period.ts): before the plan is
 * signed or after its year, school year or stage ends. When the same day one year later or
 * earlier falls inside and agrees with a weekday written beside it, the year was mistyped and the
 * fix corrects it.
 */
export const deadlineOutsidePeriod: CheckRule = {
  id: 'deadline-outside-period',
  severity: 'warning',
  title: 'Thời hạn nằm ngoài thời gian của kế hoạch',
  explanation: 'Thời hạn giao việc phải nằm trong thời gian kế hoạch có hiệu lực; một hạn đã qua trước ngày ký hoặc sau khi kế hoạch kết thúc thường là gõ nhầm năm.',
  check({ plan }) {
    const period = planPeriod(plan);
    const findings: Finding[] = [];
    for (const place of placesOf(plan).places) {
      const deadlineCell = place.place.area === 'appendix' && place.kind === 'string' && place.place.block?.[2] === TASK_COLUMN.deadline && (place.place.block?.[1] ?? 0) > 0;
      if (!/\d{4}/.test(place.text)) continue;
      for (const d of textDates(place.text)) {
        if (!deadlineCell && !DEADLINE_WORDS.test(place.text.slice(Math.max(0, d.start - 40), d.start))) continue;
        const side = outside(d.date, d.date, period);
        if (!side) continue;
        const weekday = WEEKDAY_AFTER.exec(place.text.slice(d.end))?.[1];
        const meant = [-1, 1]
          .map((n) => addYears(d.date, n))
          .find((c) => !outside(c, c, period) && c.getDate() === d.day && (weekday === undefined || WEEKDAY_NAMES[c.getDay()]?.toLowerCase() === weekday.toLowerCase().replace(/\s+/g, ' ')));
        const yearAt = d.end - 4;
        const fix = meant && editable(place, yearAt, d.end) ? textFix(`Sửa năm thành ${meant.getFullYear()}`, place, yearAt, d.end, String(meant.getFullYear())) : undefined;
        const when = side === 'before' ? `trước ngày bắt đầu kế hoạch (${fmt(period.start)})` : `sau khi ${period.label} kết thúc (${fmt(period.end)})`;
        findings.push(
          rangeFinding(deadlineOutsidePeriod, place, d.start, d.end, `Thời hạn ${place.text.slice(d.start, d.end)} nằm ${when}; hãy kiểm tra lại năm.`, fix),
        );
      }
      if (/quý/iu.test(place.text))
        for (const m of place.text.matchAll(QUARTER)) {
          if (!deadlineCell && !DEADLINE_WORDS.test(`${place.text.slice(Math.max(0, m.index - 40), m.index)}`.replace(/\s*(?:trong|vào)?\s*$/u, ' ')))
            continue;
          const quarter = QUARTER_NUMBER[(m[1] ?? '').toUpperCase()] ?? 1;
          const first = new Date(Number(m[2]), (quarter - 1) * 3, 1);
          const side = outside(first, lastDayOfMonth(new Date(Number(m[2]), quarter * 3 - 1, 1)), period);
          if (!side) continue;
          const when = side === 'before' ? `trước ngày bắt đầu kế hoạch (${fmt(period.start)})` : `sau khi ${period.label} kết thúc (${fmt(period.end)})`;
          findings.push(rangeFinding(deadlineOutsidePeriod, place, m.index, m.index + m[0].length, `Thời hạn “${m[0]}” nằm ${when}; hãy kiểm tra lại năm.`));
        }
      if (place.text.includes('tháng'))
      for (const m of place.text.matchAll(MONTH)) {
        const month = Number(m[1]);
        const year = Number(m[2]);
        if (month < 1 || month > 12) continue;
        const first = new Date(year, month - 1, 1);
        const side = outside(first, lastDayOfMonth(first), period);
        if (!side) continue;
        const when = side === 'before' ? `trước ngày bắt đầu kế hoạch (${fmt(period.start)})` : `sau khi ${period.label} kết thúc (${fmt(period.end)})`;
        findings.push(rangeFinding(deadlineOutsidePeriod, place, m.index, m.index + m[0].length, `Thời hạn “${m[0]}” nằm ${when}; hãy kiểm tra lại năm.`));
      }
    }
    return findings;
  },
};
