import { CODE, candidateDocuments } from '../citations-in-text';
import { editable, rangeFinding, textFix } from '../finding';
import { matchMention, typedMentions } from '../mention-match';
import { placesOf } from '../plan-places';
import { memoByText } from '../../text/text-memo';
import type { CheckRule, Finding } from '../types';

// A number-symbol in running text: "3360/SGDĐT-CTTT", "668/S GDĐT-KHTC", "32-CT/TU", "31/2017/TT-BGDĐT".
const NUMBER_SYMBOL = new RegExp(String.raw`(?<![\d])\d+[a-z]?(?:\/\d{4})?[-/](${CODE}(?:[-/]${CODE})*)`, 'g');
const CODE_IN = new RegExp(CODE, 'g');

/** The body codes of the number-symbols in a text, where they start (remembered by text). */
const codesOf = memoByText((text: string): Array<{ start: number; code: string }> => {
  if (!/\d[-/](?:\d{4}\/)?[A-ZĐ]/.test(text)) return [];
  const out: Array<{ start: number; code: string }> = [];
  for (const m of text.matchAll(NUMBER_SYMBOL)) {
    const symbol = m[1] ?? '';
    const symbolAt = m.index + m[0].length - symbol.length;
    for (const c of symbol.matchAll(CODE_IN)) out.push({ start: symbolAt + c.index, code: c[0] });
  }
  return out;
});

/**
 * How a mistyped code departs from the right one, as fingers slip: a space inside ("S GDĐT"), a
 * letter typed twice over its neighbour ("SDDĐT" for "SGDĐT"), two letters swapped, "D" for "Đ".
 * Codes of different bodies ("BGDĐT" and "SGDĐT", "TU" and "TW") differ otherwise and are left alone.
 */
function slipOf(typed: string, right: string): boolean {
  if (typed === right) return false;
  if (/\s/.test(typed)) return typed.replace(/\s+/g, '') === right;
  if (typed.length !== right.length || typed.length < 3) return false;
  const diff = [...typed].map((ch, i) => (ch === right[i] ? -1 : i)).filter((i) => i >= 0);
  if (diff.length === 1) {
    const i = diff[0] as number;
    const ch = typed[i];
    return ch === typed[i - 1] || ch === typed[i + 1] || (ch === 'D' && right[i] === 'Đ');
  }
  if (diff.length === 2) {
    const [i, j] = diff as [number, number];
    return j === i + 1 && typed[i] === right[j] && typed[j] === right[i];
  }
  return false;
}

/**
 * Body codes in document symbols that are a slip of a code the plan knows: "3360/SDDĐT-CTTT" and
 * "668/S GDĐT-KHTC" beside "SGDĐT" (Thanh Xuân as signed). Known codes are the organisation's,
 * those of the plan's documents and of the library, and any code written more often in the plan.
 */
export const symbolPattern: CheckRule = {
  id: 'symbol-pattern',
  severity: 'warning',
  title: 'Ký hiệu văn bản gõ sai',
  explanation: 'Ký hiệu của một cơ quan luôn viết giống nhau (“SGDĐT”); ký hiệu gõ lệch (“SDDĐT”, “S GDĐT”) khiến không tra cứu được văn bản.',
  check({ plan, library }) {
    const places = placesOf(plan).places;
    const known = new Set<string>([plan.organisation.symbolCode]);
    for (const doc of [...plan.documents, ...library]) for (const code of doc.symbol.split(/[-/]/)) if (code) known.add(code);
    const occurrences: Array<{ place: (typeof places)[number]; start: number; code: string }> = [];
    const counts = new Map<string, number>();
    for (const place of places) {
      for (const { start, code } of codesOf(place.text)) {
        occurrences.push({ place, start, code });
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    }
    // Symbols a citation rule already corrects against the document itself are left to it.
    const docs = candidateDocuments(plan.documents, library);
    const handled = typedMentions(places)
      .filter(({ mention }) => mention.symbol && matchMention(mention, docs)?.kind === 'wrong-symbol')
      .map(({ place, mention }) => ({ place, start: mention.symbol!.start, end: mention.symbol!.end }));
    const established = [...new Set([...known, ...counts.keys()])];
    const findings: Finding[] = [];
    for (const { place, start, code } of occurrences) {
      if (known.has(code)) continue;
      const end = start + code.length;
      if (handled.some((h) => h.place === place && h.start <= start && end <= h.end)) continue;
      const right = established.find((y) => y !== code && (known.has(y) || (counts.get(y) ?? 0) > (counts.get(code) ?? 0)) && slipOf(code, y));
      if (right === undefined) continue;
      const fix = editable(place, start, end) ? textFix(`Sửa thành “${right}”`, place, start, end, right) : undefined;
      findings.push(rangeFinding(symbolPattern, place, start, end, `Ký hiệu “${code}” có vẻ gõ sai so với “${right}” dùng ở các văn bản khác; hãy kiểm tra và sửa lại.`, fix));
    }
    return findings;
  },
};
