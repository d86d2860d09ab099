import { useEffect, useRef } from 'react';
import { commandSpec } from '../../core/commands/command-table';
import { type Command, commandForKey } from '../state/shortcuts';

/**
 * Global shortcuts from the command table, captured before the browser's own (Ctrl+S would save
 * the page, Ctrl+P print it). Keys the table marks `keyOutsideTextOnly` (Ctrl+Z/Y, Alt+↑/↓) pass
 * through inside a text field: there they belong to Slate's own history or the field.
 */
export function useShortcuts(run: (command: Command) => void) {
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing) return; // IME composition (Unikey/EVKey) must never be interrupted
      const command = commandForKey(e);
      if (!command) return;
      const target = e.target as HTMLElement | null;
      const inText = !!target && (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA');
      if (inText && commandSpec(command).keyOutsideTextOnly) return;
      e.preventDefault();
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
