import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/check/types';
import type { Plan } from '../../../core/model';
import {
  type CheckPanelState, checkPanelReducer, checkTabLabel, findingKey, panelGroups, initialCheckPanel, jumpTarget,
} from '../../../renderer/state/check-panel';
import { anLaoPlan } from '../renderer-state/an-lao-plan';

/**
 * The "Kiểm tra" panel's state (renderer/state/check-panel.ts): what the clerk sees listed and
 * counted, and where a click on a finding takes them.
 */
const finding = (ruleId: string, severity: Finding['severity'], extra: Partial<Finding['location']> = {}): Finding => ({
  ruleId,
  severity,
  message: `Thông báo của ${ruleId}.`,
  location: { area: 'section-body', sectionId: 's1-1', block: [0], start: 3, end: 5, label: 'Mục I.1', excerpt: 'trích', ...extra },
});

const RULES = [
  { id: 'double-space', title: 'Khoảng trắng thừa', explanation: 'Vì sao khoảng trắng.', severity: 'warning' as const },
  { id: 'citation-number', title: 'Trích dẫn văn bản căn cứ', explanation: 'Vì sao trích dẫn.', severity: 'error' as const },
  { id: 'citation-missing-so', title: 'Trích dẫn văn bản căn cứ', explanation: 'Vì sao trích dẫn.', severity: 'warning' as const },
  { id: 'tone-marks', title: 'Dấu thanh', explanation: 'Vì sao dấu.', severity: 'info' as const },
];

const checked = (plan: Plan, findings: Finding[], from: CheckPanelState = initialCheckPanel) => checkPanelReducer(from, { type: 'checked', plan, findings });

describe('the checker panel state', () => {
  it('counts findings in the tab only once the plan has been checked', () => {
    const plan = anLaoPlan();
    expect(checkTabLabel(initialCheckPanel)).toBe('Kiểm tra');
    expect(checkTabLabel(checked(plan, []))).toBe('Kiểm tra (0)');
    expect(checkTabLabel(checked(plan, [finding('double-space', 'warning'), finding('tone-marks', 'info', { start: 9 })]))).toBe('Kiểm tra (2)');
  });

  it('groups findings by rule title, errors first, each group in the order the engine gave', () => {
    const findings = [
      finding('tone-marks', 'info', { start: 1 }),
      finding('double-space', 'warning', { start: 2 }),
      finding('citation-missing-so', 'warning', { start: 3 }),
      finding('citation-number', 'error', { start: 4 }),
      finding('double-space', 'warning', { start: 5 }),
    ];
    const groups = panelGroups(findings, RULES);
    expect(groups.map((g) => [g.title, g.severity, g.findings.map((f) => f.location.start)])).toEqual([
      // Two rules share one title: one group, as grave as its gravest finding.
      ['Trích dẫn văn bản căn cứ', 'error', [3, 4]],
      ['Khoảng trắng thừa', 'warning', [2, 5]],
      ['Dấu thanh', 'info', [1]],
    ]);
    expect(groups[0]!.explanation).toBe('Vì sao trích dẫn.');
    // A rule the panel does not know still shows, under its id.
    expect(panelGroups([finding('new-rule', 'warning')], RULES).map((g) => g.title)).toEqual(['new-rule']);
  });

  it('keeps the finding last gone to highlighted while it is still found, and drops a fixed one at once', () => {
    const plan = anLaoPlan();
    const a = finding('double-space', 'warning', { start: 1, end: 3 });
    const b = finding('tone-marks', 'info', { start: 7, end: 9 });
    let state = checked(plan, [a, b]);
    state = checkPanelReducer(state, { type: 'go', key: findingKey(b) });
    expect(state.current).toBe(findingKey(b));
    // Checked again after typing elsewhere: the same defect at the same place keeps its key.
    state = checked({ ...plan }, [a, { ...b, message: b.message }], state);
    expect(state.current).toBe(findingKey(b));
    state = checkPanelReducer(state, { type: 'fixed', key: findingKey(b) });
    expect(state.findings).toEqual([a]);
    expect(state.current).toBeNull();
    state = checkPanelReducer(checkPanelReducer(state, { type: 'go', key: findingKey(a) }), { type: 'checked', plan, findings: [] });
    expect(state.current).toBeNull();
    expect(checkTabLabel(state)).toBe('Kiểm tra (0)');
  });

  it('opens and closes a group’s explanation, and lists a long group whole on demand', () => {
    let state = checkPanelReducer(initialCheckPanel, { type: 'explain', title: 'Dấu thanh' });
    expect(state.explained).toEqual(['Dấu thanh']);
    state = checkPanelReducer(state, { type: 'explain', title: 'Khoảng trắng thừa' });
    state = checkPanelReducer(state, { type: 'explain', title: 'Dấu thanh' });
    expect(state.explained).toEqual(['Khoảng trắng thừa']);
    state = checkPanelReducer(state, { type: 'show-all', title: 'Dấu thanh' });
    expect(checkPanelReducer(state, { type: 'show-all', title: 'Dấu thanh' })).toBe(state);
  });
});

describe('where a finding takes the clerk', () => {
  const at = (location: Partial<Finding['location']> & Pick<Finding['location'], 'area'>) => jumpTarget({ label: 'x', excerpt: 'y', ...location });

  it('to the range in the text editor of a section body, the opening or the summary', () => {
    expect(at({ area: 'section-body', sectionId: 'a-1', block: [2], start: 4, end: 9 })).toEqual({ kind: 'text', testId: 'section-body-a-1', block: 2, start: 4, end: 9 });
    expect(at({ area: 'preamble', block: [0], start: 10, end: 12 })).toEqual({ kind: 'text', testId: 'editor-preamble', block: 0, start: 10, end: 12 });
    expect(at({ area: 'summary', start: 0, end: 3 })).toEqual({ kind: 'text', testId: 'editor-summary', block: 0, start: 0, end: 3 });
    expect(at({ area: 'appendix', appendixId: 'pl1', block: [1], start: 0, end: 2 })).toEqual({ kind: 'text', testId: 'appendix-body-pl1', block: 1, start: 0, end: 2 });
    // A place without a range: the start of its paragraph.
    expect(at({ area: 'section-body', sectionId: 'a-1', block: [3] })).toEqual({ kind: 'text', testId: 'section-body-a-1', block: 3, start: null, end: null });
  });

  it('to a table by its block, never to a range inside a cell', () => {
    expect(at({ area: 'section-body', sectionId: 'a-1', block: [1, 2, 3], start: 0, end: 4 })).toEqual({ kind: 'text', testId: 'section-body-a-1', block: 1, start: null, end: null });
  });

  it('to the section title field, with the range selected', () => {
    expect(at({ area: 'section-title', sectionId: 'a-2', start: 1, end: 4 })).toEqual({ kind: 'title', sectionId: 'a-2', start: 1, end: 4 });
  });

  it('to the fields of the “Thông tin” tab for recipients, signature and header', () => {
    expect(at({ area: 'recipients', block: [1, 2] })).toEqual({ kind: 'field', testId: 'recipient-lines', nth: 1, line: 2, inFacts: true });
    expect(at({ area: 'recipients', field: 'archiveLine' })).toEqual({ kind: 'field', testId: 'recipients', inFacts: true });
    expect(at({ area: 'signature', field: 'name' })).toEqual({ kind: 'field', testId: 'signer-name', inFacts: true });
    expect(at({ area: 'signature', field: 'authority' })).toEqual({ kind: 'field', testId: 'signer-authority', inFacts: true });
    expect(at({ area: 'header', field: 'number' })).toEqual({ kind: 'field', testId: 'plan-number', inFacts: true });
    // Set when the plan was made, not edited in the open plan: nowhere to go.
    expect(at({ area: 'header', field: 'issuingBody' })).toEqual({ kind: 'none' });
    expect(at({ area: 'appendix', appendixId: 'pl1', field: 'title' })).toEqual({ kind: 'field', testId: 'appendix-title-pl1' });
    expect(at({ area: 'documents', documentId: 'ct-32' })).toEqual({ kind: 'none' });
  });
});
