import { useEffect, useRef } from 'react';
import type { KehoachApi } from '../../core/ipc/api';
import type { DocState } from '../state/plan-store';
import { flushPendingEdits } from '../editor/pending-edits';

/**
 * Writes a recovery copy every `seconds` while the document has changes not yet in the recovery
 * copy. The id of the copy is kept so a successful save (or "Không lưu") can discard it.
 */
export function useAutosave(api: KehoachApi, doc: DocState, seconds: number, onRecoveryId: (id: string) => void) {
  const report = useRef(onRecoveryId);
  report.current = onRecoveryId;
  const latest = useRef(doc);
  latest.current = doc;
  const written = useRef(-1);
  useEffect(() => {
    const timer = window.setInterval(() => {
      flushPendingEdits(); // the copy holds every letter typed so far
      const { plan, dirty, revision, path } = latest.current;
      if (!plan || !dirty || written.current === revision) return;
      written.current = revision;
      void api.drafts.writeRecovery(path, plan).then((result) => {
        if (result.ok) report.current(result.value.id);
        else written.current = -1; // try again on the next tick
      });
    }, Math.max(1, seconds) * 1000);
    return () => window.clearInterval(timer);
  }, [api, seconds]);
}
