import type { Editor } from 'slate';

/**
 * References are inline void chips: the caret moves over them as one character, typing never
 * enters them, and their text is always read from the model at render time.
 */
export function withRefs<T extends Editor>(editor: T): T {
  const { isInline, isVoid, markableVoid } = editor;
  editor.isInline = (element) => element.type === 'ref' || isInline(element);
  editor.isVoid = (element) => element.type === 'ref' || isVoid(element);
  // Bold/italic applied across a chip also apply to the chip (the resolved text keeps the marks).
  editor.markableVoid = (element) => element.type === 'ref' || markableVoid(element);
  return editor;
}
