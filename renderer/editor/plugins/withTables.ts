import type { Editor } from 'slate';

/** Tables are void blocks: Slate never puts the caret inside; their grid edits its cells (table/TableBlock.tsx). */
export function withTables<T extends Editor>(editor: T): T {
  const { isVoid } = editor;
  editor.isVoid = (element) => element.type === 'table' || isVoid(element);
  return editor;
}
