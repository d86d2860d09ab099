/**
 * Where a footnote stands in resolved body text: `resolve` writes this private-use character
 * (U+E002; the template markers use U+E000 and U+E001) for each footnote node, in order, and the
 * body layout replaces the n-th one by the n-th footnote's reference mark. It never reaches a page:
 * typed text is stripped of it before layout (layout-footnotes.ts).
 */
export const FOOTNOTE_MARK = '\uE002';
