import type { RecoveredDraft } from '../../core/ipc/api';

/**
 * Crash recovery: the drafts recovered at start (offered on the start screen) and the id of the
 * open plan's own recovery copy (written by autosave, dropped when the plan is saved, closed
 * without saving, or another is opened). State, actions and reducer; renderer/app/useRecovery.ts
 * does the file work.
 */
export interface RecoveryState {
  /** The recovery copy of the plan open now, if autosave wrote one (or it was restored from one). */
  currentId: string | null;
  /** Offered on the start screen. */
  recovered: RecoveredDraft[];
}

export type RecoveryAction =
  | { type: 'listed'; drafts: RecoveredDraft[] }
  | { type: 'current'; id: string | null }
  /** The clerk restored this draft: it is the open plan's copy now, no longer offered. */
  | { type: 'restored'; id: string }
  /** The clerk discarded this offered draft. */
  | { type: 'discarded'; id: string };

export const initialRecovery: RecoveryState = { currentId: null, recovered: [] };

export function recoveryReducer(state: RecoveryState, action: RecoveryAction): RecoveryState {
  switch (action.type) {
    case 'listed': return { ...state, recovered: action.drafts };
    case 'current': return state.currentId === action.id ? state : { ...state, currentId: action.id };
    case 'restored': return { currentId: action.id, recovered: state.recovered.filter((d) => d.id !== action.id) };
    case 'discarded': return { ...state, recovered: state.recovered.filter((d) => d.id !== action.id) };
  }
}
