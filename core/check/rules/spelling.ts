import { misspelledRanges, planIgnoreWords } from '../../spell';
import { editable, rangeFinding } from '../finding';
import { placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

/**
 * Words that are not Vietnamese syllables (core/spell): typing slips such as "tổ chúc" pass, but
 * "trỉen" does not. The plan's own names (organisation, documents, signer, recipients) are never
 * flagged. No fix: a suggestion is a guess.
 */
export const spelling: CheckRule = {
  id: 'spelling',
  severity: 'warning',
  title: 'Chính tả',
  explanation: 'Từ không phải âm tiết tiếng Việt thường là lỗi gõ; tên riêng của kế hoạch (cơ quan, văn bản, người ký, nơi nhận) không bị báo.',
  check({ plan }) {
    const ignore = planIgnoreWords(plan);
    const findings: Finding[] = [];
    for (const place of placesOf(plan).places) {
      for (const span of misspelledRanges(place.text, ignore)) {
        if (!editable(place, span.start, span.end)) continue;
        findings.push(rangeFinding(spelling, place, span.start, span.end, `“${span.word}” không phải là một tiếng Việt đúng chính tả; hãy kiểm tra lại.`));
      }
    }
    return findings;
  },
};
