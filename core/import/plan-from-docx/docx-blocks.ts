/**
 * A Word document read as a neutral list of blocks: what the plan recogniser needs and nothing of
 * WordprocessingML. The reader (electron/services/open-docx) produces it; the recogniser
 * (`planFromDocx`) reads it. Pure types: no Node, no DOM.
 */

export interface DocxRun {
  /** NFC, legacy fonts (TCVN3, VNI) already converted; a <w:br/> is "\n", a tab "\t". */
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** The run's font as resolved through its styles (".VnTime", "Times New Roman"), when known. */
  font?: string;
  /** A footnote reference at this place (the run's text is empty): the footnote's text. */
  footnote?: string;
}

export interface DocxParagraph {
  kind: 'paragraph';
  runs: DocxRun[];
  align?: 'left' | 'center' | 'right' | 'both';
  /** The paragraph style's name ("heading 1", "Body Text"), when it has one. */
  style?: string;
  /** Word's automatic numbering (w:numPr): the label is not in the text, so it cannot be read. */
  autoNumbered?: boolean;
}

export interface DocxCell {
  blocks: DocxBlock[];
  /** Grid columns the cell spans (w:gridSpan), 1 when absent. */
  span?: number;
  /** Vertical merge: a cell that starts a merge, or one covered by the cell above. */
  vMerge?: 'restart' | 'continue';
}

export interface DocxTable {
  kind: 'table';
  rows: DocxCell[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxContent {
  blocks: DocxBlock[];
  /** Footnotes by id, as plain text. */
  footnotes: Record<string, string>;
}

/** The text of a paragraph, runs joined. */
export const paragraphText = (p: DocxParagraph): string => p.runs.map((r) => r.text).join('');
