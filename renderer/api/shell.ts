import type { KehoachShell } from '../../core/ipc/shell';

declare global {
  interface Window {
    /** The Electron shell's menu and window messages, exposed by the preload; absent in browser mode. */
    kehoachShell?: KehoachShell;
  }
}

/** The Electron shell, or null in browser mode (no native menu, no window to close). */
export function getShell(): KehoachShell | null {
  return typeof window !== 'undefined' && window.kehoachShell ? window.kehoachShell : null;
}
