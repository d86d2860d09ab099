import { Editor, Element, Transforms } from 'slate';
import type { ParagraphAlign } from '../../core/model/inline';

/** The alignment of the first selected paragraph; undefined = the body's (justified). */
export function currentAlign(editor: Editor): ParagraphAlign | undefined {
  const [entry] = Editor.nodes(editor, { match: (n) => Element.isElement(n) && n.type === 'paragraph' });
  const node = entry?.[0];
  return node && Element.isElement(node) && node.type === 'paragraph' ? node.align : undefined;
}

/**
 * Aligns the selected paragraphs, as Word's Ctrl+L / Ctrl+E / Ctrl+R / Ctrl+J. Justified is the
 * body's own alignment, so it is stored as no `align` at all; centring or right-aligning a
 * paragraph already so turns it back to the body's. One undoable step.
 */
export function setAlign(editor: Editor, align: ParagraphAlign): void {
  if (!editor.selection) return;
  const match = (n: unknown) => Element.isElement(n) && n.type === 'paragraph';
  const back = align === 'justify' || ((align === 'center' || align === 'right') && currentAlign(editor) === align);
  if (back) Transforms.unsetNodes(editor, 'align', { match });
  else Transforms.setNodes(editor, { align }, { match });
}
