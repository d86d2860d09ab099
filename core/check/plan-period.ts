import type { Plan } from '../model/plan';
import { placesOf } from './plan-places';

/**
 * The time a plan covers, derived from the plan itself so deadlines can be checked on plans never
 * seen: a school year named in the summary, subject or opening ("năm học 2023-2024") runs from
 * August of its first year to the end of August of the next; a stage ("giai đoạn 2021-2025") or a
 * horizon ("đến năm 2030") runs to the end of its last year; otherwise the plan's own year. It
 * starts at the signing date (the first of the plan's year, or of the school year, when blank).
 */
export interface PlanPeriod {
  start: Date;
  end: Date;
  /** As a clerk says it: "năm học 2023-2024", "năm 2024", "giai đoạn 2021-2025". */
  label: string;
}

export function planPeriod(plan: Plan): PlanPeriod {
  const places = placesOf(plan).places;
  const framing = [
    ...places.filter((p) => p.place.area === 'summary' || p.place.area === 'preamble').map((p) => p.text),
    plan.wording?.subject ?? '',
  ].join('\n');
  const year = plan.date.year;
  const signed =
    plan.date.day !== null && plan.date.month !== null ? new Date(year, plan.date.month - 1, plan.date.day) : new Date(year, 0, 1);

  const school = /năm học\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(framing);
  if (school) {
    const first = Number(school[1]);
    const start = new Date(first, 7, 1);
    return { start: signed < start ? signed : start, end: new Date(first + 1, 7, 31, 23, 59), label: `năm học ${first}-${first + 1}` };
  }
  const stage = /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(framing);
  const horizon = [...framing.matchAll(/(?:đến|tới)\s+năm\s+(\d{4})/giu)].map((m) => Number(m[1]));
  const last = Math.max(year, stage ? Number(stage[2]) : year, ...horizon);
  const label = stage ? `giai đoạn ${stage[1]}-${stage[2]}` : last > year ? `đến năm ${last}` : `năm ${year}`;
  return { start: signed, end: new Date(last, 11, 31, 23, 59), label };
}
