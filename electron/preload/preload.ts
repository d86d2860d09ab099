// Runs in the sandboxed preload: only `electron`'s renderer modules are available, and nothing
// but the two objects below reaches the page (contextIsolation).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, type KehoachApi } from '../../core/ipc/api';
import { MENU_COMMANDS, SHELL_CHANNELS, type DirtyState, type KehoachShell, type MenuCommand, type PrintOutcome } from '../ipc/shell-channels';

/** KehoachApi built from the channel list, so a method added to core/ipc/api.ts needs no change here. */
function buildApi(): KehoachApi {
  const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const [group, methods] of Object.entries(CHANNELS)) {
    const calls: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const method of methods as readonly string[]) {
      calls[method] = (...args: unknown[]) => ipcRenderer.invoke(`${group}:${method}`, ...args);
    }
    api[group] = calls;
  }
  return api as unknown as KehoachApi;
}

/** Subscribes and returns the unsubscribe; the page never sees the IPC event object. */
function listen<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

const isMenuCommand = (v: unknown): v is MenuCommand => typeof v === 'string' && (MENU_COMMANDS as readonly string[]).includes(v);
const isString = (v: unknown): v is string => typeof v === 'string';

const shell: KehoachShell = {
  onMenuCommand: (listener) => listen(SHELL_CHANNELS.menuCommand, isMenuCommand, listener),
  onOpenPath: (listener) => listen(SHELL_CHANNELS.openPath, isString, listener),
  setDirty: (state: DirtyState) => ipcRenderer.send(SHELL_CHANNELS.setDirty, { dirty: !!state.dirty, recoveryId: state.recoveryId ?? null }),
  closeWindow: () => ipcRenderer.send(SHELL_CHANNELS.closeWindow),
  // Five booleans, nothing else crosses.
  setCommandContext: (ctx) =>
    ipcRenderer.send(SHELL_CHANNELS.commandContext, {
      hasPlan: !!ctx.hasPlan, dirty: !!ctx.dirty, canUndo: !!ctx.canUndo, canRedo: !!ctx.canRedo, busy: !!ctx.busy,
    }),
  // Only the number crosses; the main process validates it again.
  print: (options) => ipcRenderer.invoke(SHELL_CHANNELS.print, { copies: options?.copies }) as Promise<PrintOutcome>,
};

contextBridge.exposeInMainWorld('kehoach', buildApi());
contextBridge.exposeInMainWorld('kehoachShell', shell);
