import type { CSSProperties } from 'react';
import type { LineSpacing, Para, Run } from '../../core/render/layout-types';

/** Word's "single" line for Times New Roman is ascent + descent ≈ 1.15 em. */
export const SINGLE_LINE_EM = 1.15;
export const PT_PER_MM = 72 / 25.4;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;

/** The font stack of every page: the regulation font, then its metric twin shipped with Linux. */
export const PAGE_FONT = '"Times New Roman", "Liberation Serif", "Tinos", serif';

/**
 * Height of one line in pt. Every line of a paragraph gets this fixed height, as Word gives it
 * (exact: the value; at least: the value or the font's line, whichever is larger; multiple:
 * factor × single line), which is also what lets the paginator split a paragraph by lines.
 */
export function lineHeightPt(line: LineSpacing, sizePt: number): number {
  const single = SINGLE_LINE_EM * sizePt;
  if (line.rule === 'exact') return line.value;
  if (line.rule === 'atLeast') return Math.max(line.value, single);
  return line.value * single;
}

/** The largest run decides the line height of a paragraph (runs of one paragraph share a size in practice). */
export function paraLineHeightPt(p: Para): number {
  const size = Math.max(p.sizePt, ...p.runs.map((r) => r.sizePt));
  return lineHeightPt(p.line, size);
}

/** Paragraph box: spacing is padding (Word adds space after and the next space before; it does not collapse them). */
export function paraStyle(p: Para): CSSProperties {
  return {
    margin: 0,
    paddingTop: `${p.spaceBeforePt}pt`,
    paddingBottom: `${p.spaceAfterPt}pt`,
    fontSize: `${p.sizePt}pt`,
    lineHeight: `${paraLineHeightPt(p)}pt`,
    textAlign: p.align,
    // A hanging line (recipient "- …"): the first line starts at the margin, the others after "- ".
    ...(p.hangingIndentMm
      ? { paddingLeft: `${p.hangingIndentMm}mm`, textIndent: `-${p.hangingIndentMm}mm` }
      : { textIndent: p.firstLineIndentMm ? `${p.firstLineIndentMm}mm` : undefined }),
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
  };
}

export function runStyle(r: Run): CSSProperties {
  return {
    fontSize: `${r.sizePt}pt`,
    fontWeight: r.bold ? 'bold' : 'normal',
    fontStyle: r.italic ? 'italic' : 'normal',
    textDecoration: r.underline ? 'underline' : undefined,
    // A number-symbol never breaks; the text keeps its ordinary hyphen for copy and find.
    ...(r.noBreak ? { whiteSpace: 'nowrap' } : {}),
  };
}
