import { editable, rangeFinding, textFix } from '../finding';
import { placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

// An ellipsis ("...", "…", "v.v...") is punctuation on purpose: masked before searching.
const ELLIPSIS = /\.{3,}|…/g;
// Two marks where one belongs ("2030., ", ",.", ";,", ",,"), or a space before a comma or semicolon.
const DOUBLE = /[.,;:](?:\s*[,;:]|\s*,?\s*\.(?!\d))|[,;]\s*[,;]/gu;
const SPACE_BEFORE = /(?<=[\p{L}\p{N})”"])\s+(?=[,;](?:\s|$))/gu;

const mask = (text: string): string => text.replace(ELLIPSIS, (m) => 'x'.repeat(m.length));

/**
 * Stray punctuation: "đến năm 2030., góp phần" (An Lão as signed), " ,", ",.", and quotation
 * marks opened and never closed in a paragraph. A space before a comma has a safe fix (drop it);
 * two marks do not (which one was meant is the writer's choice).
 */
export const strayPunctuation: CheckRule = {
  id: 'stray-punctuation',
  severity: 'warning',
  title: 'Dấu câu thừa hoặc sai chỗ',
  explanation: 'Dấu câu thừa (“2030., ”), dấu cách trước dấu phẩy hay ngoặc kép không đóng làm văn bản thiếu chuẩn mực khi ban hành.',
  check({ plan }) {
    const findings: Finding[] = [];
    for (const place of placesOf(plan).places) {
      if (!/[.,;:“”]/u.test(place.text)) continue;
      const text = mask(place.text);
      for (const m of text.matchAll(DOUBLE)) {
        const start = m.index;
        const end = start + m[0].length;
        if (!editable(place, start, end)) continue;
        findings.push(rangeFinding(strayPunctuation, place, start, end, `Dấu câu “${m[0].trim()}” thừa hoặc sai; chỉ giữ một dấu phù hợp với câu.`));
      }
      // Cheap test first: most paragraphs have no space before a comma.
      if (/\s[,;]/.test(text))
      for (const m of text.matchAll(SPACE_BEFORE)) {
        const start = m.index;
        const end = start + m[0].length;
        if (!editable(place, start, end)) continue;
        findings.push(
          rangeFinding(strayPunctuation, place, start, end + 1, 'Có dấu cách trước dấu câu; bỏ dấu cách để dấu câu liền với chữ trước nó.', textFix('Bỏ dấu cách', place, start, end + 1, text.charAt(end))),
        );
      }
      const opened = (place.text.match(/“/g) ?? []).length;
      const closed = (place.text.match(/”/g) ?? []).length;
      if (opened > closed) {
        const at = place.text.lastIndexOf('“');
        if (editable(place, at, at + 1))
          findings.push(rangeFinding(strayPunctuation, place, at, at + 1, 'Dấu ngoặc kép “ mở mà không đóng; thêm dấu ” ở cuối phần trích dẫn.'));
      } else if (closed > opened) {
        const at = place.text.indexOf('”');
        if (editable(place, at, at + 1))
          findings.push(rangeFinding(strayPunctuation, place, at, at + 1, 'Dấu ngoặc kép ” đóng mà không có dấu “ mở; thêm dấu “ ở đầu phần trích dẫn hoặc bỏ dấu này.'));
      }
    }
    return findings;
  },
};
