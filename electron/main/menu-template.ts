import type { MenuItemConstructorOptions } from 'electron';
import { type CommandContext, type CommandId, COMMANDS, NO_PLAN_CONTEXT, menuLayout } from '../../core/commands/command-table';
import type { MenuCommand } from '../ipc/shell-channels';

/**
 * The Vietnamese application menu, derived from the command table (core/commands/command-table.ts):
 * labels, accelerators, order and enabled-when come from there. App commands go to the renderer;
 * clipboard, window zoom and full screen use Electron's roles, which act on the focused field.
 * Pure: main.ts supplies `send` and `quit`. Each command item's `id` is its command id, so
 * `applyCommandContext` can enable and disable them later without rebuilding the menu.
 */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  quit: () => void,
  isDev = false,
  ctx: CommandContext = NO_PLAN_CONTEXT,
): MenuItemConstructorOptions[] {
  return menuLayout().map((menu) => {
    const submenu: MenuItemConstructorOptions[] = menu.entries.map((entry): MenuItemConstructorOptions => {
      if (entry.kind === 'separator') return { type: 'separator' };
      if (entry.kind === 'command') {
        const c = entry.command;
        return {
          id: c.id,
          label: c.label,
          ...(c.accelerator ? { accelerator: c.accelerator } : {}),
          // A key of the text is shown in the menu but left to the page: the editor with the caret takes it.
          ...(c.scope === 'text' ? { registerAccelerator: false } : {}),
          enabled: c.enabled(ctx),
          click: () => send(c.id as CommandId),
        };
      }
      const r = entry.role;
      // "Thoát" closes the window through its close prompt (unsaved changes), as the title bar's ✕ does.
      if (r.role === 'quit') return { label: r.label, accelerator: r.accelerator, click: () => quit() };
      return { label: r.label, role: r.role, accelerator: r.accelerator };
    });
    if (isDev && menu.id === 'view') submenu.push({ type: 'separator' }, { label: 'Công cụ phát triển', role: 'toggleDevTools' });
    return { label: menu.label, submenu };
  });
}

/** The part of Electron's Menu this needs (a fake in tests). */
export interface MenuLike {
  getMenuItemById(id: string): { enabled: boolean } | null;
}

/** Enables each command's menu item as the command table says for this context. */
export function applyCommandContext(menu: MenuLike | null, ctx: CommandContext): void {
  if (!menu) return;
  for (const c of COMMANDS) {
    const item = c.menu ? menu.getMenuItemById(c.id) : null;
    if (item) item.enabled = c.enabled(ctx);
  }
}
