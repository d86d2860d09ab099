import type { OpeningParts, SummaryParts } from '../model/wording';

/**
 * What a plan's opening and summary say when neither the template nor the answers choose:
 * the most common practice of each regime.
 *   Party: "Thực hiện <bases>, <collective> ban hành Kế hoạch thực hiện Chỉ thị như sau:" and the
 *          summary "thực hiện <citation of the parent>".
 *   State: "Thực hiện <bases>," / "<collective> xây dựng kế hoạch <subject> như sau:" in two
 *          paragraphs, and the plan's own subject as its summary.
 */
export const OPENING_DEFAULTS: Record<'dang' | 'nha-nuoc', OpeningParts> = {
  dang: { lead: 'Thực hiện', verb: 'ban hành', name: 'implements-type', implementVerb: 'thực hiện', planTypeCase: 'as-is', ending: 'như sau:', paragraphs: 1 },
  'nha-nuoc': { lead: 'Thực hiện', verb: 'xây dựng', name: 'subject', implementVerb: 'thực hiện', planTypeCase: 'lower', ending: 'như sau:', paragraphs: 2 },
};

export const SUMMARY_DEFAULTS: Record<'dang' | 'nha-nuoc', SummaryParts> = {
  dang: { form: 'cite', lead: 'thực hiện', cite: 'first', date: true, dropAbbreviations: true },
  'nha-nuoc': { form: 'subject', lead: 'thực hiện', cite: 'first', date: true, dropAbbreviations: true },
};
