import type { Plan } from '../model/plan';
import { getProfile } from '../profiles/profile';
import { cleanPlanText } from './clean-plan';
import { layoutAppendices } from './layout-appendix';
import { layoutBody } from './layout-body';
import { layoutClosing } from './layout-closing';
import { layoutFront } from './layout-front';
import { layoutCirculation, layoutHeader } from './layout-header';
import { keepLastWithClosing } from './layout-keep';
import { markDocumentNumberSymbols } from './layout-nobreak';
import type { LaidOutDocument, LaidOutFootnote } from './layout-types';
import { createRefResolver } from './resolve';

/**
 * Plan → LaidOutDocument: every paragraph with its final text and every figure from the format
 * profile. The DOCX writer and the A4 preview only print this, so they cannot disagree.
 */
export function layoutPlan(plan: Plan): LaidOutDocument {
  plan = cleanPlanText(plan); // NFC, no XML-invalid characters: every text below (and the DOCX) derives from it
  const profile = getProfile(plan.profile);
  const m = profile.page.margins;
  const page = {
    widthMm: profile.page.widthMm,
    heightMm: profile.page.heightMm,
    topMm: m.topMm,
    bottomMm: m.bottomMm,
    leftMm: m.leftMm,
    rightMm: m.rightMm,
    // Only profiles that allow duplex printing honour the option (ND30 has none).
    mirrorMargins: plan.options.mirrorMargins && profile.page.mirrorMarginsAllowed,
  };
  const textAreaMm = page.widthMm - page.leftMm - page.rightMm;
  // One resolver for the whole document: short names are introduced on first use, in order.
  const resolver = createRefResolver(plan);
  const circulation = layoutCirculation(plan, profile);
  const header = layoutHeader(plan, profile);
  // In document order: the resolver introduces a short name at its first full citation (the front
  // (summary) before the body).
  const front = layoutFront(plan, profile, resolver, textAreaMm);
  const footnotes: LaidOutFootnote[] = [];
  const body = layoutBody(plan, profile, resolver, footnotes);
  const closing = layoutClosing(plan, profile);
  const appendices = plan.appendices?.length ? layoutAppendices(plan, profile, resolver) : undefined;
  return keepLastWithClosing(markDocumentNumberSymbols({
    profile,
    font: profile.font,
    page,
    pageNumber: { ...profile.pageNumber },
    ...(circulation ? { circulation } : {}),
    header,
    front,
    body,
    ...(footnotes.length > 0 ? { footnotes } : {}),
    closing,
    ...(appendices ? { appendices } : {}),
  }));
}
