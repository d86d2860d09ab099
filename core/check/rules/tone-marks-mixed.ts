import { applyToneMarks } from '../../text/tone-marks';
import { editable, rangeFinding, textFix } from '../finding';
import { placesOf } from '../plan-places';
import { memoByText } from '../../text/text-memo';
import type { CheckRule, Finding } from '../types';

const MOVABLE = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]|[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aAeEyY]/;

type Wrong = { start: number; end: number; word: string; right: string };

/** The words of a text written against a convention, with the right form (remembered by text). */
function wrongWords(convention: 'ủy' | 'uỷ'): (text: string) => Wrong[] {
  return memoByText((text: string): Wrong[] => {
    // Cheap tests first: a pair that may move (as core/text/tone-marks.ts looks for), or combining marks.
    if (!MOVABLE.test(text) && !/[\u0300-\u036f]/.test(text)) return [];
    if (applyToneMarks(text, convention) === text) return [];
    const out: Wrong[] = [];
    for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
      const right = applyToneMarks(m[0], convention);
      if (right !== m[0].normalize('NFC')) out.push({ start: m.index, end: m.index + m[0].length, word: m[0], right });
    }
    return out;
  });
}
const firstVowelWords = wrongWords('ủy');
const secondVowelWords = wrongWords('uỷ');

/**
 * Words written with the other tone-mark placement than the organisation's ("Huyện uỷ" where it
 * writes "Huyện ủy"; "Khoá" where it writes "Khóa"). Which one is right is the organisation's
 * setting, so the fix is safe: rewrite the word to it.
 */
export const toneMarksMixed: CheckRule = {
  id: 'tone-marks-mixed',
  severity: 'warning',
  title: 'Bỏ dấu thanh không thống nhất',
  explanation: 'Một văn bản chỉ dùng một kiểu bỏ dấu thanh (“hòa, ủy” hoặc “hoà, uỷ”) theo quy ước của cơ quan; trộn hai kiểu (“Huyện uỷ” bên cạnh “Huyện ủy”) là lỗi chính tả trình bày.',
  check({ plan }) {
    const convention = plan.organisation.toneMarks;
    const findings: Finding[] = [];
    for (const place of placesOf(plan).places) {
      for (const w of (convention === 'ủy' ? firstVowelWords : secondVowelWords)(place.text)) {
        if (!editable(place, w.start, w.end)) continue;
        findings.push(
          rangeFinding(
            toneMarksMixed,
            place,
            w.start,
            w.end,
            `“${w.word}” bỏ dấu thanh khác quy ước của cơ quan (“${convention}”); viết “${w.right}” cho thống nhất.`,
            textFix(`Sửa thành “${w.right}”`, place, w.start, w.end, w.right),
          ),
        );
      }
    }
    return findings;
  },
};
