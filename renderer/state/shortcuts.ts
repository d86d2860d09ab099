import { COMMANDS, type CommandId, acceleratorLabel } from '../../core/commands/command-table';

/**
 * Keyboard shortcuts of the menus, the same in Electron and in the browser (where the app must
 * take Ctrl+N/O/S/P before the browser does). The keys come from the command table
 * (core/commands/command-table.ts); this module only names them for the renderer.
 */
export type Command = CommandId;
export { commandForKey, type KeyLike } from '../../core/commands/command-table';

/** Shown in tooltips: "Ctrl+S", "Alt+↑". Only commands that have a key. */
export const SHORTCUT_LABELS: Partial<Record<Command, string>> = Object.fromEntries(
  COMMANDS.filter((c) => c.accelerator).map((c) => [c.id, acceleratorLabel(c.accelerator!)]),
);
