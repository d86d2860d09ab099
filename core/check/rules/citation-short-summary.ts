import { citeHead } from '../../citation/cite';
import { formatCitationDate } from '../../citation/dates';
import { numberSymbol } from '../../citation/numbers';
import { fullStyle } from '../../citation/style';
import { candidateDocuments } from '../citations-in-text';
import { rangeFinding, textFix } from '../finding';
import { matchMention, typedMentions } from '../mention-match';
import { placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

/**
 * The summary (trích yếu) names the parent as the opening sentence does: "Chương trình hành động
 * số 05" in the summary while the opening cites "số 05-CTr/TU ngày 12/01/2026" leaves the reader
 * of the title unsure which document it is (dong-da as signed). The fix writes the number, symbol
 * and date the opening has.
 */
export const citationShortSummary: CheckRule = {
  id: 'citation-short-summary',
  severity: 'warning',
  title: 'Trích yếu trích dẫn văn bản không đầy đủ',
  explanation: 'Trích yếu phải trích dẫn văn bản căn cứ đầy đủ số, ký hiệu và ngày ban hành như câu mở đầu, để người đọc biết ngay kế hoạch thực hiện văn bản nào.',
  check({ plan, library }) {
    const places = placesOf(plan).places;
    const opening = places.filter((p) => p.place.area === 'preamble').map((p) => p.text).join('\n');
    const withDate = plan.wording?.summary?.date !== false;
    const style = fullStyle(plan.organisation.citationStyle);
    const docs = candidateDocuments(plan.documents, library);
    const findings: Finding[] = [];
    for (const { place, mention } of typedMentions(places.filter((p) => p.place.area === 'summary'))) {
      if (mention.symbol && (mention.date || !withDate)) continue;
      const match = matchMention(mention, docs);
      if (match?.kind !== 'same') continue;
      const { doc } = match;
      const ns = numberSymbol(doc);
      if (doc.symbol === '' || !opening.includes(ns)) continue;
      const date = withDate && doc.date !== '' && !mention.date ? `${style.commaBeforeDate ? ',' : ''} ${formatCitationDate(doc.date, style)}` : '';
      const end = mention.symbol?.end ?? mention.number.end;
      const replacement = `${ns}${date}`;
      findings.push(
        rangeFinding(
          citationShortSummary,
          place,
          mention.start,
          end,
          `Trích yếu chỉ ghi “${place.text.slice(mention.start, end)}” trong khi câu mở đầu trích dẫn đầy đủ; viết “${citeHead(doc)}${date}” như câu mở đầu.`,
          textFix(`Sửa thành “${replacement}”`, place, mention.number.start, end, replacement),
        ),
      );
    }
    return findings;
  },
};
