import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Node, Transforms } from 'slate';
import { buildEditor } from '../../../renderer/editor/build-editor';
import { insertTable, removeTable, setTable } from '../../../renderer/editor/table/table-commands';
import { insertRow, setCell, type BlockElement, type TableElement } from '../../../core/model';

function editorWith(blocks: BlockElement[], caretBlock = 0) {
  const editor = buildEditor(createEditor());
  editor.children = structuredClone(blocks);
  Transforms.select(editor, Editor.end(editor, [caretBlock]));
  return editor;
}
const p = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });
const types = (editor: Editor) => (editor.children as BlockElement[]).map((b) => b.type);

describe('tables in the editor', () => {
  it('"Bảng" inserts a table after the paragraph with the caret; the text around it stays', () => {
    const editor = editorWith([p('Mở đầu.'), p('Sau.')]);
    const at = insertTable(editor);
    expect(at).toEqual([1]);
    expect(types(editor)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = editor.children[1] as TableElement;
    expect(table.rows).toHaveLength(3);
    expect(table.headerRows).toBe(1);
    expect(editor.isVoid(table)).toBe(true);
  });

  it('a table takes the place of an empty paragraph, and a paragraph follows a table that ends the text', () => {
    const editor = editorWith([p('Mở đầu.'), p('')], 1);
    expect(insertTable(editor)).toEqual([1]);
    expect(types(editor)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('each table edit is an undoable step; undo takes the table away again', async () => {
    // Slate closes an undo step when the event that made it is over (a microtask later).
    const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    const editor = editorWith([p('Mở đầu.')]);
    insertTable(editor);
    await tick();
    const t0 = editor.children[1] as TableElement;
    setTable(editor, [1], setCell(t0, 1, 0, 'Tuyên truyền'));
    await tick();
    setTable(editor, [1], insertRow(editor.children[1] as TableElement, 3));
    await tick();
    expect((editor.children[1] as TableElement).rows).toHaveLength(4);
    editor.undo();
    expect((editor.children[1] as TableElement).rows).toHaveLength(3);
    expect((editor.children[1] as TableElement).rows[1]![0]).toBe('Tuyên truyền');
    editor.undo();
    editor.undo();
    expect(types(editor)).toEqual(['paragraph']);
  });

  it('removing the only block leaves an empty paragraph; the summary (one line) takes no table', () => {
    const editor = editorWith([p('')]);
    insertTable(editor);
    removeTable(editor, [0]);
    expect(editor.children.length).toBeGreaterThan(0);
    expect(types(editor).every((t) => t === 'paragraph')).toBe(true);
    const summary = editorWith([p('thực hiện …')]);
    summary.singleLine = true;
    expect(insertTable(summary)).toBeNull();
    expect(types(summary)).toEqual(['paragraph']);
  });

  it('a table pasted into the summary comes in as its text; into a section, as a table', () => {
    const pasted: BlockElement[] = [{ type: 'table', rows: [['Đơn vị', 'Thời hạn'], ['Công an', 'Quý I']], headerRows: 1, children: [{ text: '' }] }];
    const summary = editorWith([p('thực hiện ')]);
    summary.singleLine = true;
    summary.insertPastedBlocks(structuredClone(pasted));
    expect(types(summary).includes('table')).toBe(false);
    expect(summary.children.map((n) => Node.string(n)).join(' ')).toContain('Công an Quý I');
    const body = editorWith([p('Mở đầu.')]);
    body.insertPastedBlocks(structuredClone(pasted));
    expect(types(body)).toContain('table');
  });
});

describe('find and replace in tables', () => {
  it('finds words in table cells and "Thay tất cả" replaces them there, case kept as Word does', async () => {
    const { anLaoPlan } = await import('../../helpers/fixtures');
    const { findMatches, replaceAll } = await import('../../../renderer/editor/find/find-replace');
    const plan = anLaoPlan();
    const s = plan.sections[0]!;
    const table: BlockElement = { type: 'table', rows: [['Đơn vị', 'Ghi chú'], ['Huyện ủy', 'huyện ủy chủ trì; Huyện ủy theo dõi']], headerRows: 1, children: [{ text: '' }] };
    const withTable = { ...plan, sections: [{ ...s, body: [...s.body, table] }, ...plan.sections.slice(1)] };
    const opts = { matchCase: false, matchDiacritics: true };
    const inCells = findMatches(withTable, 'huyện ủy', opts).filter((m) => m.cell);
    expect(inCells.map((m) => m.cell)).toEqual([[1, 0], [1, 1], [1, 1]]);
    const { plan: next } = replaceAll(withTable, 'huyện ủy', 'thành ủy', opts);
    const rows = (next.sections[0]!.body.at(-1) as TableElement).rows;
    expect(rows[1]).toEqual(['Thành ủy', 'thành ủy chủ trì; Thành ủy theo dõi']);
  });
});
