import { findingKey } from '../../core/check';
import type { CheckLocation, CheckRule, Finding, Severity } from '../../core/check/types';
import type { Plan } from '../../core/model/plan';

/**
 * The "Kiểm tra" panel's state: the findings of the last check and the plan they were found in,
 * which rule's explanation is open, which finding the clerk last went to. The check itself runs
 * elsewhere (renderer/check/useChecks.ts), after typing pauses; this module only keeps and shapes
 * its results.
 */
export interface CheckPanelState {
  /** The plan the findings were worked out from (null: not checked yet). */
  checked: Plan | null;
  findings: Finding[];
  /** Rule titles whose explanation is shown. */
  explained: string[];
  /** Key of the finding last clicked (highlighted in the list). */
  current: string | null;
  /** Rule titles whose findings are all listed (long groups show their first ones only). */
  showAll: string[];
}

export const initialCheckPanel: CheckPanelState = { checked: null, findings: [], explained: [], current: null, showAll: [] };

export type CheckPanelAction =
  | { type: 'checked'; plan: Plan; findings: Finding[] }
  | { type: 'explain'; title: string }
  | { type: 'go'; key: string }
  | { type: 'show-all'; title: string }
  /** Its fix was applied: the finding goes at once, before the next check confirms it. */
  | { type: 'fixed'; key: string }
  | { type: 'reset' };

export function checkPanelReducer(state: CheckPanelState, action: CheckPanelAction): CheckPanelState {
  switch (action.type) {
    case 'checked': {
      // The finding last gone to stays highlighted only while it is still found.
      const current = state.current !== null && action.findings.some((f) => findingKey(f) === state.current) ? state.current : null;
      return { ...state, checked: action.plan, findings: action.findings, current };
    }
    case 'explain':
      return { ...state, explained: state.explained.includes(action.title) ? state.explained.filter((t) => t !== action.title) : [...state.explained, action.title] };
    case 'go':
      return { ...state, current: action.key };
    case 'fixed':
      return { ...state, findings: state.findings.filter((f) => findingKey(f) !== action.key), current: state.current === action.key ? null : state.current };
    case 'show-all':
      return state.showAll.includes(action.title) ? state : { ...state, showAll: [...state.showAll, action.title] };
    case 'reset':
      return initialCheckPanel;
  }
}

/** A stable identity for a finding (rule, place, range): the same defect at the same place keeps it across checks. */
export { findingKey } from '../../core/check';

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What the panel needs of a rule (the engine's rules carry a `check` function too). */
export type RuleInfo = Pick<CheckRule, 'id' | 'title' | 'explanation' | 'severity'>;

export interface PanelGroup {
  title: string;
  explanation: string;
  /** The gravest severity among the group's findings. */
  severity: Severity;
  findings: Finding[];
}

/**
 * Findings grouped by rule title (rules may share one), errors first, then warnings, then hints:
 * what the clerk must correct comes first in the panel (the CLI's `groupFindings` keeps the rules'
 * order instead). Within a group, in the order the engine gave them (the plan's reading order). A
 * finding of a rule the panel does not know is grouped under its id.
 */
export function panelGroups(findings: readonly Finding[], rules: readonly RuleInfo[]): PanelGroup[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const groups = new Map<string, PanelGroup>();
  for (const f of findings) {
    const rule = byId.get(f.ruleId);
    const title = rule?.title ?? f.ruleId;
    let group = groups.get(title);
    if (!group) groups.set(title, (group = { title, explanation: rule?.explanation ?? '', severity: f.severity, findings: [] }));
    group.findings.push(f);
    if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[group.severity]) group.severity = f.severity;
  }
  // Array.prototype.sort is stable: groups of one severity keep the order of their first finding.
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** The panel's tab: "Kiểm tra" before the first check, "Kiểm tra (3)" after. */
export function checkTabLabel(state: CheckPanelState): string {
  return state.checked === null ? 'Kiểm tra' : `Kiểm tra (${state.findings.length})`;
}

/** Where a finding's place is edited: a text editor of the column, or a field of the side panel ("Thông tin"). */
export type JumpTarget =
  | { kind: 'text'; testId: string; block: number | null; start: number | null; end: number | null }
  | { kind: 'title'; sectionId: string; start: number | null; end: number | null }
  /** `nth`: which of several elements with that test id (a recipient group); `line`: the line to select in it. */
  | { kind: 'field'; testId: string; nth?: number; line?: number; inFacts?: true }
  | { kind: 'none' };

const HEADER_FIELDS: Record<string, string> = { number: 'plan-number', day: 'plan-day', month: 'plan-month', year: 'plan-year', date: 'plan-day', profile: 'plan-profile', urgency: 'plan-urgency', circulation: 'plan-circulation', draftNumber: 'plan-draft-number' };
const SIGNATURE_FIELDS: Record<string, string> = { authority: 'signer-authority', position: 'signer-position', name: 'signer-name' };

/**
 * Where to take the clerk for a finding. Text places (summary, opening, section titles and bodies,
 * Phụ lục bodies) are the editor column's; a table cell is shown by its table (its block index),
 * without a range. Recipients, signature, number and date are fields of the "Thông tin" tab; the
 * plan's documents are edited in their references' popovers and the header's bodies were set when
 * the plan was made, so those have no single place to go to.
 */
export function jumpTarget(l: CheckLocation): JumpTarget {
  const block = l.block?.[0] ?? null;
  // A range is only meaningful in a paragraph's shown text, not inside a table cell.
  const inCell = (l.block?.length ?? 0) > 1;
  const start = inCell ? null : l.start ?? null;
  const end = inCell ? null : l.end ?? start;
  switch (l.area) {
    case 'summary':
      return { kind: 'text', testId: 'editor-summary', block: 0, start, end };
    case 'preamble':
      return { kind: 'text', testId: 'editor-preamble', block, start, end };
    case 'section-title':
      return l.sectionId ? { kind: 'title', sectionId: l.sectionId, start, end } : { kind: 'none' };
    case 'section-body':
      return l.sectionId ? { kind: 'text', testId: `section-body-${l.sectionId}`, block, start, end } : { kind: 'none' };
    case 'appendix':
      if (!l.appendixId) return { kind: 'none' };
      if (l.field === 'title') return { kind: 'field', testId: `appendix-title-${l.appendixId}` };
      return block === null ? { kind: 'field', testId: `appendix-${l.appendixId}` } : { kind: 'text', testId: `appendix-body-${l.appendixId}`, block, start, end };
    case 'recipients':
      // An item is a line of its group's text box; the archive line is shown under the groups.
      if (l.block?.[0] === undefined) return { kind: 'field', testId: 'recipients', inFacts: true };
      return { kind: 'field', testId: 'recipient-lines', nth: l.block[0], ...(l.block[1] !== undefined ? { line: l.block[1] } : {}), inFacts: true };
    case 'signature':
      return { kind: 'field', testId: SIGNATURE_FIELDS[l.field ?? ''] ?? 'signer-name', inFacts: true };
    case 'header': {
      // The bodies' names and the type line are the office's, set when the plan was made: no field here.
      const testId = HEADER_FIELDS[l.field ?? ''];
      return testId ? { kind: 'field', testId, inFacts: true } : { kind: 'none' };
    }
    case 'documents':
      return { kind: 'none' };
  }
}
