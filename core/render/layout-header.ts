import { formatDateLine, formatPlanNumberLine } from '../citation';
import type { Plan } from '../model/plan';
import type { FormatProfile } from '../profiles/profile';
import { applyToneMarks, upperVi } from '../text';
import { textWidthMm } from '../text/measure';
import type { LaidOutDocument, Para } from './layout-types';
import { rulePara, styledLine } from './layout-para';

/**
 * The first-page header table. Row 1: [superior body, issuing body (rule), `*`] |
 * [national lines, rule]. Row 2: [number line, urgency, draft mark] | [date line].
 * Rules are measured on the text they underline, so "exactly as long as the text" holds.
 */

/** Space between row 1 and row 2 (the number and date lines), as on the signed examples. */
const ROW_GAP_PT = 6;

export function layoutHeader(plan: Plan, profile: FormatProfile): LaidOutDocument['header'] {
  const h = profile.header;
  const tone = (s: string) => upperVi(applyToneMarks(s.trim(), plan.organisation.toneMarks));

  const left: Para[] = [];
  const superior = tone(plan.organisation.superiorBody);
  if (superior) left.push(styledLine('superior-body', superior, h.superiorBody));
  const issuing = tone(plan.organisation.issuingBody);
  left.push(styledLine('issuing-body', issuing, h.issuingBody));
  if (h.issuingBodyRuleFraction > 0) {
    left.push(rulePara(textWidthMm(issuing, h.issuingBody.sizePt, h.issuingBody) * h.issuingBodyRuleFraction));
  }
  if (h.star) left.push(styledLine('star', '*', h.issuingBody));

  const right: Para[] = h.nationalLines.map((line) => styledLine('national', line.text, line));
  const last = h.nationalLines[h.nationalLines.length - 1];
  if (last && h.nationalRuleFraction > 0) {
    right.push(rulePara(textWidthMm(last.text, last.sizePt, last) * h.nationalRuleFraction));
  }

  const numberLeft: Para[] = [
    styledLine('number', formatPlanNumberLine(plan, h.number.pattern), h.number, { spaceBeforePt: ROW_GAP_PT }),
  ];
  if (plan.marks.urgency) numberLeft.push(styledLine('urgency', upperVi(plan.marks.urgency), h.urgency, { spaceBeforePt: ROW_GAP_PT }));
  if (plan.marks.draftNumber) numberLeft.push(styledLine('draft-mark', `Dự thảo lần ${plan.marks.draftNumber}`, h.draftMark));
  const dateRight: Para[] = [
    styledLine('date-line', formatDateLine(plan.organisation.placeName.trim(), plan.date), h.dateLine, { spaceBeforePt: ROW_GAP_PT }),
  ];

  const rows = [{ left, right }, { left: numberLeft, right: dateRight }];
  const widest = (paras: Para[]) => Math.max(0, ...paras.map(lineWidthMm));
  const leftWidthPct = fitColumnsPct(
    h.leftWidthPct,
    widest([...left, ...numberLeft]),
    widest([...right, ...dateRight]),
    profile.page.widthMm - profile.page.margins.leftMm - profile.page.margins.rightMm,
  );
  return { leftWidthPct, rows };
}

/** Room kept on each side of the widest line so Word does not wrap it on rounding. */
const COLUMN_PAD_MM = 2;

function lineWidthMm(p: Para): number {
  return p.runs.reduce((sum, r) => sum + textWidthMm(r.text, r.sizePt, r), 0);
}

/**
 * Column widths are not regulated (about 45/55 %), but a body name must not wrap
 * ("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" needs 80 mm at 14 pt): start from the profile's share and move
 * the split just enough for the widest line of each side to fit, when both can.
 */
export function fitColumnsPct(pct: number, leftNeedMm: number, rightNeedMm: number, totalMm: number): number {
  const needL = leftNeedMm + COLUMN_PAD_MM;
  const needR = rightNeedMm + COLUMN_PAD_MM;
  let leftMm = (totalMm * pct) / 100;
  if (needL + needR > totalMm) leftMm = (totalMm * needL) / (needL + needR);
  else leftMm = Math.min(Math.max(leftMm, needL), totalMm - needR);
  return Math.round((leftMm / totalMm) * 1000) / 10;
}

/** Circulation mark (TÀI LIỆU HỘI NGHỊ), top right of page 1, in the first-page header. */
export function layoutCirculation(plan: Plan, profile: FormatProfile): Para | undefined {
  const mark = plan.marks.circulation?.trim();
  if (!mark) return undefined;
  const line = styledLine('circulation', upperVi(mark), profile.header.circulation, { align: 'right' });
  return profile.header.circulation.framed ? { ...line, framed: true } : line;
}
