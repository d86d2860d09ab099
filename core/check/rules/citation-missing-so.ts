import { typedMentions } from '../mention-match';
import { rangeFinding, textFix } from '../finding';
import { placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

/** "Chỉ thị 32-CT/TU": a cited document's number is introduced by "số" (Hướng dẫn 36, Nghị định 30). */
export const citationMissingSo: CheckRule = {
  id: 'citation-missing-so',
  severity: 'warning',
  title: 'Trích dẫn thiếu chữ “số”',
  explanation: 'Khi trích dẫn văn bản, số và ký hiệu văn bản đứng sau chữ “số”: “Chỉ thị số 32-CT/TU”, không viết “Chỉ thị 32-CT/TU”.',
  check({ plan }) {
    const findings: Finding[] = [];
    for (const { place, mention } of typedMentions(placesOf(plan).places)) {
      if (mention.so || !mention.symbol) continue;
      const end = mention.symbol.end;
      const head = place.text.slice(mention.start, end);
      findings.push(
        rangeFinding(
          citationMissingSo,
          place,
          mention.start,
          end,
          `Trích dẫn “${head}” thiếu chữ “số” trước số văn bản; viết “${mention.type.text} số ${place.text.slice(mention.number.start, end)}”.`,
          textFix('Thêm “số”', place, mention.number.start, mention.number.start, 'số '),
        ),
      );
    }
    return findings;
  },
};
