import { useSyncExternalStore } from 'react';
import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';

/**
 * One undo order for the whole plan, as in Word. Text is undone by each Slate editor's own
 * history (Ctrl+Z in a section undoes that section's typing), structure edits and the recomposed
 * opening by the plan store; the toolbar's "Hoàn tác" (and Ctrl+Z outside the text) undoes the
 * newest of all of them, whichever it is.
 *
 * The timeline holds one token per undoable step, oldest first: the text editor the clerk typed
 * or pasted into, or 'store'. A text change made from outside (an undone structure edit putting a
 * section's text back, "Thay tất cả") gets no token of its own: it stays undoable with Ctrl+Z in
 * its section, and the toolbar never "undoes" a store undo by replaying it as text.
 */
export type UndoSource = Editor | 'store';

/** What the toolbar shows for a text step: "Hoàn tác: Sửa chữ". */
export const TEXT_EDIT_LABEL = 'Sửa chữ';
const LIMIT = 500;

let undoTokens: UndoSource[] = [];
let redoTokens: UndoSource[] = [];
const known = new WeakMap<Editor, number>();
let storeCounts = { undo: 0, redo: 0 };
let storeTop: object | null = null;
const listeners = new Set<() => void>();
let snapshot = '|';

const cap = (list: UndoSource[]) => (list.length > LIMIT ? list.slice(-LIMIT) : list);

/** Removes up to `n` of the newest `source` tokens; returns the list and how many went. */
function dropNewest(list: UndoSource[], source: UndoSource, n: number): [UndoSource[], number] {
  const out = [...list];
  let dropped = 0;
  for (let i = out.length - 1; i >= 0 && dropped < n; i--) if (out[i] === source) { out.splice(i, 1); dropped++; }
  return [out, dropped];
}

function count(list: UndoSource[], source: UndoSource): number {
  let n = 0;
  for (const t of list) if (t === source) n++;
  return n;
}

/** A text editor drawn live on the page: one drawn statically has no live value to update. */
function isMounted(editor: Editor): boolean {
  try {
    return ReactEditor.toDOMNode(editor as ReactEditor, editor).isConnected;
  } catch {
    return false;
  }
}

/** The newest step that can be undone (or redone) now. */
function latest(list: UndoSource[], which: 'undo' | 'redo'): UndoSource | null {
  for (let i = list.length - 1; i >= 0; i--) {
    const s = list[i]!;
    if (s === 'store') {
      if ((which === 'undo' ? storeCounts.undo : storeCounts.redo) > 0) return s;
      continue;
    }
    const stack = which === 'undo' ? (s as HistoryEditor).history?.undos : (s as HistoryEditor).history?.redos;
    if (stack && stack.length > 0 && isMounted(s)) return s;
  }
  return null;
}

const kindOf = (s: UndoSource | null): string => (s === null ? '' : s === 'store' ? 'store' : 'text');

function emit(): void {
  const next = `${kindOf(latest(undoTokens, 'undo'))}|${kindOf(latest(redoTokens, 'redo'))}`;
  if (next === snapshot) return;
  snapshot = next;
  for (const l of listeners) l();
}

/**
 * A text editor's history changed. `newBatch`: a new step was started (typing after a move, a
 * paste, a replace from outside); `byClerk`: the editor had the focus (the clerk's own edit).
 * Otherwise the editor's own Ctrl+Z or Ctrl+Y (or the toolbar's) moved steps between its stacks.
 */
export function syncTextHistory(editor: Editor & HistoryEditor, newBatch: boolean, byClerk: boolean): void {
  const before = known.get(editor) ?? 0;
  const now = editor.history.undos.length;
  known.set(editor, now);
  if (newBatch) {
    if (byClerk) {
      undoTokens = cap([...undoTokens, editor]);
      redoTokens = redoTokens.filter((t) => t !== editor);
    }
  } else if (now < before) {
    const [rest, moved] = dropNewest(undoTokens, editor, before - now);
    undoTokens = rest;
    redoTokens = cap([...redoTokens, ...Array<UndoSource>(moved).fill(editor)]);
  } else if (now > before) {
    const [rest, moved] = dropNewest(redoTokens, editor, now - before);
    redoTokens = rest;
    undoTokens = cap([...undoTokens, ...Array<UndoSource>(moved).fill(editor)]);
  }
  emit();
}

/** The plan store's stacks (structure edits, recomposed wording) after each change of them. */
export function syncStoreHistory(undoStack: readonly object[], redoStack: readonly object[]): void {
  const undo = undoStack.length;
  const redo = redoStack.length;
  const top = undoStack[undo - 1] ?? null;
  // A new step on a full stack: the store dropped its oldest, the new one is the newest.
  if (undo === storeCounts.undo && undo > 0 && top !== storeTop && redo === 0) {
    undoTokens = [...dropNewest(undoTokens, 'store', 1)[0], 'store'];
  }
  const have = count(undoTokens, 'store');
  if (undo > have) undoTokens = cap([...undoTokens, ...Array<UndoSource>(undo - have).fill('store')]);
  if (undo < have) undoTokens = dropNewest(undoTokens, 'store', have - undo)[0];
  const haveRedo = count(redoTokens, 'store');
  if (redo > haveRedo) redoTokens = cap([...redoTokens, ...Array<UndoSource>(redo - haveRedo).fill('store')]);
  if (redo < haveRedo) redoTokens = dropNewest(redoTokens, 'store', haveRedo - redo)[0];
  storeCounts = { undo, redo };
  storeTop = top;
  emit();
}

/** Another plan is open: no step of the old one can be undone from the toolbar. */
export function resetUndoTimeline(): void {
  undoTokens = [];
  redoTokens = [];
  emit();
}

function step(which: 'undo' | 'redo', store: () => void): void {
  const source = latest(which === 'undo' ? undoTokens : redoTokens, which);
  if (source === null || source === 'store') {
    store();
    return;
  }
  if (which === 'undo') HistoryEditor.undo(source as HistoryEditor);
  else HistoryEditor.redo(source as HistoryEditor);
  // The caret goes back into the text that changed, as after Ctrl+Z there.
  try {
    ReactEditor.focus(source as ReactEditor);
  } catch {
    // not focusable (drawn statically): the undo itself is done
  }
}

/** Undoes the newest step of the plan: text in its section, or `storeUndo()` for the store's own. */
export const undoLatest = (storeUndo: () => void): void => step('undo', storeUndo);
export const redoLatest = (storeRedo: () => void): void => step('redo', storeRedo);

/**
 * The undo and redo buttons' labels: "Sửa chữ" when the newest step is typed or pasted text, the
 * store's own label otherwise (null: nothing to undo). Re-renders only when that changes.
 */
export function useUndoLabels(storeUndoLabel: string | null, storeRedoLabel: string | null): { undo: string | null; redo: string | null } {
  const snap = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => snapshot,
  );
  const [u, r] = snap.split('|');
  return { undo: u === 'text' ? TEXT_EDIT_LABEL : storeUndoLabel, redo: r === 'text' ? TEXT_EDIT_LABEL : storeRedoLabel };
}
