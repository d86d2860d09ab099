import { useCallback, useReducer, useRef } from 'react';
import type { KehoachApi, RecoveredDraft } from '../../core/ipc/api';
import { initialRecovery, recoveryReducer } from '../state/recovery';

/** The recovery state (renderer/state/recovery.ts) and the file work of its actions. */
export function useRecovery(api: KehoachApi) {
  const [state, dispatch] = useReducer(recoveryReducer, initialRecovery);
  // The same id for the async handlers, which must not read a stale render's state.
  const currentId = useRef<string | null>(null);

  /** Autosave wrote (or rewrote) the open plan's recovery copy. */
  const setCurrent = useCallback((id: string | null) => {
    currentId.current = id;
    dispatch({ type: 'current', id });
  }, []);

  /** The open plan was saved, closed without saving, or replaced: its recovery copy goes. */
  const discardCurrent = useCallback(async () => {
    if (!currentId.current) return;
    await api.drafts.discardRecovery(currentId.current);
    setCurrent(null);
  }, [api, setCurrent]);

  const listed = useCallback((drafts: RecoveredDraft[]) => dispatch({ type: 'listed', drafts }), []);

  /** A draft offered on the start screen is opened: its copy is the open plan's now. */
  const restored = useCallback((draft: RecoveredDraft) => {
    currentId.current = draft.id;
    dispatch({ type: 'restored', id: draft.id });
  }, []);

  const discardOffered = useCallback((draft: RecoveredDraft) => {
    void api.drafts.discardRecovery(draft.id);
    dispatch({ type: 'discarded', id: draft.id });
  }, [api]);

  return { state, setCurrent, discardCurrent, listed, restored, discardOffered };
}
