import { type BlockElement, type InlineNode, paragraph, ref, text } from '../model/inline';
import type { OpeningParts, SummaryParts } from '../model/wording';
import { ROOT_TARGET } from '../model/document-set';
import { lowerFirst, upperFirst } from '../text/vi-case';

/**
 * The opening sentence and the summary, composed from their parts as text and live references:
 * the bases (`bases.full` or one `citation.full` per "Căn cứ" line), the collective
 * (`org.collective`) and the plan's name (`plan.name`) follow the model; the words between them
 * are ordinary text the clerk may edit. docs/citations.md shows what each part produces.
 */

const sentenceTail = (parts: OpeningParts, startsSentence: boolean): InlineNode[] => {
  const purpose = parts.purpose?.trim().replace(/,$/, '') ?? '';
  const lead: InlineNode[] = purpose === '' ? [] : [text(`${startsSentence ? upperFirst(purpose) : lowerFirst(purpose)}, `)];
  const ending = parts.ending.trim();
  const beforeEnding = /^[,.;:]/.test(ending) ? '' : ' ';
  const collective = parts.collective?.trim();
  return [...lead, collective ? text(collective) : ref('org.collective'), text(` ${parts.verb.trim()} `), ref('plan.name'), text(`${beforeEnding}${ending}`)];
};

/** Slate wants a text leaf at both ends of a paragraph that starts or ends with a reference. */
const para = (...children: InlineNode[]): BlockElement => paragraph(text(''), ...children, text(''));

export function composeOpening(parts: OpeningParts, baseIds: string[]): BlockElement[] {
  const lead = parts.lead.trim();
  if (/^căn cứ$/iu.test(lead)) {
    // "Căn cứ <citation>;" one line per base, then the sentence that issues the plan.
    const lines = baseIds.map((id) => para(text(`${upperFirst(lead)} `), ref('citation.full', id), text(';')));
    return [...lines, para(...sentenceTail(parts, true))];
  }
  if (parts.paragraphs === 2) return [para(text(`${lead} `), ref('bases.full'), text(',')), para(...sentenceTail(parts, true))];
  return [para(text(`${lead} `), ref('bases.full'), text(', '), ...sentenceTail(parts, false))];
}

/** "thực hiện <citation>" or the plan's own subject; the layout sets the first letter per profile. */
export function composeSummary(parts: SummaryParts, hasSubject: boolean): InlineNode[] {
  if (parts.form === 'subject' && hasSubject) return [text(''), ref('plan.subject'), text('')];
  const field = parts.date ? 'citation.full' : 'citation.fullNoDate';
  const citation = parts.cite === 'all' ? ref('bases.full') : parts.cite === 'root' ? ref(field, ROOT_TARGET) : ref(field);
  const lead = parts.lead.trim();
  return lead === '' ? [text(''), citation, text('')] : [text(`${lead} `), citation, text('')];
}
