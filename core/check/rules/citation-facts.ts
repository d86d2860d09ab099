import { citeHead } from '../../citation/cite';
import { numberSymbol } from '../../citation/numbers';
import { candidateDocuments } from '../citations-in-text';
import { rangeFinding, textFix } from '../finding';
import { dateLike, matchMention, sameIssuer, typedMentions } from '../mention-match';
import { placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

const viDate = (iso: string): string => iso.split('-').reverse().join('/');

/**
 * A citation typed as text that names a document of the plan (or of the library) with another
 * symbol, number, date or issuer than the document has. The document's facts are the reference:
 * they are what the summary, the opening and every live reference print.
 */
export const citationFacts: CheckRule = {
  id: 'citation-facts',
  severity: 'error',
  title: 'Trích dẫn văn bản sai số, ký hiệu, ngày hoặc cơ quan ban hành',
  explanation:
    'Một văn bản phải được trích dẫn đúng số, ký hiệu, ngày ban hành và cơ quan ban hành như trong danh sách văn bản của kế hoạch; trích sai khiến người đọc tìm sai văn bản.',
  check({ plan, library }) {
    const docs = candidateDocuments(plan.documents, library);
    if (docs.length === 0) return [];
    const findings: Finding[] = [];
    for (const { place, mention } of typedMentions(placesOf(plan).places)) {
      const match = matchMention(mention, docs);
      if (!match) continue;
      const { doc } = match;
      const name = citeHead(doc);
      if (match.kind === 'wrong-symbol' && mention.symbol) {
        const s = mention.symbol;
        findings.push(
          rangeFinding(citationFacts, place, s.start, s.end, `Ký hiệu “${s.text}” sai: ${doc.type} số ${doc.number} có ký hiệu ${doc.symbol}, hãy sửa lại.`, textFix(`Sửa thành “${doc.symbol}”`, place, s.start, s.end, doc.symbol)),
        );
        continue;
      }
      if (match.kind === 'wrong-number') {
        const n = mention.number;
        const right = numberSymbol(doc).split(/[-/]/)[0] ?? doc.number;
        findings.push(
          rangeFinding(citationFacts, place, n.start, n.end, `Số “${n.text}” sai: ${doc.type} ký hiệu ${doc.symbol} ngày ${viDate(doc.date)} là ${name}, hãy sửa lại.`, textFix(`Sửa thành “${right}”`, place, n.start, n.end, right)),
        );
        continue;
      }
      if (mention.date && doc.date !== '' && mention.date.iso !== doc.date) {
        const d = mention.date;
        const right = dateLike(d.text, doc.date);
        findings.push(
          rangeFinding(citationFacts, place, d.start, d.end, `Ngày ban hành của ${name} là ${viDate(doc.date)}, không phải ${d.text}; hãy sửa lại.`, textFix(`Sửa thành “${right}”`, place, d.start, d.end, right)),
        );
      }
      if (mention.issuer && doc.issuer !== '' && !sameIssuer(mention.issuer.text, doc.issuer)) {
        const i = mention.issuer;
        findings.push(rangeFinding(citationFacts, place, i.start, i.end, `${name} do ${doc.issuer} ban hành, không phải “${i.text}”; hãy sửa lại cơ quan ban hành.`));
      }
    }
    return findings;
  },
};
