import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Node, Transforms } from 'slate';
import { buildEditor } from '../../../renderer/editor/build-editor';
import { handleHotkey } from '../../../renderer/editor/text-commands';
import { setAlign } from '../../../renderer/editor/align';
import { insertFootnote } from '../../../renderer/editor/footnote/insert-footnote';
import { createFootnoteNumbers } from '../../../renderer/editor/footnote/footnote-numbers';
import type { BlockElement, FootnoteElement } from '../../../core/model/inline';
import type { Plan } from '../../../core/model/plan';

// The editor's side of issue 8: footnotes as characters, Word's alignment keys.
function editorWith(blocks: BlockElement[]) {
  const editor = buildEditor(createEditor());
  editor.children = structuredClone(blocks);
  Transforms.select(editor, Editor.end(editor, []));
  return editor;
}
const key = (k: string, extra: Partial<{ altKey: boolean; shiftKey: boolean }> = {}) => ({ ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, key: k, code: `Key${k.toUpperCase()}`, ...extra });
const para = (t: string): BlockElement => ({ type: 'paragraph', children: [{ text: t }] });
const notesIn = (editor: Editor) => [...Node.descendants(editor)].map(([n]) => n).filter((n): n is FootnoteElement => (n as FootnoteElement).type === 'footnote');

describe('paragraph alignment keys', () => {
  it('Ctrl+E centres, Ctrl+R right-aligns, Ctrl+L left-aligns, Ctrl+J back to the body (no align stored)', () => {
    const editor = editorWith([para('Một đoạn')]);
    expect(handleHotkey(editor, key('e'))).toBe(true);
    expect((editor.children[0] as BlockElement & { align?: string }).align).toBe('center');
    handleHotkey(editor, key('r'));
    expect((editor.children[0] as { align?: string }).align).toBe('right');
    handleHotkey(editor, key('l'));
    expect((editor.children[0] as { align?: string }).align).toBe('left');
    handleHotkey(editor, key('j'));
    expect('align' in (editor.children[0] as object)).toBe(false);
  });

  it('centring a centred paragraph again gives it back the body alignment, as Word toggles', () => {
    const editor = editorWith([para('Một đoạn')]);
    setAlign(editor, 'center');
    setAlign(editor, 'center');
    expect('align' in (editor.children[0] as object)).toBe(false);
  });

  it('undo takes an alignment back', () => {
    const editor = editorWith([para('Một đoạn')]);
    setAlign(editor, 'right');
    editor.undo();
    expect('align' in (editor.children[0] as object)).toBe(false);
  });
});

describe('footnotes in the editor', () => {
  it('Ctrl+Alt+F inserts a footnote at the caret, the caret after it; typing goes on after the mark', () => {
    const editor = editorWith([para('Quán triệt')]);
    expect(handleHotkey(editor, key('f', { altKey: true }))).toBe(true);
    editor.insertText(' tới cán bộ');
    const children = (editor.children[0] as BlockElement).children;
    expect(children.map((c) => ('type' in c ? `[${c.type}]` : c.text)).join('')).toBe('Quán triệt[footnote] tới cán bộ');
  });

  it('Backspace after the mark deletes the footnote like one character; undo brings it back', async () => {
    const editor = editorWith([para('Quán triệt')]);
    insertFootnote(editor);
    expect(notesIn(editor)).toHaveLength(1);
    // A later key press: its own undo step (Slate joins the operations of one tick).
    await new Promise((resolve) => setTimeout(resolve, 0));
    editor.deleteBackward('character');
    expect(notesIn(editor)).toHaveLength(0);
    expect(Node.string(editor)).toBe('Quán triệt');
    editor.undo();
    expect(notesIn(editor)).toHaveLength(1);
  });

  it('numbers footnotes in document order across the opening and sections, renumbering when one is added', () => {
    const numbersOf = createFootnoteNumbers();
    const a: FootnoteElement = { type: 'footnote', note: 'a', children: [{ text: '' }] };
    const b: FootnoteElement = { type: 'footnote', note: 'b', children: [{ text: '' }] };
    const c: FootnoteElement = { type: 'footnote', note: 'c', children: [{ text: '' }] };
    const section = (id: string, body: BlockElement[], children: Plan['sections'] = []) => ({ id, title: '', body, children });
    const plan = {
      preamble: [{ type: 'paragraph' as const, children: [{ text: 'x' }, a, { text: '' }] }],
      sections: [section('1', [], [section('1.1', [{ type: 'paragraph', children: [{ text: 'y' }, c, { text: '' }] }])])],
    };
    const first = numbersOf(plan);
    expect([first.get(a), first.get(c)]).toEqual([1, 2]);
    // Typing elsewhere (same footnote nodes) gives the same answer object: no mark re-renders.
    expect(numbersOf({ ...plan, sections: [...plan.sections] })).toBe(first);
    const withB = { ...plan, sections: [section('0', [{ type: 'paragraph', children: [{ text: 'z' }, b, { text: '' }] }]), ...plan.sections] };
    const next = numbersOf(withB);
    expect([next.get(a), next.get(b), next.get(c)]).toEqual([1, 2, 3]);
  });
});

describe('find and spell check with footnotes in the text', () => {
  it('find reads across a footnote mark, and replacing keeps the footnote', async () => {
    const { anLaoPlan } = await import('../../helpers/fixtures');
    const { findMatches, replaceMatches } = await import('../../../renderer/editor/find/find-replace');
    const { footnote } = await import('../../../core/model/inline');
    const plan = anLaoPlan();
    const first = plan.sections[0]!.children[0]!;
    first.body = [{ type: 'paragraph', children: [{ text: 'Quán triệt Nghị quyết Mười Chín' }, footnote('Ghi chú.'), { text: ' tới toàn thể' }] }];
    const hits = findMatches(plan, 'Mười Chín tới', { matchCase: true, matchDiacritics: true });
    expect(hits).toHaveLength(1);
    const next = replaceMatches(plan, hits, 'Mười Tám tới');
    const children = next.sections[0]!.children[0]!.body[0]!.children;
    const shown = children.map((c) => ('type' in c ? (c.type === 'footnote' ? `[${c.note}]` : '') : c.text)).join('');
    expect(shown).toBe('Quán triệt Nghị quyết Mười Tám tới[Ghi chú.] toàn thể');
    // The footnote's own text is not searched.
    expect(findMatches(plan, 'Ghi chú', { matchCase: true, matchDiacritics: true })).toHaveLength(0);
  });

  it('spell check reads a paragraph with a footnote as two words on either side of the mark', async () => {
    const { paragraphText } = await import('../../../renderer/editor/spell/paragraph-text');
    const { footnote } = await import('../../../core/model/inline');
    const map = paragraphText({ type: 'paragraph', children: [{ text: 'nghị quyết' }, footnote('x'), { text: ' mới' }] });
    expect(map.text).toBe('nghị quyết\u0000 mới');
    expect(map.leaves.map((l) => [l.index, l.start, l.end])).toEqual([[0, 0, 10], [2, 11, 15]]);
  });
});

describe('page break before a section as an undoable structure edit', () => {
  it('sets the flag, and its inverse takes it back; setting it twice does nothing', async () => {
    const { applySectionOp } = await import('../../../renderer/state/section-ops');
    const sections: Plan['sections'] = [
      { id: 'a', title: 'A', body: [], children: [{ id: 'a1', title: 'A1', body: [], children: [] }] },
    ];
    const on = applySectionOp(sections, { type: 'page-break', id: 'a1', on: true })!;
    expect(on.sections[0]!.children[0]!.pageBreakBefore).toBe(true);
    expect(applySectionOp(on.sections, { type: 'page-break', id: 'a1', on: true })).toBeNull();
    const back = applySectionOp(on.sections, on.inverse)!;
    expect('pageBreakBefore' in back.sections[0]!.children[0]!).toBe(false);
    // Untouched branches keep their objects.
    expect(on.sections[0]!.children[0]!.body).toBe(sections[0]!.children[0]!.body);
  });
});
