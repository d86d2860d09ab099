import { type NestedDocument } from '../model/document-ref';
import { flattenNested } from '../model/document-set';
import type { Organisation } from '../model/organisation';
import type { Plan, PlanType } from '../model/plan';
import type { OpeningParts, PlanWording, SummaryParts } from '../model/wording';
import { getProfile } from '../profiles/profile';
import { lowerFirst, upperFirst } from '../text/vi-case';
import { citationNotices } from '../render/notices';
import { type CitationNotice, createRefResolver, leavesText } from '../render/resolve';
import { OPENING_DEFAULTS, SUMMARY_DEFAULTS } from './defaults';
import { composeOpening, composeSummary } from './opening';

/**
 * The summary and opening sentence exactly as they will print, from what the new-plan form
 * holds (organisation, bases typed the nested way, the parts chosen), so the clerk sees the
 * engine's result while typing: nothing it does is a surprise.
 */
export interface WordingPreviewInput {
  organisation: Organisation;
  type: PlanType;
  bases: NestedDocument[];
  opening?: Partial<OpeningParts>;
  summary?: Partial<SummaryParts>;
  subject?: string;
}

export interface WordingPreview {
  summary: string;
  /** One string per paragraph of the opening. */
  opening: string[];
  /** The full citation of each base on its own, in order. */
  citations: string[];
  notices: CitationNotice[];
}

export function previewWording(input: WordingPreviewInput): WordingPreview {
  const regime = input.organisation.regime;
  const { documents, baseIds } = flattenNested(input.bases);
  const subject = input.subject?.trim() ?? '';
  const wording: PlanWording = {
    opening: { ...OPENING_DEFAULTS[regime], ...input.opening },
    summary: { ...SUMMARY_DEFAULTS[regime], ...input.summary },
    ...(subject ? { subject } : {}),
  };
  const plan = {
    id: 'preview',
    templateId: '',
    profile: input.organisation.defaultProfile,
    type: input.type,
    number: '',
    date: { day: null, month: null, year: 2000 },
    organisation: input.organisation,
    documents,
    baseIds,
    wording,
    summary: composeSummary(wording.summary, subject !== ''),
    preamble: composeOpening(wording.opening, baseIds),
    sections: [],
    recipients: [],
    signature: { authority: '', position: '', name: '' },
    marks: {},
    options: { mirrorMargins: false },
  } satisfies Plan;
  const resolver = createRefResolver(plan);
  // The summary's first letter as the profile prints it ("thực hiện …" for Party, "Thực hiện …" for state).
  const raw = leavesText(resolver.resolveSummary(plan.summary)).trim();
  const firstLetter = getProfile(plan.profile).summary.firstLetter;
  const summary = firstLetter === 'lower' ? lowerFirst(raw) : firstLetter === 'upper' ? upperFirst(raw) : raw;
  const opening = plan.preamble.map((block) => leavesText(resolver.resolve(block.children)));
  const citations = baseIds.map((id) => resolver.refText({ type: 'ref', field: 'citation.full', target: id, children: [{ text: '' }] }));
  return { summary, opening, citations, notices: citationNotices(plan) };
}
