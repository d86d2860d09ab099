import { Transforms, type Editor } from 'slate';
import type { BlockElement } from '../../../core/model/inline';
import { clipboardToBlocks } from '../paste/html-to-blocks';

/**
 * Paste from Word, the web or a PDF: the clipboard becomes our own paragraphs and bullets
 * (foreign styling dropped). Copies between our own editors keep Slate's fragment as is.
 */
export function withPaste<T extends Editor>(editor: T): T {
  const { insertData } = editor as Editor & { insertData?: (data: DataTransfer) => void };
  editor.insertPastedBlocks = (pasted: BlockElement[]) => {
    // The one-line summary takes no table: its cells' text, row by row, comes in as lines.
    const blocks: BlockElement[] = editor.singleLine
      ? pasted.flatMap((b): BlockElement[] => (b.type === 'table' ? b.rows.map((row) => ({ type: 'paragraph', children: [{ text: row.filter((v) => v.trim()).join(' ') }] })) : [b]))
      : pasted;
    if (blocks.length === 0) return;
    Transforms.insertFragment(editor, blocks);
  };
  (editor as Editor & { insertData: (data: DataTransfer) => void }).insertData = (data: DataTransfer) => {
    if (data.types.includes('application/x-slate-fragment') && insertData) {
      insertData(data);
      return;
    }
    const blocks = clipboardToBlocks(data.getData('text/html'), data.getData('text/plain'));
    editor.insertPastedBlocks(blocks);
  };
  return editor;
}
