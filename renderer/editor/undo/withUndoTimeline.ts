import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import { syncTextHistory } from './undo-timeline';

/**
 * Tells the plan's undo timeline (undo-timeline.ts) when this editor's history gains or loses a
 * step, so the toolbar's "Hoàn tác" is enabled after typing or pasting and undoes the newest step.
 * Read after each change (the history's stacks are final then), not per operation.
 */
export function withUndoTimeline<T extends Editor>(editor: T): T {
  if (!HistoryEditor.isHistoryEditor(editor)) return editor;
  const { onChange } = editor;
  const seen = new WeakSet<object>();
  let undos = 0;
  let redos = 0;
  // Tests build editors without React: never focused there.
  const focused = () => {
    try {
      return ReactEditor.isFocused(editor as unknown as ReactEditor);
    } catch {
      return false;
    }
  };
  editor.onChange = (options) => {
    onChange(options);
    const history = editor.history;
    const top = history.undos[history.undos.length - 1];
    const newBatch = top !== undefined && !seen.has(top);
    if (top) seen.add(top);
    if (!newBatch && history.undos.length === undos && history.redos.length === redos) return;
    undos = history.undos.length;
    redos = history.redos.length;
    syncTextHistory(editor, newBatch, focused());
  };
  return editor;
}
