import { AlignmentType, BorderStyle, Paragraph } from 'docx';
import type { Para } from '../render/layout-types';
import { RULE_BORDER_EIGHTHS, lineSpacing, mmToTwips, ptToHalfPoints, ptToTwips } from './docx-units';
import { textRuns } from './runs';
import { styleIdOf } from './style-sheet';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/**
 * A layout paragraph → a docx paragraph. `columnWidthMm` is the width of the column the
 * paragraph sits in (the text area, or a table cell), needed to centre a rule of a given width.
 *
 * The paragraph names its style (style-sheet.ts: kind and heading level → "Thân văn bản",
 * "Đề mục 2", "Nơi nhận" …), which gives Word and LibreOffice the outline and the clerk the look
 * for new paragraphs. Its figures are still written on the paragraph itself: the callers (body,
 * header and closing tables) do not hold the document's style sheet, so this cannot know what
 * the style already says, and the layout's figures must reach the page whatever the style holds.
 */
export function paragraphFromPara(para: Para, columnWidthMm: number): Paragraph {
  if (para.rule) return ruleParagraph(para, columnWidthMm);
  return new Paragraph({
    style: styleIdOf(para),
    alignment: ALIGN[para.align],
    spacing: { before: ptToTwips(para.spaceBeforePt), after: ptToTwips(para.spaceAfterPt), ...lineSpacing(para.line) },
    ...indentOf(para),
    ...(para.keepWithNext ? { keepNext: true } : {}),
    // The paragraph mark's size sets the height of an empty line (the signature space).
    run: { size: ptToHalfPoints(para.sizePt) },
    children: para.runs.flatMap(textRuns),
  });
}

/** First-line indent of body text, or a hanging indent (a wrapped recipient line hangs after "- "). */
function indentOf(para: Para): { indent?: { firstLine?: number; left?: number; hanging?: number } } {
  if (para.hangingIndentMm) {
    const hang = mmToTwips(para.hangingIndentMm);
    return { indent: { left: hang, hanging: hang } };
  }
  return para.firstLineIndentMm ? { indent: { firstLine: mmToTwips(para.firstLineIndentMm) } } : {};
}

/**
 * A solid line exactly `rule.widthMm` long, centred in its column: an empty, tiny paragraph
 * with a bottom border, narrowed by equal left and right indents. Word and LibreOffice draw a
 * paragraph border between the indents, so the line has the measured width of the text above.
 */
export function ruleParagraph(para: Para, columnWidthMm: number): Paragraph {
  const widthMm = Math.min(para.rule?.widthMm ?? columnWidthMm, columnWidthMm);
  const sideTwips = Math.max(0, mmToTwips((columnWidthMm - widthMm) / 2));
  return new Paragraph({
    style: styleIdOf(para),
    alignment: AlignmentType.CENTER,
    spacing: { before: ptToTwips(para.spaceBeforePt), after: ptToTwips(para.spaceAfterPt), ...lineSpacing(para.line) },
    indent: { left: sideTwips, right: sideTwips },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_BORDER_EIGHTHS, color: '000000', space: 1 } },
    ...(para.keepWithNext ? { keepNext: true } : {}),
    run: { size: ptToHalfPoints(para.sizePt) },
    children: [],
  });
}
