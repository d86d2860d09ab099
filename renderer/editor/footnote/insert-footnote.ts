import { Editor, Range, Transforms } from 'slate';
import { type FootnoteElement, footnote } from '../../../core/model/inline';

/** Footnotes just inserted: their mark opens its text box at once, for the clerk to type the note. */
const justInserted = new WeakSet<FootnoteElement>();

/** True once for a footnote inserted by `insertFootnote` (its mark then opens the text box). */
export const takeJustInserted = (node: FootnoteElement): boolean => justInserted.delete(node);

/**
 * Inserts a footnote at the caret, as Word's "Insert Footnote" (Ctrl+Alt+F): after the selected
 * text when there is a selection, the caret after the mark. One undoable step.
 */
export function insertFootnote(editor: Editor): void {
  if (editor.noFootnotes) return;
  if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
  if (editor.selection && Range.isExpanded(editor.selection)) Transforms.collapse(editor, { edge: 'end' });
  const node = footnote('');
  justInserted.add(node);
  Transforms.insertNodes(editor, node);
  // Slate leaves the caret inside the inserted void: move it past the mark.
  Transforms.move(editor);
}
