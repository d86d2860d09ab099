import type { DirtyState, MenuCommand } from '../../core/ipc/shell';
import type { Command } from './shortcuts';

/**
 * What the app does with the Electron shell's messages, kept free of React so it can be tested.
 * Menu commands share the keyboard commands' names; 'save-and-close' comes from the close prompt
 * ("Lưu" when the window is closed with unsaved changes).
 */
export interface MenuDeps {
  run(command: Command): void;
  /** Resolves true when the plan was written (false: failed, or the clerk cancelled the file dialog). */
  save(): Promise<boolean>;
  setDirty(state: DirtyState): void;
  closeWindow(): void;
}

export async function runMenuCommand(command: MenuCommand, deps: MenuDeps): Promise<void> {
  if (command !== 'save-and-close') return deps.run(command);
  // A failed or cancelled save keeps the window open, so no change is lost.
  if (!(await deps.save())) return;
  deps.setDirty({ dirty: false });
  deps.closeWindow();
}

/**
 * The dirty state to report to the main process, or null when it has not changed since the last
 * report (the main process only needs to know when its close prompt's answer would change).
 */
export function dirtyReport(last: DirtyState | null, dirty: boolean, recoveryId: string | null): DirtyState | null {
  if (last && last.dirty === dirty && (last.recoveryId ?? null) === recoveryId) return null;
  return { dirty, recoveryId };
}
