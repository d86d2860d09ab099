import type { BlockElement, InlineNode, RefElement } from '../../model/inline';
import { type CitationStyleSeen, parseCitationList } from './citations';
import type { DocumentCollector } from './cited-documents';
import { type ImportNote, note } from './import-notes';

/**
 * The opening sentence: "Thực hiện <bases>, <collective> ban hành Kế hoạch … như sau:" (or the
 * state form in two paragraphs: "Thực hiện <bases>," / "<collective> xây dựng kế hoạch …"; or one
 * "Căn cứ <base>;" paragraph per base). The bases become documents and one live reference
 * (`bases.full`), the collective the organisation's (`org.collective`). Each reference is given
 * the text it replaced (`expected`): the caller keeps it live only if it prints that text again.
 */
export interface OpeningResult {
  preamble: BlockElement[];
  baseIds: string[];
  collective?: string;
  style?: CitationStyleSeen;
  expected: Map<RefElement, string>;
  notes: ImportNote[];
}

const LEAD = /^(Thực hiện|Triển khai thực hiện|Căn cứ vào|Căn cứ)\s+/u;
const COLLECTIVE_VERB = /,\s*([^,;:]{2,80}?)\s+(ban hành|xây dựng)\s/gu;
const STARTS_WITH_COLLECTIVE = /^([^,;:]{2,80}?)\s+(ban hành|xây dựng)\s/u;

const blockText = (block: BlockElement): string =>
  block.type === 'table' ? '' : block.children.map((n) => ('text' in n ? n.text : '')).join('');
const ref = (field: RefElement['field'], target?: string): RefElement => ({ type: 'ref', field, ...(target ? { target } : {}), children: [{ text: '' }] });
const textNode = (text: string): InlineNode => ({ text });

export function recogniseOpening(preamble: BlockElement[], docs: DocumentCollector): OpeningResult {
  const result: OpeningResult = { preamble: [...preamble], baseIds: [], expected: new Map(), notes: [] };
  const first = preamble[0];
  if (!first || first.type === 'table') return result;
  const text = blockText(first);
  const lead = LEAD.exec(text);
  if (!lead) return result;

  // "Căn cứ …;" one paragraph per base.
  if (/^Căn cứ/u.test(lead[1]!)) {
    for (let i = 0; i < preamble.length; i += 1) {
      const block = preamble[i]!;
      const t = blockText(block);
      const m = /^(Căn cứ(?: vào)?\s+)(.+?)([;,.]?)$/u.exec(t);
      if (!m || block.type === 'table') break;
      const parsed = parseCitationList(m[2]!);
      if (!parsed) continue;
      result.style ??= parsed.style;
      const ids = parsed.documents.map((d) => docs.add(d));
      result.baseIds.push(...ids);
      const r = ref('bases.full');
      if (ids.length === 1) Object.assign(r, { field: 'citation.full', target: ids[0] });
      result.expected.set(r, m[2]!);
      result.preamble[i] = { ...block, children: [textNode(m[1]!), r, textNode(m[3]!)] } as BlockElement;
    }
    return result;
  }

  // The bases run from the lead to ", <collective> ban hành|xây dựng", or to the end of a paragraph
  // ending in "," whose next paragraph starts with the collective.
  const matches = [...text.matchAll(COLLECTIVE_VERB)];
  const last = matches[matches.length - 1];
  let span: string;
  let after: InlineNode[];
  let collective: string | undefined;
  let secondParagraph: BlockElement | undefined;
  if (last) {
    span = text.slice(lead[0].length, last.index);
    collective = last[1]!.trim();
    const collectiveEnd = last.index! + last[0].indexOf(last[1]!) + last[1]!.length;
    const r = ref('org.collective');
    result.expected.set(r, collective);
    after = [textNode(text.slice(last.index!, last.index! + last[0].indexOf(last[1]!))), r, textNode(text.slice(collectiveEnd))];
  } else {
    const next = preamble[1];
    const nextText = next ? blockText(next) : '';
    const m = STARTS_WITH_COLLECTIVE.exec(nextText);
    if (!/[,;]$/.test(text) || !m || !next || next.type === 'table') {
      result.notes.push(note('Câu mở đầu không có dạng "Thực hiện …, … ban hành/xây dựng Kế hoạch …" nên các văn bản căn cứ được giữ nguyên là chữ; hãy nhập văn bản căn cứ trong phần thông tin kế hoạch.', text));
      return result;
    }
    span = text.slice(lead[0].length, -1);
    after = [textNode(text.slice(-1))];
    collective = m[1]!.trim();
    const r = ref('org.collective');
    result.expected.set(r, collective);
    secondParagraph = { ...next, children: [r, textNode(nextText.slice(m[1]!.length))] } as BlockElement;
  }
  const parsed = parseCitationList(span.trim());
  if (!parsed) {
    result.notes.push(note('Không đọc được các văn bản căn cứ trong câu mở đầu nên chúng được giữ nguyên là chữ; hãy nhập văn bản căn cứ trong phần thông tin kế hoạch.', span));
    return result;
  }
  result.style = parsed.style;
  result.collective = collective;
  result.baseIds = parsed.documents.map((d) => docs.add(d));
  const bases = ref('bases.full');
  result.expected.set(bases, span.trim());
  result.preamble[0] = { ...first, children: [textNode(lead[0]), bases, ...after] } as BlockElement;
  if (secondParagraph) result.preamble[1] = secondParagraph;
  return result;
}
