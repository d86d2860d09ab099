import { useEffect, useRef } from 'react';
import type { CommandContext } from '../../core/commands/command-table';
import type { DirtyState } from '../../core/ipc/shell';
import { getShell } from '../api/shell';
import { dirtyReport, runMenuCommand } from '../state/shell-controller';
import type { Command } from '../state/shortcuts';

/**
 * Wires the Electron shell (menu and its enabled items, files opened from the OS, close prompt) to the app. Does
 * nothing in browser mode, where `window.kehoachShell` is absent.
 */
export function useShell(props: {
  run(command: Command): void;
  save(): Promise<boolean>;
  openPath(path: string): void;
  dirty: boolean;
  recoveryId: string | null;
  /** What the menu items are enabled by; sent to the main process when it changes. */
  context: CommandContext;
}) {
  const latest = useRef(props);
  latest.current = props;
  const reported = useRef<DirtyState | null>(null);

  useEffect(() => {
    const shell = getShell();
    if (!shell) return;
    const offMenu = shell.onMenuCommand((command) => {
      void runMenuCommand(command, {
        run: (c) => latest.current.run(c),
        save: () => latest.current.save(),
        setDirty: (state) => {
          reported.current = state;
          shell.setDirty(state);
        },
        closeWindow: () => shell.closeWindow(),
      });
    });
    const offOpen = shell.onOpenPath((path) => latest.current.openPath(path));
    return () => {
      offMenu();
      offOpen();
    };
  }, []);

  useEffect(() => {
    const shell = getShell();
    if (!shell) return;
    const report = dirtyReport(reported.current, props.dirty, props.recoveryId);
    if (!report) return;
    reported.current = report;
    shell.setDirty(report);
  }, [props.dirty, props.recoveryId]);

  useEffect(() => {
    getShell()?.setCommandContext(props.context);
  }, [props.context]);
}
