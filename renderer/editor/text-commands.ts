import type { Editor } from 'slate';
import { type CodeKeyLike, type CommandId, textCommandForKey } from '../../core/commands/command-table';
import { setAlign } from './align';
import { insertFootnote } from './footnote/insert-footnote';
import { setBlockKind, toggleMark } from './formatting';
import { focusFirstCell, insertTable } from './table/table-commands';

/**
 * What each text command of the command table (core/commands/command-table.ts, `scope: 'text'`)
 * does to the editor that has the caret. The editor's formatting bar, its keys and the "Định dạng"
 * menu all run these; the labels and keys are the table's. "Bắt đầu mục ở trang mới" is a change
 * of the section, not of its text: the section passes it in.
 */
const ACTIONS: Partial<Record<CommandId, (editor: Editor) => void>> = {
  bold: (e) => toggleMark(e, 'bold'),
  italic: (e) => toggleMark(e, 'italic'),
  underline: (e) => toggleMark(e, 'underline'),
  'bullet-dash': (e) => setBlockKind(e, '-'),
  'bullet-plus': (e) => setBlockKind(e, '+'),
  paragraph: (e) => setBlockKind(e, 'paragraph'),
  'align-left': (e) => setAlign(e, 'left'),
  'align-center': (e) => setAlign(e, 'center'),
  'align-right': (e) => setAlign(e, 'right'),
  'align-justify': (e) => setAlign(e, 'justify'),
  footnote: insertFootnote,
  // A table (3 columns, a header row) after the paragraph with the caret, caret in its first cell.
  table: (e) => {
    const at = insertTable(e);
    if (at) focusFirstCell(e, at);
  },
};

export interface TextCommandContext {
  /** The section's "start on a new page" toggle; absent where the text has no section (summary). */
  togglePageBreak?: () => void;
}

/** Runs a text command on `editor`; false when it does nothing here. */
export function runTextCommand(editor: Editor, id: CommandId, ctx: TextCommandContext = {}): boolean {
  if (id === 'page-break') {
    if (!ctx.togglePageBreak) return false;
    ctx.togglePageBreak();
    return true;
  }
  const action = ACTIONS[id];
  if (!action) return false;
  action(editor);
  return true;
}

/** Keyboard shortcuts of the text; returns true when the key was handled. No autoformat: typed text is never rewritten. */
export function handleHotkey(editor: Editor, e: CodeKeyLike, ctx: TextCommandContext = {}): boolean {
  const id = textCommandForKey(e);
  return id !== null && runTextCommand(editor, id, ctx);
}
