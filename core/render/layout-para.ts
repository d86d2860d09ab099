import type { TextStyle } from '../profiles/profile';
import type { LineSpacing, Para, ParaKind, Run } from './layout-types';

/** Small constructors shared by the layout parts, so every Para is complete and consistent. */

export const SINGLE: LineSpacing = { rule: 'multiple', value: 1 };

export function styledRun(text: string, style: TextStyle, extra: Partial<Run> = {}): Run {
  return {
    text,
    sizePt: style.sizePt,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.underline ? { underline: true } : {}),
    ...extra,
  };
}

export interface ParaOptions {
  align?: Para['align'];
  sizePt: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  line?: LineSpacing;
  firstLineIndentMm?: number;
  keepWithNext?: boolean;
  sourceId?: string;
  level?: number;
  clerkAlign?: boolean;
}

export function para(kind: ParaKind, runs: Run[], o: ParaOptions): Para {
  return {
    kind,
    runs,
    align: o.align ?? 'center',
    sizePt: o.sizePt,
    spaceBeforePt: o.spaceBeforePt ?? 0,
    spaceAfterPt: o.spaceAfterPt ?? 0,
    line: o.line ?? SINGLE,
    ...(o.firstLineIndentMm ? { firstLineIndentMm: o.firstLineIndentMm } : {}),
    ...(o.keepWithNext ? { keepWithNext: true } : {}),
    ...(o.sourceId ? { sourceId: o.sourceId } : {}),
    ...(o.level ? { level: o.level } : {}),
    ...(o.clerkAlign ? { clerkAlign: true } : {}),
  };
}

/** One line of text in one style, centred, single-spaced: the header and front lines. */
export function styledLine(kind: ParaKind, text: string, style: TextStyle, o: Partial<ParaOptions> = {}): Para {
  return para(kind, [styledRun(text, style)], { sizePt: style.sizePt, ...o });
}

/**
 * An empty paragraph that draws a solid line `widthMm` long (see Para.rule). It is 2 pt tall so
 * the line sits just under the text above it, as on a signed page.
 */
export function rulePara(widthMm: number, o: Partial<ParaOptions> = {}): Para {
  return { ...para('rule', [], { sizePt: 2, line: { rule: 'exact', value: 2 }, ...o }), rule: { widthMm } };
}

export const paraText = (p: Para): string => p.runs.map((r) => r.text).join('');
