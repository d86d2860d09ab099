import { describe, expect, it } from 'vitest';
import { OPENING_DEFAULTS, SUMMARY_DEFAULTS } from '../../../core/compose/defaults';
import type { BlockElement } from '../../../core/model/inline';
import type { Plan } from '../../../core/model';
import type { PlanWording } from '../../../core/model/wording';
import { type DocState, RECOMPOSE_LABEL, docReducer, initialDocState } from '../../../renderer/state/plan-store';
import { currentWording, editedByHand, printedWording, recomposePlan, toPlanWording } from '../../../renderer/state/recompose';
import { anLaoPlan } from './an-lao-plan';

/**
 * "Câu mở đầu và trích yếu" in the side panel: the An Lão plan was made before the parts were
 * kept, so it is shown the Party defaults; "Áp dụng" recomposes the opening and the summary as one
 * edit that Ctrl+Z takes back whole.
 */
const CITATION =
  'Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030';
const OLD_OPENING = `Thực hiện ${CITATION}, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Chỉ thị như sau:`;
const NEW_OPENING = `Triển khai thực hiện ${CITATION}, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Chỉ thị, cụ thể:`;

const reworded: PlanWording = { opening: { ...OPENING_DEFAULTS.dang, lead: 'Triển khai thực hiện', ending: ', cụ thể:' }, summary: SUMMARY_DEFAULTS.dang };

const opened = (): DocState => docReducer(initialDocState, { type: 'open', plan: anLaoPlan(), path: '/data/an-lao.kehoach' });
const typeInSection = (state: DocState, id: string, words: string): DocState =>
  docReducer(state, {
    type: 'update',
    update: (p) => ({ ...p, sections: p.sections.map((s) => (s.id === id ? { ...s, body: [{ type: 'paragraph', children: [{ text: words }] }] } : s)) }),
  });

describe('recomposing the opening and the summary of an open plan', () => {
  it('shows an older plan the regime defaults, and says its opening was not composed from them', () => {
    const plan = anLaoPlan();
    expect(plan.wording).toBeUndefined();
    expect(currentWording(plan).opening).toEqual(OPENING_DEFAULTS.dang);
    // Its opening cites the one base as "citation.full", the defaults as "bases.full"; its summary is theirs.
    expect(editedByHand(plan)).toEqual({ opening: true, summary: false });
    expect(printedWording(plan).opening).toEqual([OLD_OPENING]);
  });

  it('previews the sentence exactly as printed before anything is replaced', () => {
    const plan = anLaoPlan();
    expect(printedWording(recomposePlan(plan, reworded))).toEqual({ summary: `thực hiện ${CITATION}`, opening: [NEW_OPENING] });
    expect(printedWording(plan).opening).toEqual([OLD_OPENING]);
  });

  it('"Áp dụng" replaces the opening and summary and stores the parts, as one undoable edit; Ctrl+Z brings the old text back, Ctrl+Y the new', () => {
    const state = opened();
    const applied = docReducer(state, { type: 'recompose', wording: reworded });
    expect(applied.dirty).toBe(true);
    expect(applied.plan!.wording).toEqual(reworded);
    expect(printedWording(applied.plan!).opening).toEqual([NEW_OPENING]);
    expect(editedByHand(applied.plan!)).toEqual({ opening: false, summary: false });
    expect(applied.undo.at(-1)?.label).toBe(RECOMPOSE_LABEL);

    const undone = docReducer(applied, { type: 'undo' });
    expect(printedWording(undone.plan!).opening).toEqual([OLD_OPENING]);
    expect(undone.plan!.preamble).toEqual(state.plan!.preamble);
    expect(undone.plan!.summary).toEqual(state.plan!.summary);
    // The older plan had no parts: it has none again.
    expect('wording' in undone.plan!).toBe(false);
    expect(undone.undo).toHaveLength(0);

    const redone = docReducer(undone, { type: 'redo' });
    expect(printedWording(redone.plan!).opening).toEqual([NEW_OPENING]);
    expect(redone.plan!.wording).toEqual(reworded);
  });

  it('gives the editors new arrays on undo: an editor ignores a value it emitted itself', () => {
    const state = opened();
    const undone = docReducer(docReducer(state, { type: 'recompose', wording: reworded }), { type: 'undo' });
    expect(undone.plan!.preamble).not.toBe(state.plan!.preamble);
    expect(undone.plan!.summary).not.toBe(state.plan!.summary);
  });

  it('undo puts back only the opening, the summary and the parts: section text typed after "Áp dụng" stays', () => {
    const applied = docReducer(opened(), { type: 'recompose', wording: reworded });
    const typed = typeInSection(applied, 's2', 'Văn bản gõ sau khi áp dụng.');
    const undone = docReducer(typed, { type: 'undo' });
    expect(printedWording(undone.plan!).opening).toEqual([OLD_OPENING]);
    const s2 = undone.plan!.sections.find((s) => s.id === 's2')!;
    expect(s2.body[0]!.children).toEqual([{ text: 'Văn bản gõ sau khi áp dụng.' }]);
  });

  it('an opening edited by hand after composing is told apart from one Slate merely split into other leaves', () => {
    const composed = recomposePlan(anLaoPlan(), reworded);
    // Slate joins "" and "Triển khai thực hiện " into one leaf: the same words.
    const joined: BlockElement[] = composed.preamble.map((b) => ({ ...b, children: b.children.filter((c) => !('text' in c) || c.text !== '') }) as BlockElement);
    expect(editedByHand({ ...composed, preamble: joined })).toEqual({ opening: false, summary: false });
    const handWritten: Plan = {
      ...composed,
      preamble: composed.preamble.map((b) => ({ ...b, children: b.children.map((c) => ('text' in c && c.text === ', cụ thể:' ? { text: ', cụ thể như sau:' } : c)) }) as BlockElement),
    };
    expect(editedByHand(handWritten)).toEqual({ opening: true, summary: false });
  });

  it('stores the parts tidied, an empty purpose and subject left out', () => {
    const wording = toPlanWording({ opening: { ...OPENING_DEFAULTS.dang, lead: '  Triển khai  thực hiện ', purpose: '  ' }, summary: SUMMARY_DEFAULTS.dang, subject: ' ' });
    expect(wording.opening.lead).toBe('Triển khai thực hiện');
    expect('purpose' in wording.opening).toBe(false);
    expect('subject' in wording).toBe(false);
  });
});
