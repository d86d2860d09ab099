import { Editor, Element, Node, Path, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { createTable, type TableElement } from '../../../core/model/table';
import type { BlockElement } from '../../../core/model/inline';

/**
 * Table edits on a Slate editor. A table is a void block (withTables): its cells are edited in
 * the grid the editor draws, and every change replaces the table's data as one Slate operation,
 * so Ctrl+Z in the section undoes it like any text.
 */

/** The top-level block holding the caret (or the last block when there is no caret). */
function insertionIndex(editor: Editor): number {
  const at = editor.selection?.anchor.path[0];
  return at === undefined ? editor.children.length : at + 1;
}

/**
 * Inserts a new table after the block with the caret (3 columns, a header row and two rows),
 * with an empty paragraph after it when it would end the section, so the clerk can go on typing.
 */
export function insertTable(editor: Editor, rows = 3, cols = 3): Path | null {
  if (editor.singleLine) return null; // the summary is one line of text
  const index = insertionIndex(editor);
  const table = createTable(rows, cols);
  const nodes: BlockElement[] = [table];
  const next = editor.children[index];
  if (!next || (Element.isElement(next) && next.type === 'table')) nodes.push({ type: 'paragraph', children: [{ text: '' }] });
  // The block with the caret may be an empty paragraph: the table takes its place.
  const current = editor.children[index - 1];
  const empty = current && Element.isElement(current) && current.type === 'paragraph' && Editor.isEmpty(editor, current);
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(editor, nodes as Element[], { at: [index], select: false });
    if (empty && editor.children.length > 2) Transforms.removeNodes(editor, { at: [index - 1] });
  });
  Transforms.deselect(editor);
  return empty && editor.children.length > 2 ? [index - 1] : [index];
}

/** Replaces the table's data (rows, header rows, widths, merges) at `path`. */
export function setTable(editor: Editor, path: Path, next: TableElement): void {
  // Absent fields are set to undefined, which Slate removes from the node.
  Transforms.setNodes<TableElement>(editor, { rows: next.rows, headerRows: next.headerRows, widths: next.widths, merges: next.merges }, { at: path });
}

/** Removes the table at `path` (an empty paragraph takes its place when it was the only block). */
export function removeTable(editor: Editor, path: Path): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: path });
    if (editor.children.length === 0) Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] } as Element, { at: [0] });
  });
}

/** Puts the caret in the first cell of the table at `path`, once it is drawn. */
export function focusFirstCell(editor: Editor, path: Path, tries = 10): void {
  requestAnimationFrame(() => {
    try {
      const node = Node.get(editor, path);
      const el = ReactEditor.toDOMNode(editor as ReactEditor, node);
      const cell = el.querySelector<HTMLTextAreaElement>('textarea[data-cell]');
      if (cell) cell.focus();
      else if (tries > 0) focusFirstCell(editor, path, tries - 1);
    } catch {
      if (tries > 0) focusFirstCell(editor, path, tries - 1);
    }
  });
}
