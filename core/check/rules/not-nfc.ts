import { editable, rangeFinding, textFix } from '../finding';
import { placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

/**
 * Text not in Unicode NFC (pasted from a PDF or a Mac: letters and their marks as separate
 * characters). It looks the same but searches, sorting and some fonts fail on it; the fix
 * composes the word.
 */
export const notNfc: CheckRule = {
  id: 'not-nfc',
  severity: 'warning',
  title: 'Chữ tiếng Việt chưa dựng sẵn (Unicode NFC)',
  explanation: 'Chữ dán từ PDF hoặc máy Mac có thể tách dấu khỏi chữ (tổ hợp); trông giống nhau nhưng tìm kiếm, sắp xếp và một số phông chữ sẽ sai.',
  check({ plan }) {
    const findings: Finding[] = [];
    for (const place of placesOf(plan).places) {
      if (place.text.normalize('NFC') === place.text) continue;
      for (const m of place.text.matchAll(/[\p{L}\p{M}]+/gu)) {
        const nfc = m[0].normalize('NFC');
        if (nfc === m[0]) continue;
        const start = m.index;
        const end = start + m[0].length;
        const fix = editable(place, start, end) ? textFix(`Dựng lại chữ “${nfc}”`, place, start, end, nfc) : undefined;
        findings.push(rangeFinding(notNfc, place, start, end, `Chữ “${nfc}” được gõ bằng dấu tổ hợp tách rời; dựng lại thành chữ dựng sẵn.`, fix));
      }
    }
    return findings;
  },
};
