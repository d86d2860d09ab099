import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Node, Transforms } from 'slate';
import { buildEditor } from '../../../renderer/editor/build-editor';
import type { BlockElement } from '../../../core/model/inline';

/**
 * What a clerk typing with Unikey/EVKey does to the editor, replayed with Slate's own API:
 * IME composition commits whole syllables; the "backspace-and-replace" mode deletes the
 * letters it is about to rewrite and inserts the new ones. Every letter must survive.
 */
function editorWith(blocks: BlockElement[]) {
  const editor = buildEditor(createEditor());
  editor.children = structuredClone(blocks);
  Transforms.select(editor, Editor.end(editor, []));
  return editor;
}
const textOf = (editor: Editor): string => editor.children.map((n) => Node.string(n)).join('\n');

/** Unikey's Telex in backspace mode: each key that changes the syllable erases and retypes. */
function unikeyTelex(editor: Editor, steps: Array<[backspaces: number, insert: string]>) {
  for (const [backspaces, insert] of steps) {
    for (let i = 0; i < backspaces; i++) editor.deleteBackward('character');
    if (insert) editor.insertText(insert);
  }
}

describe('Vietnamese typing', () => {
  it('keeps every letter of "tiếng Việt" typed with backspace-and-replace', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: '' }] }]);
    // t i e e(→ê) s(→ế) n g ␠ V i e e(→ê) j(→ệ) t
    unikeyTelex(editor, [
      [0, 't'], [0, 'i'], [0, 'e'], [1, 'ê'], [1, 'ế'], [0, 'n'], [0, 'g'], [0, ' '],
      [0, 'V'], [0, 'i'], [0, 'e'], [1, 'ê'], [1, 'ệ'], [0, 't'],
    ]);
    expect(textOf(editor)).toBe('tiếng Việt');
  });

  it('replaces a whole syllable tail when Unikey moves the tone (hoà → hoàn → hoàng)', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'Kế hoạch ' }] }]);
    unikeyTelex(editor, [[0, 'h'], [0, 'o'], [0, 'a'], [2, 'oà'], [0, 'n'], [0, 'g']]);
    expect(textOf(editor)).toBe('Kế hoạch hoàng');
  });

  it('does not lose letters typed right after bold text', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'Chỉ thị', bold: true }, { text: ' ' }] }]);
    unikeyTelex(editor, [[0, 's'], [0, 'o'], [0, 'o'], [2, 'ô'], [1, 'ố']]);
    expect(textOf(editor)).toBe('Chỉ thị số');
    // The new word is not bold: it was typed after the space, outside the bold leaf.
    const para = editor.children[0] as BlockElement;
    expect(para.children.at(-1)).toEqual({ text: ' số' });
  });

  it('keeps letters when backspace-and-replace crosses into a bold leaf', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'vie', bold: true }] }]);
    unikeyTelex(editor, [[1, 'ê'], [1, 'ệ'], [0, 't']]);
    expect(textOf(editor)).toBe('việt');
    // Whatever leaf the replacement lands in, the word stays bold, as typed.
    const para = editor.children[0] as BlockElement;
    expect(para.children.every((c) => 'text' in c && c.bold)).toBe(true);
  });

  it('commits IME compositions (whole syllables) unchanged and in NFC', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: '' }] }]);
    for (const syllable of ['Thực', ' ', 'hiện', ' ', 'Nghị', ' ', 'quyết']) editor.insertText(syllable);
    expect(textOf(editor)).toBe('Thực hiện Nghị quyết');
  });

  it('stores NFD input (macOS, PDF, NFD input methods) as NFC', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: '' }] }]);
    editor.insertText('Đảng bộ'.normalize('NFD'));
    expect(textOf(editor)).toBe('Đảng bộ');
    expect(textOf(editor)).toBe(textOf(editor).normalize('NFC'));
  });

  it('recomposes a bare tone mark with the letter before it, nothing else', () => {
    const nfdWord = 'Thành ủy'.normalize('NFD');
    const editor = editorWith([{ type: 'paragraph', children: [{ text: nfdWord + ' a' }] }]);
    editor.insertText('\u0301'); // an input method sending the acute accent alone
    // Only the "a" before the caret was recomposed; the NFD text further back is untouched.
    expect(textOf(editor)).toBe(nfdWord + ' á');
  });

  it('undoes typing with the history plugin', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'Mục đích' }] }]);
    editor.insertText(', yêu cầu');
    editor.undo();
    expect(textOf(editor)).toBe('Mục đích');
    editor.redo();
    expect(textOf(editor)).toBe('Mục đích, yêu cầu');
  });
});

describe('reference chips', () => {
  it('are inline voids: typing next to a chip never enters it', () => {
    const editor = editorWith([
      { type: 'paragraph', children: [{ text: 'Thực hiện ' }, { type: 'ref', field: 'citation.full', children: [{ text: '' }] }, { text: '' }] },
    ]);
    expect(editor.isInline((editor.children[0] as BlockElement).children[1] as never)).toBe(true);
    expect(editor.isVoid((editor.children[0] as BlockElement).children[1] as never)).toBe(true);
    editor.insertText(', Ban Thường vụ');
    const para = editor.children[0] as BlockElement;
    expect(para.children[1]).toEqual({ type: 'ref', field: 'citation.full', children: [{ text: '' }] });
    expect(Node.string(para)).toBe('Thực hiện , Ban Thường vụ');
  });

  it('are deleted as one unit by backspace', () => {
    const editor = editorWith([
      { type: 'paragraph', children: [{ text: 'Thực hiện ' }, { type: 'ref', field: 'citation.short', children: [{ text: '' }] }, { text: '' }] },
    ]);
    editor.deleteBackward('character');
    const para = editor.children[0] as BlockElement;
    expect(para.children.some((c) => 'type' in c && c.type === 'ref')).toBe(false);
    expect(Node.string(para)).toBe('Thực hiện ');
  });
});
