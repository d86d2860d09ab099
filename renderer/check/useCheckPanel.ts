import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { CheckFix, Finding } from '../../core/check/types';
import type { DocumentRef } from '../../core/model/document-ref';
import type { LibraryEntry } from '../../core/library/library-entry';
import type { Plan } from '../../core/model/plan';
import { createChipTextCache } from '../state/chip-texts';
import { type JumpTarget, checkPanelReducer, checkTabLabel, findingKey, initialCheckPanel, jumpTarget } from '../state/check-panel';
import { ALL_RULES } from '../../core/check';
import { jumpTo } from './jump-to';
import { useChecks } from './useChecks';

/**
 * The "Kiểm tra" panel's state and what its buttons do, for the editor screen: findings kept up
 * to date after typing pauses (useChecks), a finding's place shown (`go`), its fix applied
 * through the plan store (`fix`: `applyFix` answers false when the text changed since the check).
 */
export function useCheckPanel(opts: {
  plan: Plan;
  library: readonly DocumentRef[];
  applyFix(fix: CheckFix): boolean;
  /** A place on the "Thông tin" tab (recipients, signature, number and date): that tab is shown first. */
  showFacts(): void;
  /** A place in the text column: a panel laid over it (narrow window) gets out of the way. */
  showText(): void;
}) {
  const [state, dispatch] = useReducer(checkPanelReducer, initialCheckPanel);
  // Only the documents' facts: a library entry may carry its whole imported text, which the rules never read.
  const library = useMemo(() => opts.library.map(documentFacts), [opts.library]);
  // Findings of the plan open before are about another text: gone as soon as another plan opens.
  const planId = opts.plan.id;
  useEffect(() => () => dispatch({ type: 'reset' }), [planId]);
  useChecks(opts.plan, library, dispatch);
  const latest = useRef(opts);
  latest.current = opts;
  const chipTexts = useMemo(createChipTextCache, []);

  const go = useCallback((finding: Finding) => {
    dispatch({ type: 'go', key: findingKey(finding) });
    const target: JumpTarget = jumpTarget(finding.location);
    if (target.kind === 'field' && target.inFacts) latest.current.showFacts();
    else if (target.kind !== 'none') latest.current.showText();
    // The references' texts of the plan as it is now (the editor shows those).
    void jumpTo(target, chipTexts(latest.current.plan).text);
  }, [chipTexts]);

  const fix = useCallback((finding: Finding) => {
    if (finding.fix && latest.current.applyFix(finding.fix)) dispatch({ type: 'fixed', key: findingKey(finding) });
  }, []);
  const explain = useCallback((title: string) => dispatch({ type: 'explain', title }), []);
  const showAll = useCallback((title: string) => dispatch({ type: 'show-all', title }), []);

  return { state, label: checkTabLabel(state), stale: state.checked !== null && state.checked !== opts.plan, rules: ALL_RULES, go, fix, explain, showAll };
}

/** A library entry as the checker reads it: the DocumentRef without the entry's text and bookkeeping. */
function documentFacts(ref: DocumentRef | LibraryEntry): DocumentRef {
  if (!('revision' in ref)) return ref;
  const { text: _text, revision: _revision, updatedAt: _at, updatedBy: _by, ...facts } = ref;
  return facts;
}
