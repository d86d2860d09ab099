import { type IParagraphOptions, type IRunOptions, UnderlineType } from 'docx';
import { type Look, sameLookValue } from './style-sheet';

/**
 * What a style or a paragraph writes: only the properties of its look that differ from the look
 * it inherits (a style from the style it is based on, a paragraph from its style, a run from its
 * paragraph's style). Word resolves the rest through the style chain, so a clerk who changes a
 * style in Word changes every paragraph that did not say otherwise.
 *
 * Word keeps space before, space after and the line rule as separate properties, so each is
 * written on its own; first-line and hanging indents are one property.
 */

type ParagraphProps = Pick<IParagraphOptions, 'alignment' | 'spacing' | 'indent' | 'keepNext'>;
type RunProps = Pick<IRunOptions, 'size' | 'sizeComplexScript' | 'bold' | 'italics' | 'underline'>;

export function paragraphProps(look: Look, base: Look): ParagraphProps {
  const differs = (key: keyof Look): boolean => !sameLookValue(look[key], base[key]);
  const spacing = {
    ...(differs('beforeTw') ? { before: look.beforeTw } : {}),
    ...(differs('afterTw') ? { after: look.afterTw } : {}),
    ...(differs('line') ? look.line : {}),
  };
  return {
    ...(differs('align') ? { alignment: look.align } : {}),
    ...(Object.keys(spacing).length > 0 ? { spacing } : {}),
    ...(differs('firstLineTw') || differs('hangingTw') ? { indent: indentOf(look, base) } : {}),
    ...(differs('keepNext') ? { keepNext: look.keepNext } : {}),
  };
}

/**
 * A hanging indent comes with the same left indent, so the wrapped lines start under the text
 * after "- "; the left indent is reset when the base hangs and this look does not.
 */
function indentOf(look: Look, base: Look): { firstLine?: number; left?: number; hanging?: number } {
  if (look.hangingTw > 0) return { left: look.hangingTw, hanging: look.hangingTw };
  return { ...(base.hangingTw > 0 ? { left: 0 } : {}), firstLine: look.firstLineTw };
}

/** The run properties of a look, as far as they differ from the inherited ones. */
export function runProps(run: Pick<Look, 'sizeHalfPt' | 'bold' | 'italic' | 'underline'>, base: Look): RunProps {
  return {
    ...(run.sizeHalfPt !== base.sizeHalfPt ? { size: run.sizeHalfPt, sizeComplexScript: run.sizeHalfPt } : {}),
    ...(run.bold !== base.bold ? { bold: run.bold } : {}),
    ...(run.italic !== base.italic ? { italics: run.italic } : {}),
    ...(run.underline !== base.underline ? { underline: { type: run.underline ? UnderlineType.SINGLE : UnderlineType.NONE } } : {}),
  };
}
