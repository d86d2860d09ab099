import { Editor, Element, Transforms } from 'slate';

export type Mark = 'bold' | 'italic' | 'underline';

export function isMarkActive(editor: Editor, mark: Mark): boolean {
  return Boolean(Editor.marks(editor)?.[mark]);
}

export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

/** Turns the selected blocks into "-" or "+" items, or back into paragraphs (toggle). */
export function setBlockKind(editor: Editor, kind: 'paragraph' | '-' | '+'): void {
  const blocks = [...Editor.nodes(editor, { match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) })];
  const allAlready = blocks.every(([n]) => Element.isElement(n) && n.type === 'bullet' && n.marker === kind);
  if (kind === 'paragraph' || allAlready) {
    Transforms.unsetNodes(editor, 'marker', { match: (n) => Element.isElement(n) && n.type === 'bullet' });
    Transforms.setNodes(editor, { type: 'paragraph' }, { match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) });
    return;
  }
  Transforms.setNodes(editor, { type: 'bullet', marker: kind }, { match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) });
}
