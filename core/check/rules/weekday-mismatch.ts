import { addYears, isWithinInterval } from 'date-fns';
import { editable, rangeFinding, textFix } from '../finding';
import { placesOf } from '../plan-places';
import { planPeriod } from '../plan-period';
import { WEEKDAY_NAMES, textDates, weekdayNumber } from '../text-dates';
import type { CheckRule, Finding } from '../types';

const WEEKDAY = '(thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)';
// "03/01/2023 (thứ Tư)" or "thứ Tư, ngày 03/01/2023" / "thứ Tư ngày 03/01/2023".
const AFTER = new RegExp(`^\\s*\\(\\s*(${WEEKDAY.slice(1, -1)}|CN)\\s*\\)`, 'iu');
const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${WEEKDAY}\\s*,?\\s*(?:ngày\\s+)?$`, 'iu');

/**
 * A weekday written beside a date must be that date's weekday. When the same day a year earlier
 * or later has the written weekday and falls inside the plan's period (the thanh-xuan case: a
 * school year 2023-2024, "03/01/2023 (thứ Tư)" where 03/01/2024 was a Wednesday), the year was
 * mistyped and the fix corrects it; otherwise which of the two is wrong is not known, so no fix.
 */
export const weekdayMismatch: CheckRule = {
  id: 'weekday-mismatch',
  severity: 'error',
  title: 'Thứ không khớp với ngày',
  explanation: 'Thứ ghi kèm ngày phải đúng với lịch; người nhận sẽ làm theo một trong hai và có thể sai hạn.',
  check({ plan }) {
    const findings: Finding[] = [];
    const period = planPeriod(plan);
    for (const place of placesOf(plan).places) {
      for (const d of textDates(place.text)) {
        const after = AFTER.exec(place.text.slice(d.end));
        const before = after ? null : BEFORE.exec(place.text.slice(Math.max(0, d.start - 30), d.start));
        const word = after?.[1] ?? before?.[1];
        if (word === undefined) continue;
        const written = weekdayNumber(word);
        if (written === null || written === d.date.getDay()) continue;
        const actual = WEEKDAY_NAMES[d.date.getDay()];
        const end = after ? d.end + after[0].length : d.end;
        const start = before ? d.start - before[0].length : d.start;
        const meant = [-1, 1]
          .map((n) => addYears(d.date, n))
          .find((c) => c.getDay() === written && isWithinInterval(c, { start: period.start, end: period.end }) && c.getDate() === d.day);
        const yearAt = d.end - 4;
        const fix =
          meant && editable(place, yearAt, d.end)
            ? textFix(`Sửa năm thành ${meant.getFullYear()}`, place, yearAt, d.end, String(meant.getFullYear()))
            : undefined;
        const text = place.text.slice(d.start, d.end);
        const message = meant
          ? `Ngày ${text} là ${actual}, không phải ${word}; ngày ${text.slice(0, -4)}${meant.getFullYear()} mới là ${word} và nằm trong ${period.label}, hãy sửa lại năm.`
          : `Ngày ${text} là ${actual}, không phải ${word}; hãy sửa lại ngày hoặc thứ cho khớp.`;
        findings.push(rangeFinding(weekdayMismatch, place, start, end, message, fix));
      }
    }
    return findings;
  },
};
