/**
 * Messages between the Electron shell (menu, window) and the renderer, beside the KehoachApi
 * channels. Exposed to the page as `window.kehoachShell` by the preload (absent in browser mode).
 */
export const SHELL_CHANNELS = {
  /** main → renderer: a menu item was chosen; payload: MenuCommand. */
  menuCommand: 'shell:menu-command',
  /** main → renderer: open this .kehoach file (command line, double-click, second instance). */
  openPath: 'shell:open-path',
  /** renderer → main: whether there are unsaved changes, and the recovery copy to drop if the clerk discards them. */
  setDirty: 'shell:set-dirty',
  /** renderer → main: close the window now (after "Lưu" in the close prompt saved successfully). */
  closeWindow: 'shell:close-window',
} as const;

/** Same names as the renderer's keyboard commands (renderer/state/shortcuts.ts). */
export const MENU_COMMANDS = ['new', 'open', 'save', 'save-as', 'print', 'undo', 'redo', 'find', 'replace', 'save-and-close'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface DirtyState {
  dirty: boolean;
  /** From drafts.writeRecovery; discarded when the clerk closes without saving. */
  recoveryId?: string | null;
}

/** What the preload exposes as `window.kehoachShell`. */
export interface KehoachShell {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenPath(listener: (path: string) => void): () => void;
  setDirty(state: DirtyState): void;
  closeWindow(): void;
}
