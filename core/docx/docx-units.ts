import { mmToTwips, ptToHalfPoints, ptToTwips } from '../profiles/profile';
import type { LineSpacing } from '../render/layout-types';

/**
 * Unit conversions for the docx library: page geometry in twips, font sizes in half-points,
 * border widths in eighths of a point. Re-exported from the profile module so every figure in
 * the file is rounded the same way Word rounds it.
 */
export { mmToTwips, ptToHalfPoints, ptToTwips };

/** A thin solid line, as Word draws "½ pt" rules: 4 eighths of a point. */
export const RULE_BORDER_EIGHTHS = 4;

/** Word's `w:spacing` for a line rule: exact/atLeast in twips, multiple in 240ths of a line. */
export function lineSpacing(line: LineSpacing): { line: number; lineRule: 'exact' | 'atLeast' | 'auto' } {
  if (line.rule === 'multiple') return { line: Math.round(line.value * 240), lineRule: 'auto' };
  return { line: ptToTwips(line.value), lineRule: line.rule };
}
