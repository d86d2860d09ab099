import { describe, expect, it } from 'vitest';
import type { DirtyState, MenuCommand } from '../../../core/ipc/shell';
import { dirtyReport, runMenuCommand } from '../../../renderer/state/shell-controller';
import type { Command } from '../../../renderer/state/shortcuts';

function fakeShell(saveResult: boolean) {
  const calls: string[] = [];
  const ran: Command[] = [];
  const dirty: DirtyState[] = [];
  return {
    calls, ran, dirty,
    deps: {
      run: (c: Command) => { ran.push(c); calls.push(`run:${c}`); },
      save: async () => { calls.push('save'); return saveResult; },
      setDirty: (s: DirtyState) => { dirty.push(s); calls.push('setDirty'); },
      closeWindow: () => { calls.push('close'); },
    },
  };
}

describe('menu commands from the Electron shell', () => {
  it('runs the same command as the keyboard shortcut of the same name', async () => {
    for (const command of ['new', 'open', 'save', 'save-as', 'print', 'undo', 'redo', 'find', 'replace'] as MenuCommand[]) {
      const shell = fakeShell(true);
      await runMenuCommand(command, shell.deps);
      expect(shell.ran).toEqual([command]);
      expect(shell.calls).not.toContain('close');
    }
  });

  it('"Lưu" in the close prompt saves, reports the window clean, then closes it — in that order', async () => {
    const shell = fakeShell(true);
    await runMenuCommand('save-and-close', shell.deps);
    expect(shell.calls).toEqual(['save', 'setDirty', 'close']);
    expect(shell.dirty).toEqual([{ dirty: false }]);
  });

  it('keeps the window open when the save failed or the clerk cancelled the file dialog', async () => {
    const shell = fakeShell(false);
    await runMenuCommand('save-and-close', shell.deps);
    expect(shell.calls).toEqual(['save']);
  });
});

describe('dirty state reported to the main process', () => {
  it('reports the first state, then only changes of dirty or of the recovery id', () => {
    const first = dirtyReport(null, false, null);
    expect(first).toEqual({ dirty: false, recoveryId: null });
    expect(dirtyReport(first, false, null)).toBeNull();
    const typed = dirtyReport(first, true, null);
    expect(typed).toEqual({ dirty: true, recoveryId: null });
    // Autosave wrote a recovery copy: the close prompt's "Không lưu" must be able to discard it.
    const autosaved = dirtyReport(typed, true, 'rec-1');
    expect(autosaved).toEqual({ dirty: true, recoveryId: 'rec-1' });
    expect(dirtyReport(autosaved, true, 'rec-1')).toBeNull();
    expect(dirtyReport(autosaved, false, null)).toEqual({ dirty: false, recoveryId: null });
  });

  it('treats a report without a recovery id like one with null', () => {
    expect(dirtyReport({ dirty: false }, false, null)).toBeNull();
  });
});
