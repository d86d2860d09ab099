import type { Plan } from '../model/plan';

/**
 * The comparison's contract, shared by the diff engine (core/diff), the tracked-changes DOCX
 * writer, the CLI (`kehoach compare`) and the app's compare view. Pure data.
 *
 * Texts are compared after NFC, token by token on Vietnamese syllables (words, numbers, number
 * symbols such as "32-CT/TU" kept whole, punctuation, spaces), with jsdiff.
 */
export interface DiffOptions {
  /** "hoà" = "hòa", "uỷ" = "ủy": a change of tone-mark placement alone is not a change. */
  ignoreToneMarks?: boolean;
}

/** A piece of the compared text: same in both, only in the old (deleted), only in the new (inserted). */
export interface DiffPiece {
  op: 'same' | 'insert' | 'delete';
  text: string;
  /** The piece is (part of) a live reference's shown text, e.g. a citation date. */
  ref?: string;
}

/** What a compared paragraph is in the plan, so a writer can give it its style (heading level, bullet …). */
export type ParagraphRole = 'heading' | 'body' | 'bullet' | 'table-row' | 'line';

/** Optional facts every paragraph change may carry (added after the first contract; all optional). */
export interface ParagraphPlace {
  role?: ParagraphRole;
  /** Heading depth (1 = I./A.) when `role` is 'heading'. */
  level?: number;
  /** A table row ('table-row'): its cells in the old and the new plan (as far as it exists there), so a writer can draw the table. */
  row?: TableRowPlace;
}

export interface TableRowPlace {
  before?: string[];
  after?: string[];
  /** A header row of its table. */
  header?: boolean;
  /** Relative column widths of the row's table (the new plan's when it has the row). */
  widths?: number[];
}

/** How one paragraph (or title, or recipient line) changed. */
export type ParagraphChange = ParagraphPlace &
  (
  | { kind: 'same'; text: string }
  | { kind: 'insert'; text: string }
  | { kind: 'delete'; text: string }
  | { kind: 'edit'; pieces: DiffPiece[] }
  /** The paragraph was moved: shown once at each end, linked by `moveId`, never as a delete plus an insert. */
  | { kind: 'move-from' | 'move-to'; moveId: number; text: string; pieces?: DiffPiece[] }
  /** Only the value a live reference shows changed ("24/4/2024" → "25/4/2024"), everywhere it appears. */
  | { kind: 'ref-value'; field: string; before: string; after: string; pieces: DiffPiece[] }
  );

/** The comparison of one part of the plan: a section (by its number and title), the summary, Nơi nhận … */
export interface PartDiff {
  /** "Trích yếu", "Mở đầu", "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận", "Phụ lục I". */
  label: string;
  /** The new plan's section id when the part is a section present in the new plan. */
  sectionId?: string;
  /** Which part of the plan this is (added after the first contract; optional). */
  kind?: 'header' | 'summary' | 'opening' | 'section' | 'recipients' | 'signature' | 'appendix';
  /** The new plan's appendix id when the part is an appendix present in the new plan. */
  appendixId?: string;
  paragraphs: ParagraphChange[];
  /** Counts for the list of changes per section. */
  inserted: number;
  deleted: number;
  moved: number;
  changed: number;
}

export interface PlanDiff {
  parts: PartDiff[];
  /** Live-reference values that changed, once each ("Ngày của Chỉ thị 32-CT/TU: 24/4/2024 → 25/4/2024"). */
  refChanges: Array<{ field: string; label: string; before: string; after: string; target?: string }>;
}

/** What to compare: two plans (two versions, two drafts, or a draft and a Word plan opened as a plan). */
export interface ComparePair {
  old: Plan;
  new: Plan;
  /** Shown in the comparison: "Phiên bản 3 (28/11/2026 14:05)", "dong-da.docx". */
  oldLabel: string;
  newLabel: string;
}
