import { fromRoman } from '../../render/numbering';
import { rangeFinding } from '../finding';
import { type PlanPlace, placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

/**
 * Numbers typed at the start of paragraphs (imported or pasted text: "3.1.", "3.3.", "a)", "II.")
 * that skip or repeat one: Thanh Xuân as signed goes from 3.1 to 3.3. Sections the app numbers
 * itself cannot be wrong; only typed numbers are read. Each body (a section's, the opening, an
 * appendix's) is one list; a number lower than the last one starts a new list.
 */
interface Typed {
  /** What the numbers of one list share: "decimal:3", "alpha", "arabic", "roman". */
  key: string;
  value: number;
  label: string;
  /** How the next one is written: "3.2", "b", "2", "III". */
  format(n: number): string;
}

const LEAD = /^\s*((?:\d+\.)+\d+|\d+|[a-zđ]|[IVXLC]+)([.)])(?=\s)/u;
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

function typedNumber(text: string): Typed | undefined {
  const m = LEAD.exec(text);
  if (!m) return undefined;
  const [, body = '', mark] = m;
  if (/^\d+(?:\.\d+)+$/.test(body)) {
    const parts = body.split('.');
    const prefix = parts.slice(0, -1).join('.');
    return { key: `decimal:${prefix}`, value: Number(parts[parts.length - 1]), label: body, format: (n) => `${prefix}.${n}` };
  }
  if (/^\d+$/.test(body)) return { key: `arabic${mark}`, value: Number(body), label: body, format: String };
  if (/^[IVXLC]+$/.test(body) && mark === '.') {
    const value = fromRoman(body);
    if (value === null) return undefined;
    return { key: 'roman', value, label: body, format: (n) => ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n] ?? String(n) };
  }
  if (mark === ')' && LETTERS.includes(body)) return { key: 'alpha', value: LETTERS.indexOf(body) + 1, label: body, format: (n) => LETTERS[n - 1] ?? '?' };
  return undefined;
}

export const numberingSequence: CheckRule = {
  id: 'numbering-sequence',
  severity: 'error',
  title: 'Số thứ tự nhảy cóc hoặc trùng',
  explanation: 'Các mục đánh số bằng tay phải liên tiếp (3.1, 3.2, 3.3); số nhảy cóc hoặc trùng cho thấy một đoạn bị xóa hay chép thừa và làm người đọc dẫn chiếu sai.',
  check({ plan }) {
    const findings: Finding[] = [];
    // One list per body: places of the same body share everything but the block index.
    const lists = new Map<string, Array<{ place: PlanPlace; typed: Typed }>>();
    for (const place of placesOf(plan).places) {
      if (!['preamble', 'section-body', 'appendix'].includes(place.place.area) || place.kind !== 'inline') continue;
      const first = place.segments[0];
      if (!first || first.kind !== 'typed') continue;
      const typed = typedNumber(place.text);
      if (!typed) continue;
      const body = `${place.place.area}|${place.place.sectionId ?? ''}|${place.place.appendixId ?? ''}`;
      const list = lists.get(body) ?? [];
      list.push({ place, typed });
      lists.set(body, list);
    }
    for (const list of lists.values()) {
      const last = new Map<string, number>();
      for (const { place, typed } of list) {
        const before = last.get(typed.key);
        last.set(typed.key, typed.value);
        if (before === undefined || typed.value < before) continue;
        const start = place.text.indexOf(typed.label);
        const end = start + typed.label.length;
        if (typed.value === before)
          findings.push(rangeFinding(numberingSequence, place, start, end, `Số thứ tự ${typed.label} bị trùng với mục trước; hãy đánh số lại cho liên tiếp.`));
        else if (typed.value > before + 1) {
          const missing = Array.from({ length: typed.value - before - 1 }, (_, i) => typed.format(before + 1 + i)).join(', ');
          findings.push(
            rangeFinding(numberingSequence, place, start, end, `Số thứ tự nhảy từ ${typed.format(before)} sang ${typed.label} (thiếu ${missing}); hãy đánh số lại hoặc bổ sung mục còn thiếu.`),
          );
        }
      }
    }
    return findings;
  },
};
