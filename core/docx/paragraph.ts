import { BorderStyle, Paragraph, type ParagraphChild } from 'docx';
import type { Para } from '../render/layout-types';
import { RULE_BORDER_EIGHTHS, mmToTwips } from './docx-units';
import { paragraphProps } from './look-diff';
import { StyleOnlyParagraph } from './plain-run';
import { textRuns } from './runs';
import { type StyleSheet, lookOf, styleIdOf, styleLook } from './style-sheet';

/**
 * A layout paragraph → a docx paragraph. `columnWidthMm` is the width of the column the
 * paragraph sits in (the text area, or a table cell), needed to centre a rule of a given width.
 *
 * The paragraph names its style (style-sheet.ts: kind and heading level → "Thân văn bản",
 * "Đề mục 2", "Nơi nhận" …) and writes only what its look, as the layout decided it, does not
 * share with that style: a body paragraph writes nothing, the last one before the closing block
 * its keep-with-next, a bold run in body text its bold. So a clerk who changes "Thân văn bản" in
 * Word restyles every body paragraph, and the page still shows every figure of the layout.
 */
export function paragraphFromPara(para: Para, columnWidthMm: number, sheet: StyleSheet, children?: ParagraphChild[]): Paragraph {
  const style = styleLook(sheet, para);
  const look = lookOf(para);
  const own = paragraphProps(look, style);
  if (!children && !para.rule && !para.pageBreakBefore && look.sizeHalfPt === style.sizeHalfPt && Object.keys(own).length === 0)
    return new StyleOnlyParagraph(styleIdOf(para), textRuns(para.runs, style));
  return new Paragraph({
    style: styleIdOf(para),
    ...own,
    ...(para.rule ? ruleProps(para, columnWidthMm) : {}),
    // The paragraph mark's size sets the height of an empty line (the signature space, a rule).
    ...(look.sizeHalfPt !== style.sizeHalfPt ? { run: { size: look.sizeHalfPt } } : {}),
    ...(para.pageBreakBefore ? { pageBreakBefore: true } : {}),
    // `children` (the comparison's tracked runs) replace the runs; the paragraph keeps its look.
    children: para.rule ? [] : children ?? textRuns(para.runs, style),
  });
}

/**
 * A solid line exactly `rule.widthMm` long, centred in its column: an empty, tiny paragraph
 * with a bottom border, narrowed by equal left and right indents. Word and LibreOffice draw a
 * paragraph border between the indents, so the line has the measured width of the text above.
 * The indents depend on the column, so they are the paragraph's own, not the style's.
 */
function ruleProps(para: Para, columnWidthMm: number) {
  const widthMm = Math.min(para.rule?.widthMm ?? columnWidthMm, columnWidthMm);
  const sideTwips = Math.max(0, mmToTwips((columnWidthMm - widthMm) / 2));
  return {
    indent: { left: sideTwips, right: sideTwips },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_BORDER_EIGHTHS, color: '000000', space: 1 } },
  };
}
