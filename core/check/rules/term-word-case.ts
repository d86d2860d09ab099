import { editable, rangeFinding, textFix } from '../finding';
import { placesOf } from '../plan-places';
import { memoByText } from '../../text/text-memo';
import type { CheckRule, Finding } from '../types';

// "khóa VIII", "nhiệm kỳ 2020-2025": the words naming a term are common nouns, written in lower case
// inside a sentence (Nghị định 30, Phụ lục II: "Ban Chấp hành Trung ương Đảng khóa XIII").
const TERM = /(Khóa|Khoá|Nhiệm kỳ)(?=\s+(?:[IVXLC]+\b|\d{4}\s*[-–]\s*\d{4}))/g;

const capitalsOf = memoByText((text: string): Array<{ start: number; word: string }> => {
  if (!/Kh[oó]|Nhiệm/.test(text)) return [];
  const out: Array<{ start: number; word: string }> = [];
  for (const m of text.matchAll(TERM)) {
    // At the start of a sentence the capital is right.
    const before = text.slice(0, m.index).trimEnd();
    if (before === '' || /[.!?:]$/.test(before)) continue;
    out.push({ start: m.index, word: m[0] });
  }
  return out;
});

/** Term words written with a capital inside a sentence: "Bộ Chính trị (Khoá VIII)" (Thanh Xuân as signed). */
export const termWordCase: CheckRule = {
  id: 'term-word-case',
  severity: 'warning',
  title: 'Viết hoa không đúng quy định',
  explanation: 'Các từ chỉ khóa, nhiệm kỳ là danh từ chung, viết thường khi đứng giữa câu: “Bộ Chính trị (khóa VIII)”, “nhiệm kỳ 2020-2025”.',
  check({ plan }) {
    const findings: Finding[] = [];
    for (const place of placesOf(plan).places) {
      for (const { start, word } of capitalsOf(place.text)) {
        const end = start + 1;
        if (!editable(place, start, end)) continue;
        const lower = word.charAt(0).toLocaleLowerCase('vi');
        findings.push(
          rangeFinding(termWordCase, place, start, start + word.length, `“${word}” đứng giữa câu nên viết thường: “${lower}${word.slice(1)}”.`, textFix(`Viết thường “${lower}${word.slice(1)}”`, place, start, end, lower)),
        );
      }
    }
    return findings;
  },
};
