/**
 * Keyboard shortcuts of the menus, the same in Electron and in the browser (where the app must
 * take Ctrl+N/O/S/P before the browser does). Pure mapping from a key event to a command.
 */
export type Command =
  | 'new'
  | 'open'
  | 'save'
  | 'save-as'
  | 'print'
  | 'undo'
  | 'redo'
  | 'find'
  | 'replace'
  | 'move-up'
  | 'move-down';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey?: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function commandForKey(e: KeyLike): Command | null {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.altKey && !e.ctrlKey && !e.metaKey) {
    if (key === 'ArrowUp') return 'move-up';
    if (key === 'ArrowDown') return 'move-down';
    return null;
  }
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  switch (key) {
    case 'n': return e.shiftKey ? null : 'new';
    case 'o': return e.shiftKey ? null : 'open';
    case 's': return e.shiftKey ? 'save-as' : 'save';
    case 'p': return e.shiftKey ? null : 'print';
    case 'z': return e.shiftKey ? 'redo' : 'undo';
    case 'y': return e.shiftKey ? null : 'redo';
    case 'f': return e.shiftKey ? null : 'find';
    case 'h': return e.shiftKey ? null : 'replace';
    default: return null;
  }
}

/** Shown in menus and tooltips. */
export const SHORTCUT_LABELS: Record<Command, string> = {
  new: 'Ctrl+N',
  open: 'Ctrl+O',
  save: 'Ctrl+S',
  'save-as': 'Ctrl+Shift+S',
  print: 'Ctrl+P',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Y',
  find: 'Ctrl+F',
  replace: 'Ctrl+H',
  'move-up': 'Alt+↑',
  'move-down': 'Alt+↓',
};
