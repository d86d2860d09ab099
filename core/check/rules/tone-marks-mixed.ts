import { applyToneMarks } from '../../text/tone-marks';
import { editable, rangeFinding, textFix } from '../finding';
import { placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

const MOVABLE = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]|[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aAeEyY]/;

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
      // Cheap tests first: a pair that may move (as core/text/tone-marks.ts looks for), or combining marks.
      if (!MOVABLE.test(place.text) && !/[\u0300-\u036f]/.test(place.text)) continue;
      if (applyToneMarks(place.text, convention) === place.text) continue;
      for (const m of place.text.matchAll(/[\p{L}\p{M}]+/gu)) {
        const right = applyToneMarks(m[0], convention);
        if (right === m[0].normalize('NFC')) continue;
        const start = m.index;
        const end = start + m[0].length;
        if (!editable(place, start, end)) continue;
        findings.push(
          rangeFinding(
            toneMarksMixed,
            place,
            start,
            end,
            `“${m[0]}” bỏ dấu thanh khác quy ước của cơ quan (“${convention}”); viết “${right}” cho thống nhất.`,
            textFix(`Sửa thành “${right}”`, place, start, end, right),
          ),
        );
      }
    }
    return findings;
  },
};
