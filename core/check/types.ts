import type { InlineNode } from '../model/inline';
import type { Plan } from '../model/plan';
import type { DocumentRef } from '../model/document-ref';

/**
 * The checker's contract ("Kiểm tra văn bản"), shared by the rules (core/check/rules/, one file
 * each), the CLI (`kehoach check`) and the app's panel. Findings and fixes are plain data (no
 * functions): they cross the worker/IPC boundary, print as stable JSON, and a fix is undone by
 * applying its inverse.
 */

/** error: the plan is wrong as it stands (CLI exit 1); warning: very likely wrong; info: worth a look. */
export type Severity = 'error' | 'warning' | 'info';

/** The parts of a plan a finding can point at, in reading order. */
export type CheckArea =
  | 'header' // bodies, number/symbol line, place and date line, marks
  | 'summary' // trích yếu
  | 'preamble' // opening sentence(s)
  | 'section-title'
  | 'section-body'
  | 'recipients' // Nơi nhận, archive line included
  | 'signature'
  | 'documents' // the plan's document set (bases and their chains)
  | 'appendix'; // Phụ lục: title, attach line, body

/**
 * Where a block of text lives in the plan. `block` indexes the area's block list (a section's or
 * appendix's body, the preamble); for a table cell it is [tableIndex, row, col]. For recipients it
 * is [groupIndex, itemIndex]; absent for single-text places (title, summary, signature fields).
 */
export interface TextPlace {
  area: CheckArea;
  sectionId?: string;
  appendixId?: string;
  block?: number[];
  /** A named field when the area has several (signature: 'authority' | 'position' | 'name'; header: 'number' | 'date' …; documents: the DocumentRef field). */
  field?: string;
  /** Documents area: the id of the document. */
  documentId?: string;
}

export interface CheckLocation extends TextPlace {
  /** Range in the place's text as shown (live references resolved), when the finding is a piece of it. */
  start?: number;
  end?: number;
  /** Where this is, as a clerk says it: "Mục II.1", "Trích yếu", "Nơi nhận", "Phụ lục I". */
  label: string;
  /** The text found (a short excerpt), shown in the panel and the CLI. */
  excerpt: string;
}

/**
 * One edit of a fix. `text`: replace [start, end) of a place's shown text, which must still read
 * `expected` (else the fix is stale and is refused), by plain text or by inline nodes (a live
 * reference); only ranges over typed text (not inside a live reference) are editable.
 * `field`: set a plain field of the plan (path as in valueAt: ["recipients", 1, "items", 0]).
 */
export type FixEdit =
  | { kind: 'text'; place: TextPlace; start: number; end: number; expected: string; replacement: string | InlineNode[] }
  | { kind: 'field'; path: Array<string | number>; expected: unknown; value: unknown };

export interface CheckFix {
  /** Vietnamese, on the button: "Sửa thành “Huyện ủy”", "Thêm “số”". */
  label: string;
  edits: FixEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** One Vietnamese sentence: what is wrong here and what is right. */
  message: string;
  location: CheckLocation;
  /** Present only when the fix is safe (the right text is known for certain). */
  fix?: CheckFix;
}

/** What a rule may read besides the plan. */
export interface CheckContext {
  plan: Plan;
  /** Documents of the office's library (entries' facts), to compare citations with; may be empty. */
  library: readonly DocumentRef[];
  /** "Today" for date rules, injected so tests and the CLI are deterministic. */
  today: Date;
  /**
   * What the Word file had, when the plan was opened from one (`kehoach check plan.docx`): what the
   * plan model normalises away (a recipient line's dash and end mark, a missing archive line).
   */
  source?: SourceFacts;
}

/** Facts of the file a plan was opened from that the plan itself does not keep. */
export interface SourceFacts {
  /** The lines under "Nơi nhận:" as typed, in order, the archive line last when there is one. */
  recipientLines?: string[];
}

export interface CheckRule {
  /** Stable, kebab-case: "citation-missing-so", "weekday-mismatch". Printed in JSON; never renamed. */
  id: string;
  severity: Severity;
  /** Vietnamese name shown as the group heading in the panel: "Trích dẫn văn bản căn cứ". */
  title: string;
  /** Vietnamese explanation of why this matters, shown on demand. */
  explanation: string;
  check(context: CheckContext): Finding[];
}
