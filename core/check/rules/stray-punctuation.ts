import { editable, rangeFinding, textFix } from '../finding';
import { placesOf } from '../plan-places';
import { memoByText } from '../../text/text-memo';
import type { CheckRule, Finding } from '../types';

// An ellipsis ("...", "…", "v.v...") is punctuation on purpose: masked before searching.
const ELLIPSIS = /\.{3,}|…/g;
// Two marks where one belongs ("2030., ", ",.", ";,", ",,"), or a space before a comma or semicolon.
const DOUBLE = /[.,;:](?:\s*[,;:]|\s*,?\s*\.(?!\d))|[,;]\s*[,;]/gu;
const SPACE_BEFORE = /(?<=[\p{L}\p{N})”"])\s+(?=[,;](?:\s|$))/gu;

const mask = (text: string): string => text.replace(ELLIPSIS, (m) => 'x'.repeat(m.length));

type Stray = { start: number; end: number; kind: 'double' | 'space' | 'open' | 'close'; text: string };

/** What a text has of stray punctuation, before the plan is looked at (remembered by text). */
const strayOf = memoByText((original: string): Stray[] => {
  const out: Stray[] = [];
  if (!/[.,;:“”]/.test(original)) return out;
  const text = mask(original);
  for (const m of text.matchAll(DOUBLE)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'double', text: m[0] });
  // Cheap test first: most paragraphs have no space before a comma.
  if (/\s[,;]/.test(text))
    for (const m of text.matchAll(SPACE_BEFORE)) out.push({ start: m.index, end: m.index + m[0].length + 1, kind: 'space', text: text.charAt(m.index + m[0].length) });
  const opened = (original.match(/“/g) ?? []).length;
  const closed = (original.match(/”/g) ?? []).length;
  if (opened > closed) {
    const at = original.lastIndexOf('“');
    out.push({ start: at, end: at + 1, kind: 'open', text: '“' });
  } else if (closed > opened) {
    const at = original.indexOf('”');
    out.push({ start: at, end: at + 1, kind: 'close', text: '”' });
  }
  return out;
});

const MESSAGES: Record<Stray['kind'], (s: Stray) => string> = {
  double: (s) => `Dấu câu “${s.text.trim()}” thừa hoặc sai; chỉ giữ một dấu phù hợp với câu.`,
  space: () => 'Có dấu cách trước dấu câu; bỏ dấu cách để dấu câu liền với chữ trước nó.',
  open: () => 'Dấu ngoặc kép “ mở mà không đóng; thêm dấu ” ở cuối phần trích dẫn.',
  close: () => 'Dấu ngoặc kép ” đóng mà không có dấu “ mở; thêm dấu “ ở đầu phần trích dẫn hoặc bỏ dấu này.',
};

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
      for (const s of strayOf(place.text)) {
        if (!editable(place, s.start, s.end)) continue;
        const fix = s.kind === 'space' ? textFix('Bỏ dấu cách', place, s.start, s.end, s.text) : undefined;
        findings.push(rangeFinding(strayPunctuation, place, s.start, s.end, MESSAGES[s.kind](s), fix));
      }
    }
    return findings;
  },
};
