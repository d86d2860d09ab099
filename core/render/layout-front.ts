import type { Plan } from '../model/plan';
import type { TextLeaf } from '../model/inline';
import type { FormatProfile } from '../profiles/profile';
import { applyToneMarks, lowerFirst, upperFirst, upperVi } from '../text';
import { trimEndSpace, trimStartSpace } from '../text/trim';
import { breakBalanced, breakParaBalanced } from './layout-lines';
import type { Para, Run } from './layout-types';
import { para, rulePara, styledLine } from './layout-para';
import type { RefResolver } from './resolve';

/**
 * The centred block under the header: KẾ HOẠCH, optional author line, the summary (trích yếu),
 * then five hyphens (Party) or a short rule (state). The summary and the author line are broken
 * by the layout into balanced lines at phrase boundaries, never ending with one or two words
 * alone (layout-lines.ts), as clerks break them by hand.
 */

/** Blank space between the header table and the title, about one 14 pt line. */
const TITLE_SPACE_BEFORE_PT = 18;
/** Room kept beside a whole summary line in the text area, so Word and Writer never wrap it. */
const FRONT_PAD_MM = 1;
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
    first.text = trimStartSpace(first.text);
    if (style.firstLetter === 'lower') first.text = lowerFirst(first.text);
    if (style.firstLetter === 'upper') first.text = upperFirst(first.text);
  }
  const lastRun = [...runs].reverse().find((r) => r.text.trim() !== '');
  if (lastRun) lastRun.text = trimEndSpace(lastRun.text);
  return runs.filter((r) => r.text !== '');
}

export function layoutFront(plan: Plan, profile: FormatProfile, resolver: RefResolver, textAreaMm: number): Para[] {
  const out: Para[] = [styledLine('title', upperVi(plan.type), profile.title, { spaceBeforePt: TITLE_SPACE_BEFORE_PT })];
  const author = plan.authorLine?.trim();
  if (author) {
    const line = styledLine('author-line', upperVi(applyToneMarks(author, plan.organisation.toneMarks)), profile.authorLine);
    out.push(breakParaBalanced(line, textAreaMm - FRONT_PAD_MM, { minLastWords: 2, minWordsEveryLine: true, name: true }).para);
  }

  const summary = breakBalanced(summaryRuns(resolver.resolveSummary(plan.summary), plan, profile), textAreaMm - FRONT_PAD_MM, { minLastWords: 3 });
  const runs = summary.runs;
  if (runs.length > 0) out.push(para('summary', runs, { sizePt: profile.summary.sizePt }));

  if (profile.fiveHyphens) {
    out.push(styledLine('hyphens', '-----', { sizePt: profile.summary.sizePt }, { spaceAfterPt: FRONT_SPACE_AFTER_PT }));
  } else if (profile.summary.ruleFraction > 0) {
    // The rule is a fraction of the summary's widest line (text left to the printer is at most the text area).
    const summaryMm = Math.min(textAreaMm, Math.max(0, ...summary.linesMm));
    out.push(rulePara(summaryMm * profile.summary.ruleFraction, { spaceAfterPt: FRONT_SPACE_AFTER_PT }));
  } else {
    const last = out[out.length - 1];
    if (last) last.spaceAfterPt = FRONT_SPACE_AFTER_PT;
  }
  return out;
}
