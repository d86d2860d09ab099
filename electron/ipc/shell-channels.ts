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
  /** renderer → main: the CommandContext the menu items are enabled by (command table's enabled-when). */
  commandContext: 'shell:command-context',
  /** renderer → main: close the window now (after "Lưu" in the close prompt saved successfully). */
  closeWindow: 'shell:close-window',
  /** renderer → main (invoke): print the page with { copies }; answers a PrintOutcome. */
  print: 'shell:print',
} as const;

export {
  MAX_PRINT_COPIES,
  MENU_COMMANDS,
  MIN_PRINT_COPIES,
  type DirtyState,
  type KehoachShell,
  type MenuCommand,
  type PrintOptions,
  type PrintOutcome,
} from '../../core/ipc/shell';
