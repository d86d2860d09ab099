import { formatDateLine, formatPlanNumberLine } from '../citation';
import type { Plan } from '../model/plan';
import type { FormatProfile } from '../profiles/profile';
import { applyToneMarks, upperVi } from '../text';
import { textWidthMm } from '../text/measure';
import { breakParaBalanced } from './layout-lines';
import type { LaidOutDocument, Para } from './layout-types';
import { rulePara, styledLine } from './layout-para';

/**
 * The first-page header table. Row 1: [superior body, issuing body (rule), `*`] |
 * [national lines, rule]. Row 2: [number line, urgency, draft mark] | [date line].
 * Column widths come from the measured lines: the right column always fits the national title
 * and the date line on one line each; a body name too long for what is left breaks into
 * balanced lines (never a word alone), and its rule is measured on its widest line.
 */

/** Space between row 1 and row 2 (the number and date lines), as on the signed examples. */
const ROW_GAP_PT = 6;

export function layoutHeader(plan: Plan, profile: FormatProfile): LaidOutDocument['header'] {
  const h = profile.header;
  const tone = (s: string) => upperVi(applyToneMarks(s.trim(), plan.organisation.toneMarks));

  const superiorText = tone(plan.organisation.superiorBody);
  const issuingText = tone(plan.organisation.issuingBody);
  const names: Para[] = [
    ...(superiorText ? [styledLine('superior-body', superiorText, h.superiorBody)] : []),
    styledLine('issuing-body', issuingText, h.issuingBody),
  ];

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

  const widest = (paras: Para[]) => Math.max(0, ...paras.map(lineWidthMm));
  const totalMm = profile.page.widthMm - profile.page.margins.leftMm - profile.page.margins.rightMm;
  const leftWidthPct = fitColumnsPct(h.leftWidthPct, {
    leftMm: widest([...names, ...numberLeft]),
    leftMinMm: Math.max(widest(numberLeft), ...names.map(longestWordMm)),
    rightMm: widest([...right, ...dateRight]),
    totalMm,
  });
  const leftColumnMm = (totalMm * leftWidthPct) / 100 - COLUMN_PAD_MM;

  const left: Para[] = [];
  for (const name of names) {
    // Every line of a body name has two words at least: "ĐẢNG ỦY KHỐI CÁC / CƠ QUAN TỈNH".
    const broken = breakParaBalanced(name, leftColumnMm, { minLastWords: 2, minWordsEveryLine: true, name: true });
    left.push(broken.para);
    if (name.kind === 'issuing-body' && h.issuingBodyRuleFraction > 0) {
      left.push(rulePara(Math.max(0, ...broken.linesMm) * h.issuingBodyRuleFraction));
    }
  }
  if (h.star) left.push(styledLine('star', '*', h.issuingBody));

  const rows = [{ left, right }, { left: numberLeft, right: dateRight }];
  return { leftWidthPct, rows };
}

/** Room kept beside the widest line of a column so Word does not wrap it on rounding. */
export const COLUMN_PAD_MM = 2;

function lineWidthMm(p: Para): number {
  return p.runs.reduce((sum, r) => sum + textWidthMm(r.text, r.sizePt, r), 0);
}

function longestWordMm(p: Para): number {
  return Math.max(0, ...p.runs.flatMap((r) => r.text.split(' ').map((w) => textWidthMm(w, r.sizePt, r))));
}

export interface ColumnNeeds {
  /** Widest left line kept on one line (body names, number line). */
  leftMm: number;
  /** The least the left column can take: the number line, the longest word of a name. */
  leftMinMm: number;
  /** Widest right line: national title, date line. These never wrap. */
  rightMm: number;
  totalMm: number;
}

/**
 * Column widths are not regulated (about 45/55 %). Start from the profile's share and move the
 * split just enough for the widest line of each side to fit. When both cannot, the right side
 * (national title, date line) keeps its one-line width and the left body names break; only when
 * even that leaves the left column narrower than its longest word are both sides squeezed.
 */
export function fitColumnsPct(pct: number, need: ColumnNeeds): number {
  const { totalMm } = need;
  const needL = need.leftMm + COLUMN_PAD_MM;
  const needR = need.rightMm + COLUMN_PAD_MM;
  const minL = need.leftMinMm + COLUMN_PAD_MM;
  // Shares are written with one decimal: round inward, so neither side loses the room it needs.
  const lowest = (mm: number) => Math.ceil((mm / totalMm) * 1000) / 10;
  const highest = (mm: number) => Math.floor((mm / totalMm) * 1000) / 10;
  if (needL + needR <= totalMm) return Math.min(Math.max(Math.round(pct * 10) / 10, lowest(needL)), highest(totalMm - needR));
  if (minL + needR <= totalMm) return highest(totalMm - needR);
  return Math.round((minL / (minL + needR)) * 1000) / 10;
}

/** Circulation mark (TÀI LIỆU HỘI NGHỊ), top right of page 1, in the first-page header. */
export function layoutCirculation(plan: Plan, profile: FormatProfile): Para | undefined {
  const mark = plan.marks.circulation?.trim();
  if (!mark) return undefined;
  const line = styledLine('circulation', upperVi(mark), profile.header.circulation, { align: 'right' });
  return profile.header.circulation.framed ? { ...line, framed: true } : line;
}
