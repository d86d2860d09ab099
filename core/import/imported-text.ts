/**
 * The full text of an imported document (a parent from the library, or a Word plan being opened),
 * as paragraphs with their numbered structure recognised. Shared contract of issue 9: the import
 * readers (electron/services/import) produce it, the library stores it, the review view and the
 * coverage index read it. Pure types: no Node, no DOM.
 */

/**
 * The numbering a paragraph starts with, as printed: "I." "1." "1.1." "a)" "-" "+", and "A." (the
 * capital letter headings state plans put above the Roman ones: "A. NHIỆM VỤ CHUNG").
 */
export const NUMBERING_KINDS = ['roman', 'arabic', 'decimal', 'letter', 'dash', 'plus', 'upper-letter'] as const;
export type NumberingKind = (typeof NUMBERING_KINDS)[number];

export interface ImportedParagraph {
  /** NFC, legacy fonts converted, whitespace collapsed; without its numbering label. */
  text: string;
  /** The label as printed ("II.", "2.", "2.1.", "b)", "-", "+"); absent for plain text. */
  label?: string;
  kind?: NumberingKind;
  /** Depth in the document's outline: 1 for "I.", 2 for "1.", … (0 for unnumbered text). */
  level: number;
  /** Whole paragraph bold (a heading without a number is often only bold). */
  bold?: boolean;
  align?: 'left' | 'center' | 'right' | 'both';
  /** A cell of a table: its row and column (0-based), tables numbered in order. */
  table?: { index: number; row: number; col: number };
  /** Page in the source (PDF) when known, 1-based. */
  page?: number;
}

export interface ImportedText {
  paragraphs: ImportedParagraph[];
  /** Where it came from, for messages and the library entry. */
  source: { fileName: string; format: 'docx' | 'pdf' | 'txt'; bytes: number; pages?: number };
  /** Legacy encodings met and converted ("tcvn3", "vni"), for the import summary. */
  converted?: Array<'tcvn3' | 'vni'>;
}

/** The header facts read off a document: a suggestion the clerk confirms or corrects. */
export interface SuggestedFacts {
  type?: string;
  regime?: 'dang' | 'nha-nuoc';
  number?: string;
  symbol?: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
  issuer?: string;
  /** Starting with "về …" as the document is cited. */
  subject?: string;
  place?: string;
}

/** What an import gives: the text and the suggested facts, or one Vietnamese sentence. */
export type ImportOutcome = { ok: true; text: ImportedText; facts: SuggestedFacts } | { ok: false; error: string };
