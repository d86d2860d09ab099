import { editable, rangeFinding, textFix } from '../finding';
import { memoByText } from '../../text/text-memo';
import { UPPER, isViLetter } from '../vi-letters';
import { placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

// An abbreviation standing alone in running text (not inside a symbol such as "KH-SGD&ĐT").
const ABBREVIATION = new RegExp(`[${UPPER}]+(?:&[${UPPER}]+)*`, 'g');
/** Characters that join an abbreviation to a symbol or a word: then it is not standing alone. */
const joined = (ch: string | undefined): boolean => ch !== undefined && (isViLetter(ch) || /[\d&/-]/.test(ch));

/** The abbreviations standing alone in a text (remembered by text). */
const abbreviationsOf = memoByText((text: string): Array<{ start: number; form: string }> => {
  // Cheap test first (no Unicode classes): an abbreviation has two capitals or an "&".
  if (!/[A-ZĐ][A-ZĐ&]/.test(text)) return [];
  const out: Array<{ start: number; form: string }> = [];
  for (const m of text.matchAll(ABBREVIATION)) {
    if (m[0].length < 3 || joined(text[m.index - 1]) || joined(text[m.index + m[0].length])) continue;
    out.push({ start: m.index, form: m[0] });
  }
  return out;
});

/**
 * One body abbreviated two ways in one plan: "Bộ GD&ĐT" beside "Bộ GDĐT" (Thanh Xuân as signed).
 * The forms are the same letters with or without "&"; the fix writes the form the plan uses most
 * (the organisation's own code when it is one of them).
 */
export const abbreviationVariants: CheckRule = {
  id: 'abbreviation-variants',
  severity: 'warning',
  title: 'Một cơ quan viết tắt hai cách',
  explanation: 'Trong một văn bản, tên viết tắt của một cơ quan phải thống nhất (“GDĐT” hoặc “GD&ĐT”, không dùng cả hai).',
  check({ plan }) {
    const places = placesOf(plan).places;
    const found: Array<{ place: (typeof places)[number]; start: number; form: string }> = [];
    const counts = new Map<string, Map<string, number>>();
    for (const place of places) {
      for (const { start, form } of abbreviationsOf(place.text)) {
        const key = form.replace(/&/g, '');
        found.push({ place, start, form });
        const forms = counts.get(key) ?? new Map<string, number>();
        forms.set(form, (forms.get(form) ?? 0) + 1);
        counts.set(key, forms);
      }
    }
    const preferred = new Map<string, string>();
    for (const [key, forms] of counts) {
      if (forms.size < 2) continue;
      const own = [...forms.keys()].find((f) => f === plan.organisation.symbolCode);
      const best = own ?? [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
      if (best !== undefined) preferred.set(key, best);
    }
    const findings: Finding[] = [];
    for (const { place, start, form } of found) {
      const right = preferred.get(form.replace(/&/g, ''));
      if (right === undefined || right === form) continue;
      const end = start + form.length;
      const fix = editable(place, start, end) ? textFix(`Sửa thành “${right}”`, place, start, end, right) : undefined;
      findings.push(rangeFinding(abbreviationVariants, place, start, end, `“${form}” và “${right}” cùng chỉ một cơ quan nhưng viết tắt khác nhau; dùng thống nhất “${right}”.`, fix));
    }
    return findings;
  },
};
