import { citeHead } from '../../citation/cite';
import type { InlineNode } from '../../model/inline';
import { rangeFinding, textFix } from '../finding';
import { matchMention, typedMentions } from '../mention-match';
import { placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

/**
 * A document of the plan cited by typing "Chỉ thị số 32-CT/TU" where a live reference would
 * follow it: correct today, wrong the day the base is corrected. When the typed words are exactly
 * what the live reference prints (type, "số", number-symbol, no date after), the fix puts the
 * reference in their place. Longer citations (with date and issuer) are left: where they end is
 * not certain.
 */
export const citationPlainText: CheckRule = {
  id: 'citation-plain-text',
  severity: 'info',
  title: 'Trích dẫn gõ tay thay cho trích dẫn tự động',
  explanation: 'Văn bản căn cứ của kế hoạch nên được trích dẫn bằng trích dẫn tự động: khi sửa thông tin văn bản căn cứ, mọi chỗ trích dẫn tự đổi theo.',
  check({ plan }) {
    const findings: Finding[] = [];
    for (const { place, mention } of typedMentions(placesOf(plan).places)) {
      if (!mention.so || !mention.symbol || mention.date) continue;
      const match = matchMention(mention, plan.documents);
      if (match?.kind !== 'same') continue;
      const head = citeHead(match.doc);
      const end = mention.symbol.end;
      if (place.text.slice(mention.start, end) !== head) continue;
      const live: InlineNode[] = [{ type: 'ref', field: 'citation.short', target: match.doc.id, children: [{ text: '' }] }];
      findings.push(
        rangeFinding(
          citationPlainText,
          place,
          mention.start,
          end,
          `“${head}” được gõ tay; thay bằng trích dẫn tự động để luôn khớp với thông tin văn bản căn cứ.`,
          textFix('Thay bằng trích dẫn tự động', place, mention.start, end, live),
        ),
      );
    }
    return findings;
  },
};
