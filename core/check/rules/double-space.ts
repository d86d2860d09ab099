import { editable, rangeFinding, textFix } from '../finding';
import { placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

/** Two or more spaces inside a line: Word shows them as a gap in justified text. */
export const doubleSpace: CheckRule = {
  id: 'double-space',
  severity: 'info',
  title: 'Khoảng trắng thừa',
  explanation: 'Hai dấu cách liền nhau làm dòng chữ giãn không đều khi căn đều hai bên.',
  check({ plan }) {
    const findings: Finding[] = [];
    for (const place of placesOf(plan).places) {
      if (!place.text.includes('  ') && !place.text.includes('\u00a0')) continue;
      for (const m of place.text.matchAll(/(?<=\S)[ \u00a0]{2,}(?=\S)/gu)) {
        const start = m.index;
        const end = start + m[0].length;
        const fix = editable(place, start, end) ? textFix('Bỏ dấu cách thừa', place, start, end, ' ') : undefined;
        findings.push(rangeFinding(doubleSpace, place, start, end, 'Có nhiều dấu cách liền nhau; chỉ để một dấu cách.', fix));
      }
    }
    return findings;
  },
};
