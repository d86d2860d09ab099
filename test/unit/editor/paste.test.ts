import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Node, Transforms } from 'slate';
import { textToBlocks } from '../../../renderer/editor/paste/text-to-blocks';
import { buildEditor } from '../../../renderer/editor/build-editor';
import { undoLegacyConversion } from '../../../renderer/editor/plugins/withLegacyEncoding';
import type { LegacyOffer } from '../../../renderer/editor/custom-types';
import type { BlockElement } from '../../../core/model/inline';

const plain = (blocks: BlockElement[]) => blocks.map((b) => (b.type === 'bullet' ? `${b.marker} ` : '') + Node.string(b));

// Clipboard HTML is parsed by the browser (DOMParser through DOMPurify): those cases run in Chromium, test/integration/e2e/paste.test.ts.

describe('paste from a PDF (plain text)', () => {
  it('rejoins lines broken at the page edge and keeps "-" and "+" items', () => {
    const pdf = [
      '- Tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, ',
      'sinh viên trên địa bàn huyện đến năm 2030.',
      '+ Tổ chức quán triệt',
      '',
      'Hằng năm, 100% cấp uỷ cấp huyện và các trường học tổ chức quán triệt, ',
      'nghiên cứu chỉ thị.',
    ].join('\r\n');
    expect(plain(textToBlocks(pdf))).toEqual([
      '- Tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn huyện đến năm 2030.',
      '+ Tổ chức quán triệt',
      'Hằng năm, 100% cấp uỷ cấp huyện và các trường học tổ chức quán triệt, nghiên cứu chỉ thị.',
    ]);
  });
});

describe('pasting legacy-encoded text', () => {
  function setup() {
    const editor = buildEditor(createEditor());
    editor.children = [{ type: 'paragraph', children: [{ text: 'Nội dung: ' }] }];
    Transforms.select(editor, Editor.end(editor, []));
    const offers: LegacyOffer[] = [];
    editor.onLegacyOffer = (o) => offers.push(o);
    return { editor, offers };
  }

  it('converts TCVN3 to Unicode and offers to undo the conversion', () => {
    const { editor, offers } = setup();
    editor.insertPastedBlocks(textToBlocks('T¨ng c­êng c«ng t¸c gi¸o dôc chÝnh trÞ t­ t­ëng'));
    expect(Node.string(editor.children[0]!)).toBe('Nội dung: Tăng cường công tác giáo dục chính trị tư tưởng');
    expect(offers.map((o) => o.encoding)).toEqual(['tcvn3']);
    undoLegacyConversion(editor, offers[0]!.original);
    expect(Node.string(editor.children[0]!)).toBe('Nội dung: T¨ng c­êng c«ng t¸c gi¸o dôc chÝnh trÞ t­ t­ëng');
  });

  it('converts VNI and leaves ordinary Unicode alone', () => {
    const { editor, offers } = setup();
    editor.insertPastedBlocks(textToBlocks('Ban Thöôøng vuï Thaønh uûy'));
    expect(Node.string(editor.children[0]!)).toBe('Nội dung: Ban Thường vụ Thành ủy');
    editor.insertPastedBlocks(textToBlocks(' và café'));
    expect(offers).toHaveLength(1);
    expect(Node.string(editor.children[0]!)).toBe('Nội dung: Ban Thường vụ Thành ủy và café');
  });
});
