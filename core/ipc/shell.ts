/**
 * The Electron shell's own messages to and from the renderer (menu, window), beside KehoachApi.
 * Exposed by the preload as `window.kehoachShell`; absent in browser mode. Declared here, in
 * core/, so the renderer can type it without importing from electron/.
 */
import { type CommandContext, type CommandId, MENU_COMMAND_IDS } from '../commands/command-table';

/**
 * What the main process sends the renderer: a command of the command table chosen in the menu
 * (core/commands/command-table.ts), or 'save-and-close' from the close prompt.
 */
export type MenuCommand = CommandId | 'save-and-close';
export const MENU_COMMANDS: readonly MenuCommand[] = [...MENU_COMMAND_IDS, 'save-and-close'];

export interface DirtyState {
  dirty: boolean;
  /** From drafts.writeRecovery; discarded when the clerk closes without saving. */
  recoveryId?: string | null;
}

/** Bounds of "Số bản in", checked in the print dialog and again in the main process. */
export const MIN_PRINT_COPIES = 1;
export const MAX_PRINT_COPIES = 500;

export interface PrintOptions {
  copies: number;
}

/**
 * How a print request ended. A clerk closing the system print dialog is 'cancelled', not an
 * error: the app says nothing. 'failed' carries a Vietnamese reason to show as it is.
 */
export type PrintOutcome = { status: 'printed' } | { status: 'cancelled' } | { status: 'failed'; reason: string };

/** What the preload exposes as `window.kehoachShell`. */
export interface KehoachShell {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenPath(listener: (path: string) => void): () => void;
  setDirty(state: DirtyState): void;
  /** What the menu's items are enabled by (the command table's enabled-when); sent when it changes. */
  setCommandContext(ctx: CommandContext): void;
  closeWindow(): void;
  /** Prints the page (its print CSS shows only the A4 pages) with this many copies pre-set. */
  print(options: PrintOptions): Promise<PrintOutcome>;
}
