import { Transforms, type Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { BlockElement, InlineNode } from '../../../core/model/inline';
import { convertLegacy, detectLegacyEncoding } from '../../../core/text/legacy-encodings';

const blocksText = (blocks: BlockElement[]): string =>
  blocks.map((b) => b.children.map((c) => ('text' in c ? c.text : '')).join('')).join('\n');

/** Converts the text of every leaf; the structure (bullets, marks) is kept. */
export function convertBlocks(blocks: BlockElement[], enc: 'tcvn3' | 'vni'): BlockElement[] {
  return blocks.map((b) => ({
    ...b,
    children: b.children.map((c): InlineNode => ('text' in c ? { ...c, text: convertLegacy(c.text, enc) } : c)),
  })) as BlockElement[];
}

/**
 * Text pasted from old TCVN3 (.VnTime) or VNI documents is converted to Unicode, as its own
 * undo step, and the UI is told so it can offer "Hoàn tác" (see undoLegacyConversion).
 * Must wrap an editor that already has withPaste and withHistory.
 */
export function withLegacyEncoding<T extends Editor>(editor: T): T {
  const { insertPastedBlocks } = editor;
  editor.insertPastedBlocks = (blocks) => {
    const enc = detectLegacyEncoding(blocksText(blocks));
    if (enc === null) {
      insertPastedBlocks(blocks);
      return;
    }
    HistoryEditor.withNewBatch(editor, () => insertPastedBlocks(convertBlocks(blocks, enc)));
    editor.onLegacyOffer?.({ encoding: enc, original: blocks });
  };
  return editor;
}

/** "Hoàn tác": takes the converted paste back out and puts the text in exactly as it was pasted. */
export function undoLegacyConversion(editor: Editor, original: BlockElement[]): void {
  editor.undo();
  HistoryEditor.withNewBatch(editor, () => Transforms.insertFragment(editor, original));
}
