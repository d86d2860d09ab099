import type { Plan } from '../model/plan';
import type { TextLeaf } from '../model/inline';
import type { FormatProfile } from '../profiles/profile';
import { applyToneMarks, lowerFirst, upperFirst, upperVi } from '../text';
import { textWidthMm } from '../text/measure';
import type { Para, Run } from './layout-types';
import { para, rulePara, styledLine } from './layout-para';
import type { RefResolver } from './resolve';

/**
 * The centred block under the header: KẾ HOẠCH, optional author line, the summary (trích yếu),
 * then five hyphens (Party) or a short rule (state).
 */

/** Blank space between the header table and the title, about one 14 pt line. */
const TITLE_SPACE_BEFORE_PT = 18;
/** Space between the front block and the opening sentence. */
const FRONT_SPACE_AFTER_PT = 12;

function summaryRuns(leaves: TextLeaf[], plan: Plan, profile: FormatProfile): Run[] {
  const style = profile.summary;
  const runs: Run[] = leaves.map((leaf) => ({
    text: applyToneMarks(leaf.text, plan.organisation.toneMarks),
    sizePt: style.sizePt,
    ...(style.bold || leaf.bold ? { bold: true } : {}),
    ...(style.italic || leaf.italic ? { italic: true } : {}),
    ...(leaf.underline ? { underline: true } : {}),
  }));
  const first = runs.find((r) => r.text.trim() !== '');
  if (first) {
    first.text = first.text.replace(/^\s+/, '');
    if (style.firstLetter === 'lower') first.text = lowerFirst(first.text);
    if (style.firstLetter === 'upper') first.text = upperFirst(first.text);
  }
  const lastRun = [...runs].reverse().find((r) => r.text.trim() !== '');
  if (lastRun) lastRun.text = lastRun.text.replace(/\s+$/, '');
  return runs.filter((r) => r.text !== '');
}

export function layoutFront(plan: Plan, profile: FormatProfile, resolver: RefResolver, textAreaMm: number): Para[] {
  const out: Para[] = [styledLine('title', upperVi(plan.type), profile.title, { spaceBeforePt: TITLE_SPACE_BEFORE_PT })];
  const author = plan.authorLine?.trim();
  if (author) out.push(styledLine('author-line', upperVi(applyToneMarks(author, plan.organisation.toneMarks)), profile.authorLine));

  const runs = summaryRuns(resolver.resolveSummary(plan.summary), plan, profile);
  if (runs.length > 0) out.push(para('summary', runs, { sizePt: profile.summary.sizePt }));

  if (profile.fiveHyphens) {
    out.push(styledLine('hyphens', '-----', { sizePt: profile.summary.sizePt }, { spaceAfterPt: FRONT_SPACE_AFTER_PT }));
  } else if (profile.summary.ruleFraction > 0) {
    // A wrapped summary is as wide as the text area; the rule is a fraction of its widest line.
    const summaryMm = Math.min(textAreaMm, textWidthMm(runs.map((r) => r.text).join(''), profile.summary.sizePt, profile.summary));
    out.push(rulePara(summaryMm * profile.summary.ruleFraction, { spaceAfterPt: FRONT_SPACE_AFTER_PT }));
  } else {
    const last = out[out.length - 1];
    if (last) last.spaceAfterPt = FRONT_SPACE_AFTER_PT;
  }
  return out;
}
