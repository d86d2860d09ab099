import { describe, expect, it } from 'vitest';
import type { RecoveredDraft } from '../../../core/ipc/api';
import { closeDialog, dialogReducer, failure, showDialog } from '../../../renderer/state/dialogs';
import { TASK_LABELS, progressReducer } from '../../../renderer/state/progress';
import { initialRecovery, recoveryReducer } from '../../../renderer/state/recovery';
import { screenReducer } from '../../../renderer/state/screen';

describe('app state modules', () => {
  it('dialogs: one at a time, a failure is a message', () => {
    let d = dialogReducer(null, showDialog({ kind: 'print' }));
    expect(d).toEqual({ kind: 'print' });
    d = dialogReducer(d, failure('Chưa lưu được kế hoạch', 'Ổ đĩa đầy'));
    expect(d).toEqual({ kind: 'message', title: 'Chưa lưu được kế hoạch', message: 'Ổ đĩa đầy' });
    expect(dialogReducer(d, closeDialog)).toBeNull();
    expect(dialogReducer(null, closeDialog)).toBeNull();
  });

  it('progress: a task and its Vietnamese label until done', () => {
    const p = progressReducer(null, { type: 'start', task: 'export-pdf' });
    expect(p).toBe('export-pdf');
    expect(TASK_LABELS[p!]).toBe('Đang xuất PDF…');
    expect(progressReducer(p, { type: 'done' })).toBeNull();
  });

  it('recovery: restoring a draft makes it the open plan’s copy and takes it off the list', () => {
    const drafts = [{ id: 'a' }, { id: 'b' }] as RecoveredDraft[];
    let r = recoveryReducer(initialRecovery, { type: 'listed', drafts });
    r = recoveryReducer(r, { type: 'restored', id: 'a' });
    expect(r.currentId).toBe('a');
    expect(r.recovered.map((d) => d.id)).toEqual(['b']);
    r = recoveryReducer(r, { type: 'discarded', id: 'b' });
    expect(r.recovered).toEqual([]);
    r = recoveryReducer(r, { type: 'current', id: null });
    expect(r.currentId).toBeNull();
    expect(recoveryReducer(r, { type: 'current', id: null })).toBe(r);
  });

  it('screen: start, new-plan form, settings', () => {
    expect(screenReducer('start', { type: 'show', screen: 'settings' })).toBe('settings');
  });
});

describe('command handlers registered outside App', () => {
  it('runs the handler while it is registered, and nothing after', async () => {
    const { registerCommandHandler, runRegisteredCommand } = await import('../../../renderer/state/command-handlers');
    let ran = 0;
    const off = registerCommandHandler('find', () => (ran += 1));
    expect(runRegisteredCommand('find')).toBe(true);
    off();
    expect(runRegisteredCommand('find')).toBe(false);
    expect(ran).toBe(1);
  });
});
