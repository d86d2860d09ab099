import { describe, expect, it } from 'vitest';
import { computeSectionNumbers, effectiveLevels } from '../../../core/render/numbering';
import type { Plan } from '../../../core/model';
import { type DocState, docReducer, initialDocState } from '../../../renderer/state/plan-store';
import { createFreeSection, dropOp, indentOp, moveSiblingOp, outdentOp } from '../../../renderer/state/section-ops';
import { findSection, flattenSections } from '../../../renderer/state/section-tree';
import { anLaoPlan } from './an-lao-plan';

/** What the outline shows: "number title" in document order. */
function outline(plan: Plan): string[] {
  const numbers = computeSectionNumbers(plan.sections, effectiveLevels(plan));
  return flattenSections(plan.sections).map(({ section }) => `${numbers.get(section.id)} ${section.title}`.trim());
}

function opened(): DocState {
  return docReducer(initialDocState, { type: 'open', plan: anLaoPlan(), path: '/data/an-lao.kehoach' });
}

let counter = 0;
const newId = () => `new-${++counter}`;

describe('document state', () => {
  it('an opened draft is clean and selects the first section; an edit makes it dirty', () => {
    const state = opened();
    expect(state.dirty).toBe(false);
    expect(state.selectedSectionId).toBe('s1');
    const plan = { ...state.plan!, number: '05' };
    const edited = docReducer(state, { type: 'edit', plan });
    expect(edited.dirty).toBe(true);
    expect(edited.plan!.number).toBe('05');
  });

  it('typed text applied a frame late lands on the latest plan: a number set in between is kept', () => {
    const state = opened();
    // The clerk types in section s1 (its text waits for the frame), then sets the number at once.
    const touched = docReducer(state, { type: 'touch' });
    expect(touched.dirty).toBe(true);
    expect(touched.revision).toBe(state.revision); // nothing in the plan changed yet
    const numbered = docReducer(touched, { type: 'update', update: (p) => ({ ...p, number: '05' }) });
    const typed = docReducer(numbered, {
      type: 'update',
      update: (p) => ({ ...p, sections: p.sections.map((s) => (s.id === 's1' ? { ...s, body: [{ type: 'paragraph', children: [{ text: 'Việt Nam' }] }] } : s)) }),
    });
    expect(typed.plan!.number).toBe('05');
    expect(JSON.stringify(typed.plan!.sections[0]!.body)).toContain('Việt Nam');
    expect(typed.revision).toBe(state.revision + 2);
    // An update that changes nothing is not an edit.
    const same = docReducer(typed, { type: 'update', update: (p) => p });
    expect(same).toBe(typed);
  });

  it('a plan made from a template is dirty until it is saved', () => {
    const state = docReducer(initialDocState, { type: 'new', plan: anLaoPlan() });
    expect(state.dirty).toBe(true);
    expect(state.path).toBeNull();
    const saved = docReducer(state, { type: 'saved', path: '/data/moi.kehoach', revision: state.revision });
    expect(saved.dirty).toBe(false);
    expect(saved.path).toBe('/data/moi.kehoach');
  });

  it('typing during a save keeps the document dirty', () => {
    const state = docReducer(initialDocState, { type: 'new', plan: anLaoPlan() });
    const savingRevision = state.revision;
    const typed = docReducer(state, { type: 'edit', plan: { ...state.plan!, number: '7' } });
    const saved = docReducer(typed, { type: 'saved', path: '/data/a.kehoach', revision: savingRevision });
    expect(saved.dirty).toBe(true);
  });

  it('deleting section II renumbers III as II, and undo brings it back as II', () => {
    let state = opened();
    expect(outline(state.plan!)).toContain('III. TỔ CHỨC THỰC HIỆN');
    state = docReducer(state, { type: 'structure', op: { type: 'remove', id: 's2' }, label: 'Xóa mục' });
    expect(outline(state.plan!)).toContain('II. TỔ CHỨC THỰC HIỆN');
    expect(findSection(state.plan!.sections, 's2')).toBeNull();
    expect(state.undo).toHaveLength(1);
    state = docReducer(state, { type: 'undo' });
    expect(outline(state.plan!).slice(0, 7)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU',
      '1. Mục đích, yêu cầu',
      '2. Mục tiêu',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Tăng cường lãnh đạo',
      '2. Đổi mới nội dung',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
    state = docReducer(state, { type: 'redo' });
    expect(findSection(state.plan!.sections, 's2')).toBeNull();
  });

  it('undoing a structure change keeps text typed after it', () => {
    let state = opened();
    state = docReducer(state, { type: 'structure', op: moveSiblingOp(state.plan!.sections, 's3-2', -1)!, label: 'Chuyển lên' });
    // The user types in another section after moving.
    const plan = structuredClone(state.plan!);
    findSection(plan.sections, 's1-1')!.body = [{ type: 'paragraph', children: [{ text: 'Văn bản mới gõ' }] }];
    state = docReducer(state, { type: 'edit', plan });
    state = docReducer(state, { type: 'undo' });
    expect(state.plan!.sections[2]!.children.map((s) => s.id)).toEqual(['s3-1', 's3-2', 's3-3', 's3-4']);
    expect(findSection(state.plan!.sections, 's1-1')!.body[0]!.children[0]).toEqual({ text: 'Văn bản mới gõ' });
  });

  it('Alt+↑/↓ moves among siblings only, and not past the ends', () => {
    const plan = anLaoPlan();
    expect(moveSiblingOp(plan.sections, 's1', -1)).toBeNull();
    expect(moveSiblingOp(plan.sections, 's3', 1)).toBeNull();
    let state = opened();
    state = docReducer(state, { type: 'structure', op: moveSiblingOp(plan.sections, 's3', -1)!, label: 'Chuyển lên' });
    expect(outline(state.plan!).filter((l) => /^[IV]+\./.test(l))).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU',
      'II. TỔ CHỨC THỰC HIỆN',
      'III. NHIỆM VỤ, GIẢI PHÁP',
    ]);
  });

  it('moving a section into the previous one makes it a numbered sub-section, and out again', () => {
    let state = opened();
    state = docReducer(state, { type: 'structure', op: indentOp(state.plan!.sections, 's2')!, label: 'Chuyển vào' });
    expect(outline(state.plan!)).toContain('3. NHIỆM VỤ, GIẢI PHÁP');
    expect(outline(state.plan!)).toContain('3.1. Tăng cường lãnh đạo');
    expect(outline(state.plan!)).toContain('II. TỔ CHỨC THỰC HIỆN');
    state = docReducer(state, { type: 'structure', op: outdentOp(state.plan!.sections, 's2')!, label: 'Chuyển ra' });
    expect(outline(state.plan!)).toContain('II. NHIỆM VỤ, GIẢI PHÁP');
    expect(indentOp(state.plan!.sections, 's1')).toBeNull();
    expect(outdentOp(state.plan!.sections, 's1')).toBeNull();
  });

  it('drag and drop: after a later sibling, before an earlier one, and never into itself', () => {
    const plan = anLaoPlan();
    let state = opened();
    state = docReducer(state, { type: 'structure', op: dropOp(plan.sections, 's3-1', 's3-3', 'after')!, label: 'Kéo' });
    expect(state.plan!.sections[2]!.children.map((s) => s.id)).toEqual(['s3-2', 's3-3', 's3-1', 's3-4']);
    state = docReducer(state, { type: 'structure', op: dropOp(state.plan!.sections, 's3-4', 's3-2', 'before')!, label: 'Kéo' });
    expect(state.plan!.sections[2]!.children.map((s) => s.id)).toEqual(['s3-4', 's3-2', 's3-3', 's3-1']);
    const before = state.plan;
    state = docReducer(state, { type: 'structure', op: dropOp(state.plan!.sections, 's3', 's3-2', 'inside')!, label: 'Kéo' });
    expect(state.plan).toBe(before);
  });

  it('a free section added after section I is numbered II and selected', () => {
    let state = opened();
    const section = createFreeSection(newId, 'MỤC TIÊU');
    state = docReducer(state, { type: 'structure', op: { type: 'insert', position: { parentId: null, index: 1 }, section }, label: 'Thêm mục', select: section.id });
    expect(outline(state.plan!)).toContain('II. MỤC TIÊU');
    expect(outline(state.plan!)).toContain('IV. TỔ CHỨC THỰC HIỆN');
    expect(state.selectedSectionId).toBe(section.id);
    expect(state.dirty).toBe(true);
    expect(state.redo).toEqual([]);
  });

  it('a new structure change clears redo', () => {
    let state = opened();
    state = docReducer(state, { type: 'structure', op: { type: 'remove', id: 's1-2' }, label: 'Xóa' });
    state = docReducer(state, { type: 'undo' });
    expect(state.redo).toHaveLength(1);
    state = docReducer(state, { type: 'structure', op: { type: 'remove', id: 's2-2' }, label: 'Xóa' });
    expect(state.redo).toHaveLength(0);
  });

  it('deleting the selected section moves the selection to a section that exists', () => {
    let state = docReducer(opened(), { type: 'select', id: 's2' });
    state = docReducer(state, { type: 'structure', op: { type: 'remove', id: 's2' }, label: 'Xóa' });
    expect(findSection(state.plan!.sections, state.selectedSectionId!)).not.toBeNull();
  });
});
