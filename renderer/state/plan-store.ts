import type { CheckFix } from '../../core/check/types';
import type { Plan } from '../../core/model';
import { applyFix } from '../../core/check';
import type { PlanWording } from '../../core/model/wording';
import { type FieldsOp, applyFieldsOp } from './plan-fields';
import { recomposePlan } from './recompose';
import { type SectionOp, applySectionOp } from './section-ops';
import { findSection } from './section-tree';

/**
 * The one store of the open document: the plan, where it lives on disk, whether it has unsaved
 * changes, and the undo/redo stacks of structure edits (text undo belongs to the Slate editor).
 */
export interface HistoryEntry {
  /** Vietnamese label shown on the undo button and in the toast: "Xóa mục “Mục đích”". */
  label: string;
  op: SectionOp | FieldsOp | FixOp;
}

/** A checker's fix (or its inverse), as data: applied and undone by applyFix, which refuses stale text. */
export interface FixOp {
  type: 'fix';
  fix: CheckFix;
}

export interface DocState {
  plan: Plan | null;
  path: string | null;
  dirty: boolean;
  selectedSectionId: string | null;
  /** Inverse operations, most recent last. */
  undo: HistoryEntry[];
  redo: HistoryEntry[];
  /** Bumped on every plan change, so autosave knows whether the recovery copy is stale. */
  revision: number;
}

export const initialDocState: DocState = {
  plan: null,
  path: null,
  dirty: false,
  selectedSectionId: null,
  undo: [],
  redo: [],
  revision: 0,
};

export type DocAction =
  /** A new, never-saved plan (from a template) or a recovered draft: dirty until saved. */
  | { type: 'new'; plan: Plan; path?: string | null }
  | { type: 'open'; plan: Plan; path: string }
  /** Any edit from the editor or the side panel: a whole new Plan. */
  | { type: 'edit'; plan: Plan }
  /** An edit applied to the latest plan (never to a copy captured earlier). */
  | { type: 'update'; update: (plan: Plan) => Plan }
  /** Text is being typed and reaches the plan a frame later: unsaved from now on. */
  | { type: 'touch' }
  | { type: 'structure'; op: SectionOp; label: string; select?: string | null }
  /** The opening and the summary recomposed from these parts, stored with them: one undoable edit. */
  | { type: 'recompose'; wording: PlanWording }
  /**
   * The checker's fix of a finding ("Sửa"), one undoable edit. Applied to the latest plan, whose
   * text must still read what the finding saw (else nothing changes: see fixRefusal).
   */
  | { type: 'fix'; fix: CheckFix }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'saved'; path: string; revision: number }
  | { type: 'select'; id: string | null }
  | { type: 'close' };

const HISTORY_LIMIT = 100;
export const RECOMPOSE_LABEL = 'Đổi câu mở đầu và trích yếu';

/**
 * How a fixed plan (and the inverse fix kept for undo) is put in the form the text editors will
 * hold it in. The store cannot know the editor's rules (it sits below the editor); the app passes
 * them in (renderer/check/as-editor-holds.ts) when it makes the reducer. Default: as is.
 */
export type FixSettler = (plan: Plan, inverse: CheckFix) => { plan: Plan; inverse: CheckFix };
const asIs: FixSettler = (plan, inverse) => ({ plan, inverse });

/** The reducer, with the editor's way of holding fixed text (see FixSettler). */
export function createDocReducer(settle: FixSettler = asIs): (state: DocState, action: DocAction) => DocState {
  return (state, action) => reduceDoc(state, action, settle);
}

export const docReducer = createDocReducer();

function reduceDoc(state: DocState, action: DocAction, asEditorHoldsIt: FixSettler): DocState {
  switch (action.type) {
    case 'new':
      return { ...initialDocState, plan: action.plan, path: action.path ?? null, dirty: true, revision: state.revision + 1, selectedSectionId: action.plan.sections[0]?.id ?? null };
    case 'open':
      return { ...initialDocState, plan: action.plan, path: action.path, dirty: false, revision: state.revision + 1, selectedSectionId: action.plan.sections[0]?.id ?? null };
    case 'close':
      return { ...initialDocState, revision: state.revision + 1 };
    case 'edit':
      if (!state.plan || action.plan === state.plan) return state;
      return { ...state, plan: action.plan, dirty: true, revision: state.revision + 1 };
    case 'update': {
      if (!state.plan) return state;
      const plan = action.update(state.plan);
      if (plan === state.plan) return state;
      return { ...state, plan, dirty: true, revision: state.revision + 1 };
    }
    case 'touch':
      return !state.plan || state.dirty ? state : { ...state, dirty: true };
    case 'select':
      return { ...state, selectedSectionId: action.id };
    case 'saved':
      // Edits made while the file was being written keep the document dirty.
      return { ...state, path: action.path, dirty: state.revision !== action.revision };
    case 'structure': {
      if (!state.plan) return state;
      const applied = applySectionOp(state.plan.sections, action.op);
      if (!applied) return state;
      const plan = { ...state.plan, sections: applied.sections };
      return {
        ...state,
        plan,
        dirty: true,
        revision: state.revision + 1,
        undo: [...state.undo, { label: action.label, op: applied.inverse }].slice(-HISTORY_LIMIT),
        redo: [],
        selectedSectionId: keepSelection(plan, action.select !== undefined ? action.select : state.selectedSectionId),
      };
    }
    case 'recompose': {
      if (!state.plan) return state;
      const next = recomposePlan(state.plan, action.wording);
      const { inverse } = applyFieldsOp(state.plan, { type: 'fields', fields: { preamble: next.preamble, summary: next.summary, wording: next.wording } });
      return {
        ...state,
        plan: next,
        dirty: true,
        revision: state.revision + 1,
        undo: [...state.undo, { label: RECOMPOSE_LABEL, op: inverse }].slice(-HISTORY_LIMIT),
        redo: [],
      };
    }
    case 'fix': {
      if (!state.plan) return state;
      const applied = applyFix(state.plan, action.fix);
      if (!applied.ok) return state;
      // The text as the section's editor will hold it, so undoing finds what it expects.
      const fixed = asEditorHoldsIt(applied.plan, applied.inverse);
      return {
        ...state,
        plan: fixed.plan,
        dirty: true,
        revision: state.revision + 1,
        undo: [...state.undo, { label: action.fix.label, op: { type: 'fix' as const, fix: fixed.inverse } }].slice(-HISTORY_LIMIT),
        redo: [],
      };
    }
    case 'undo':
    case 'redo': {
      if (!state.plan) return state;
      const undoing = action.type === 'undo';
      const from = undoing ? state.undo : state.redo;
      const entry = from[from.length - 1];
      if (!entry) return state;
      const rest = from.slice(0, -1);
      // An entry that no longer applies (the text typed over, its section deleted by other means) is dropped.
      const dropped: DocState = undoing ? { ...state, undo: rest } : { ...state, redo: rest };
      // The step done, and its inverse put on the other stack.
      const stepped = (plan: Plan, back: HistoryEntry): DocState => ({
        ...state,
        plan,
        dirty: true,
        revision: state.revision + 1,
        undo: undoing ? rest : [...state.undo, back],
        redo: undoing ? [...state.redo, back] : rest,
      });
      if (entry.op.type === 'fix') {
        const applied = applyFix(state.plan, entry.op.fix);
        if (!applied.ok) return dropped;
        const fixed = asEditorHoldsIt(applied.plan, applied.inverse);
        return stepped(fixed.plan, { label: entry.label, op: { type: 'fix', fix: fixed.inverse } });
      }
      if (entry.op.type === 'fields') {
        const fields = applyFieldsOp(state.plan, entry.op);
        return stepped(fields.plan, { label: entry.label, op: fields.inverse });
      }
      const applied = applySectionOp(state.plan.sections, entry.op);
      if (!applied) return dropped;
      const plan = { ...state.plan, sections: applied.sections };
      const touched = entry.op.type === 'insert' ? entry.op.section.id : entry.op.type === 'move' ? entry.op.id : state.selectedSectionId;
      return { ...stepped(plan, { label: entry.label, op: applied.inverse }), selectedSectionId: keepSelection(plan, touched) };
    }
  }
}

function keepSelection(plan: Plan, id: string | null): string | null {
  if (id && findSection(plan.sections, id)) return id;
  return plan.sections[0]?.id ?? null;
}

/** Why a fix cannot be applied to this plan now (its text changed since the check), or null when it can. */
export function fixRefusal(plan: Plan | null, fix: CheckFix): string | null {
  if (!plan) return null;
  const fixed = applyFix(plan, fix);
  return fixed.ok ? null : fixed.reason;
}
