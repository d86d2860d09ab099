import type { Paragraph } from 'docx';
import type { LaidOutDocument } from '../render/layout-types';
import { paragraphFromPara } from './paragraph';
import type { StyleSheet } from './style-sheet';

/**
 * Word footnotes (word/footnotes.xml). Each laid-out footnote is one paragraph naming the
 * "Chú thích cuối trang" style (the profile's footnote size); the docx library puts the footnote's
 * own number mark (w:footnoteRef) before its text. In the text, a reference run (`Run.footnote`)
 * is a w:footnoteReference to the footnote of that number, superscript by Word's "footnote
 * reference" style, and Word numbers them itself, in the same order the layout did.
 */
export function docxFootnotes(laidOut: LaidOutDocument, columnWidthMm: number, sheet: StyleSheet): Record<number, { children: Paragraph[] }> {
  return Object.fromEntries((laidOut.footnotes ?? []).map((f) => [f.number, { children: [paragraphFromPara(f.para, columnWidthMm, sheet)] }]));
}

