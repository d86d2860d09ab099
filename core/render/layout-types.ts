import type { FormatProfile } from '../profiles/profile';

/**
 * A plan laid out for paper: every paragraph with its final text, font size, weight,
 * alignment and spacing, all taken from the format profile. The DOCX writer and the live A4
 * preview are both dumb printers of this structure, so they cannot disagree.
 */

export interface Run {
  text: string;
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /**
   * Never broken across lines: a number-symbol (71-NQ/TW, 195/KH-UBND). The DOCX writes its
   * hyphens as non-breaking hyphens, the preview wraps it in a no-wrap span; the text itself keeps
   * the ordinary hyphen, so copying and searching find "71-NQ/TW".
   */
  noBreak?: boolean;
  /** A footnote's reference mark: its number (also the text), printed superscript (layout-footnotes.ts). */
  footnote?: number;
}

export interface LineSpacing {
  /** exact/atLeast: value in pt; multiple: value is the factor (1.15). */
  rule: 'exact' | 'atLeast' | 'multiple';
  value: number;
}

export type ParaKind =
  | 'circulation'
  | 'superior-body'
  | 'issuing-body'
  | 'star'
  | 'number'
  | 'urgency'
  | 'draft-mark'
  | 'national'
  | 'date-line'
  | 'rule'
  | 'title'
  | 'author-line'
  | 'summary'
  | 'hyphens'
  | 'preamble'
  | 'heading'
  | 'body'
  | 'bullet'
  | 'noi-nhan'
  | 'recipient'
  | 'archive'
  | 'authority'
  | 'position'
  | 'signature-space'
  | 'signer-name'
  | 'footnote'
  | 'table'
  | 'table-cell'
  | 'table-heading'
  | 'appendix-label'
  | 'appendix-title'
  | 'appendix-attach';

export interface Para {
  kind: ParaKind;
  runs: Run[];
  align: 'left' | 'center' | 'right' | 'justify';
  /** Size of the paragraph mark (and of empty paragraphs). */
  sizePt: number;
  firstLineIndentMm?: number;
  /** Lines after the first start this far in: a wrapped recipient line hangs after its "- ". */
  hangingIndentMm?: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  line: LineSpacing;
  /**
   * No page break between this paragraph and the next (a heading and its text, the last body
   * paragraph and the closing block, every line of the closing block). Decided by the layout;
   * the DOCX writes it as keepNext and the preview's paginator obeys it the same way.
   */
  keepWithNext?: boolean;
  /**
   * A solid horizontal line drawn by this (empty) paragraph, centred in its column, of this
   * width: the rule under ĐẢNG CỘNG SẢN VIỆT NAM, under the issuing body, under the summary.
   */
  rule?: { widthMm: number };
  /** The section or block this paragraph comes from, so the preview can map clicks back. */
  sourceId?: string;
  /** Drawn inside a box (the state circulation mark). */
  framed?: boolean;
  /** Heading depth (1 = I./A.) for headings. */
  level?: number;
  /** Starts a new page (a section the clerk set to "bắt đầu trang mới"): DOCX pageBreakBefore, a new preview page. */
  pageBreakBefore?: boolean;
  /** The clerk aligned this paragraph (centred, right…): the DOCX writes it on the paragraph, not in its style. */
  clerkAlign?: boolean;
  /** A table (kind 'table', no runs of its own): see layout-table.ts. */
  table?: TableLayout;
}

/** One cell where it starts; cells covered by a merge are left out (the printers draw the spans). */
export interface TableCellLayout {
  col: number;
  colSpan: number;
  rowSpan: number;
  /** The cell's paragraphs (kind 'table-cell'), at least one. */
  paras: Para[];
}

export interface TableRowLayout {
  /** A header row: repeated at the top of each page the table runs onto (DOCX w:tblHeader). */
  header: boolean;
  cells: TableCellLayout[];
}

export interface TableLayout {
  /** Column widths; they add up to the text area's width. */
  widthsMm: number[];
  rows: TableRowLayout[];
  borderPt: number;
  cellMarginMm: number;
}

/** A Phụ lục: a new page (section) of its own orientation, its title block, then its text and tables. */
export interface AppendixLayout {
  id: string;
  orientation: 'portrait' | 'landscape';
  /** The page of this appendix: width and height swapped when landscape; same margins as the plan. */
  page: { widthMm: number; heightMm: number };
  /** Label, title, "(Kèm theo …)" line, then the body. */
  paras: Para[];
}

/** A footnote: its number (1, 2, … in document order) and its text as one paragraph (kind 'footnote'). */
export interface LaidOutFootnote {
  number: number;
  para: Para;
}

export interface RecipientGroupLayout {
  /** Empty when the lines have no purpose. A long brace purpose carries the layout's line breaks ("\n"). */
  purpose: string;
  display: 'brace' | 'each-line';
  /** One paragraph per recipient, text already ending in the profile's ";" or ",". */
  lines: Para[];
}

export interface LaidOutDocument {
  profile: FormatProfile;
  font: string;
  page: {
    widthMm: number;
    heightMm: number;
    topMm: number;
    bottomMm: number;
    leftMm: number;
    rightMm: number;
    /** Duplex: back pages mirror left/right margins. */
    mirrorMargins: boolean;
  };
  pageNumber: { sizePt: number; fromTopMm: number; onFirstPage: boolean };
  /** First page only, top right, 10 mm from the top edge. */
  circulation?: Para;
  /** Borderless two-column header table. Row 1: bodies | national title; row 2: number | date line. */
  header: { leftWidthPct: number; rows: Array<{ left: Para[]; right: Para[] }> };
  /** Centred block: type, optional author line, summary, rule or five hyphens. */
  front: Para[];
  /** Opening sentence(s), headings, body paragraphs and bullets, in order; the last ends with the final mark. */
  body: Para[];
  /** The body's footnotes in order, numbered from 1; absent when there are none. */
  footnotes?: LaidOutFootnote[];
  closing: {
    leftWidthPct: number;
    /** Width of the purpose column beside a brace, when a group has one: the purpose wraps within it. */
    purposeWidthMm?: number;
    noiNhan: Para;
    groups: RecipientGroupLayout[];
    archive: Para;
    /** Authority line (may be absent), position, blank lines, name. */
    signature: Para[];
  };
  /** Phụ lục after the signature block, each starting a new page (absent when the plan has none). */
  appendices?: AppendixLayout[];
}
