import { editable, rangeFinding, textFix } from '../finding';
import { placesOf } from '../plan-places';
import { memoByText } from '../../text/text-memo';
import type { Plan } from '../../model/plan';
import type { CheckRule, Finding } from '../types';
import { LOWER, UPPER, isViLetter } from '../vi-letters';

// Words after which a place name follows: "thành phố Hà Nội", "Thành ủy Hà Nội", "HUYỆN AN LÃO".
const PLACE_WORD = String.raw`(?:[Tt]hành phố|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Pp]hường|[Xx]ã|[Tt]hị xã|[Tt]hị trấn|(?:[Tt]hành|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị|[Đđ]ảng)\s+[ủu][yỷ]|UBND)`;
const NAME_WORD = `[${UPPER}][${LOWER}]*`;
// Case matters here (a name is learnt only when written in title case), so no "i" flag; no "u"
// flag either (see vi-letters.ts): the word boundary before the place word is checked by hand.
const AFTER_PLACE_WORD = new RegExp(String.raw`${PLACE_WORD}\s+(${NAME_WORD}(?:[ \u00a0]${NAME_WORD})+)`, 'g');
const CAPS_AFTER_PLACE_WORD = new RegExp(String.raw`(?:THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|PHƯỜNG|XÃ|THỊ XÃ|THỊ TRẤN)\s+([${UPPER}\s]+)$`);

const UNIT_WORDS = new Set(['phường', 'huyện', 'quận', 'tỉnh', 'thành', 'xã', 'thị', 'thôn', 'ấp', 'bản', 'tổ']);

const titleCase = (s: string): string =>
  s
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');

/** Names written in title case after a place word in a text (remembered by text). */
const namesIn = memoByText((text: string): string[] => {
  const out: string[] = [];
  for (const m of text.matchAll(AFTER_PLACE_WORD)) if (m[1] && !isViLetter(text[m.index - 1])) out.push(m[1]);
  return out;
});
const lowerOf = memoByText((text: string): string => text.toLowerCase());

/** Place names the plan writes itself, in title case: its place, its bodies' places, names in its documents and text. */
function knownNames(plan: Plan, texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  const add = (name: string): void => {
    const words = name.split(/\s+/);
    // "Phường Đông Đa" after "Đảng ủy" is the unit word capitalised, not a name to impose elsewhere.
    if (words.length >= 2 && !UNIT_WORDS.has((words[0] ?? '').toLowerCase())) names.add(name.normalize('NFC'));
  };
  add(plan.organisation.placeName);
  for (const body of [plan.organisation.superiorBody, plan.organisation.issuingBody]) {
    const m = CAPS_AFTER_PLACE_WORD.exec(body.trim());
    if (m?.[1]) add(titleCase(m[1].trim()));
  }
  for (const text of [...plan.documents.map((d) => d.issuer), ...texts])
    for (const name of namesIn(text)) add(name);
  return names;
}

/**
 * A place name written in the wrong case after a body word: "Thành ủy Hà nội" where the plan
 * writes "Hà Nội" (Đông Đa as signed). Names are learnt from the plan itself (its place, its
 * bodies, its documents' issuers, and names written in title case after "thành phố", "Thành ủy"…),
 * so the rule works for any locality; the fix writes the name as the plan writes it elsewhere.
 */
export const properNameCase: CheckRule = {
  id: 'proper-name-case',
  severity: 'warning',
  title: 'Tên riêng viết hoa chưa đúng',
  explanation: 'Tên địa danh viết hoa chữ cái đầu của mỗi tiếng (“Hà Nội”, không viết “Hà nội”).',
  check({ plan }) {
    const places = placesOf(plan).places;
    const names = knownNames(plan, places.map((p) => p.text));
    if (names.size === 0) return [];
    const findings: Finding[] = [];
    const byKey = new Map([...names].map((n) => [n.toLowerCase(), n]));
    const keys = [...byKey.keys()];
    const pattern = new RegExp(String.raw`(?:${PLACE_WORD})\s+(${keys.map((k) => k.replace(/\s+/g, String.raw`\s+`)).join('|')})`, 'gi');
    for (const place of places) {
      // Cheap test first: the place names the place at all.
      const lower = lowerOf(place.text);
      if (!keys.some((k) => lower.includes(k))) continue;
      for (const m of place.text.matchAll(pattern)) {
        if (isViLetter(place.text[m.index - 1]) || isViLetter(place.text[m.index + m[0].length])) continue;
        const written = m[1] ?? '';
        const right = byKey.get(written.toLowerCase().replace(/\s+/g, ' '));
        if (!right || written === right || written === written.toLocaleUpperCase('vi')) continue;
        const start = m.index + m[0].length - written.length;
        const end = start + written.length;
        const fix = editable(place, start, end) ? textFix(`Sửa thành “${right}”`, place, start, end, right) : undefined;
        findings.push(rangeFinding(properNameCase, place, start, end, `Tên riêng “${written}” phải viết hoa chữ cái đầu mỗi tiếng: “${right}”.`, fix));
      }
    }
    return findings;
  },
};
