import { useCallback } from 'react';
import type { ProgressAction, Task } from '../state/progress';

/** Runs `work` with its progress notice shown (renderer/state/progress.ts); the notice goes when it ends, however it ends. */
export function useWithProgress(dispatchProgress: (action: ProgressAction) => void) {
  return useCallback(async <T,>(task: Task, work: () => Promise<T>): Promise<T> => {
    dispatchProgress({ type: 'start', task });
    try {
      return await work();
    } finally {
      dispatchProgress({ type: 'done' });
    }
  }, [dispatchProgress]);
}
