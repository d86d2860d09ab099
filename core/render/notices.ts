import type { Plan, Section } from '../model/plan';
import { type CitationNotice, createRefResolver } from './resolve';

/**
 * What the citation engine could not do as asked (a short name never introduced, one used
 * before its introduction, a reference to a removed document), found by resolving the plan in
 * document order as the layout does. The CLI prints these; the app shows them to the clerk.
 */
export function citationNotices(plan: Plan): CitationNotice[] {
  const resolver = createRefResolver(plan);
  resolver.resolveSummary(plan.summary);
  for (const block of plan.preamble) resolver.resolve(block.children);
  const visit = (section: Section): void => {
    for (const block of section.body) resolver.resolve(block.children);
    section.children.forEach(visit);
  };
  plan.sections.forEach(visit);
  return resolver.notices();
}
