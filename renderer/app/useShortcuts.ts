import { useEffect, useRef } from 'react';
import { type Command, commandForKey } from '../state/shortcuts';

/**
 * Global shortcuts, captured before the browser's own (Ctrl+S would save the page, Ctrl+P print
 * it). Ctrl+Z/Y inside the text editor belong to Slate's own history, so they pass through there.
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
      if ((command === 'undo' || command === 'redo') && inText) return;
      if ((command === 'move-up' || command === 'move-down') && inText) return;
      e.preventDefault();
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
