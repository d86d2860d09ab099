import { Editor, Range, Text, Transforms } from 'slate';

const STARTS_WITH_COMBINING = /^[\u0300-\u036f]/;

/**
 * Stores typed text in NFC without touching the text around the caret: only the inserted
 * fragment is normalised. The one exception is an input method that sends a bare combining
 * tone mark (NFD-style Unikey output): it belongs to the letter just before the caret, so that
 * single letter is recomposed with it — never the rest of the word or node.
 */
export function withNfc<T extends Editor>(editor: T): T {
  const { insertText } = editor;
  editor.insertText = (text, options) => {
    const { selection } = editor;
    if (STARTS_WITH_COMBINING.test(text) && selection && Range.isCollapsed(selection)) {
      const { path, offset } = selection.anchor;
      const [node] = Editor.node(editor, path);
      if (Text.isText(node) && offset > 0) {
        const before = node.text.slice(0, offset);
        // The previous grapheme: one base letter plus any combining marks already after it.
        const match = /.[\u0300-\u036f]*$/u.exec(before);
        if (match) {
          const start = offset - match[0].length;
          Transforms.delete(editor, { at: { anchor: { path, offset: start }, focus: { path, offset } } });
          insertText((match[0] + text).normalize('NFC'), options);
          return;
        }
      }
    }
    insertText(text.normalize('NFC'), options);
  };
  return editor;
}
