import { Editor, Element, Transforms } from 'slate';
import { setAlign } from './align';
import { insertFootnote } from './footnote/insert-footnote';

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

/** Keyboard shortcuts; returns true when the key was handled. No autoformat: typed text is never rewritten. */
export function handleHotkey(editor: Editor, e: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; key: string; code: string }): boolean {
  const mod = e.ctrlKey || e.metaKey;
  // Ctrl+Alt+F: a footnote at the caret, as in Word.
  if (mod && e.altKey && !e.shiftKey && e.code === 'KeyF') return insertFootnote(editor), true;
  if (!mod || e.altKey) return false;
  if (!e.shiftKey) {
    const key = e.key.toLowerCase();
    // Word's paragraph alignment keys: left, centre, right, justified.
    if (e.code === 'KeyL') return setAlign(editor, 'left'), true;
    if (e.code === 'KeyE') return setAlign(editor, 'center'), true;
    if (e.code === 'KeyR') return setAlign(editor, 'right'), true;
    if (e.code === 'KeyJ') return setAlign(editor, 'justify'), true;
    if (key === 'b') return toggleMark(editor, 'bold'), true;
    if (key === 'i') return toggleMark(editor, 'italic'), true;
    if (key === 'u') return toggleMark(editor, 'underline'), true;
    return false;
  }
  if (e.code === 'Minus') return setBlockKind(editor, '-'), true;
  if (e.code === 'Equal') return setBlockKind(editor, '+'), true;
  if (e.code === 'Digit0') return setBlockKind(editor, 'paragraph'), true;
  return false;
}
