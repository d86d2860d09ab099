/**
 * The Electron shell's own messages to and from the renderer (menu, window), beside KehoachApi.
 * Exposed by the preload as `window.kehoachShell`; absent in browser mode. Declared here, in
 * core/, so the renderer can type it without importing from electron/.
 */
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
