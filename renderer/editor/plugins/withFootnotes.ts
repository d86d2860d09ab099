import type { Editor } from 'slate';

/**
 * Footnotes are inline voids, like reference chips: the mark is one character for the caret,
 * Backspace deletes it as one, typing never enters it, and its text lives in the node (`note`),
 * edited in its popover (footnote/FootnoteMark.tsx).
 */
export function withFootnotes<T extends Editor>(editor: T): T {
  const { isInline, isVoid } = editor;
  editor.isInline = (element) => element.type === 'footnote' || isInline(element);
  editor.isVoid = (element) => element.type === 'footnote' || isVoid(element);
  return editor;
}
