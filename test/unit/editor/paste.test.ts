import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Node, Transforms } from 'slate';
import { htmlToBlocks, clipboardToBlocks } from '../../../renderer/editor/paste/html-to-blocks';
import { textToBlocks } from '../../../renderer/editor/paste/text-to-blocks';
import { buildEditor } from '../../../renderer/editor/build-editor';
import { undoLegacyConversion } from '../../../renderer/editor/plugins/withLegacyEncoding';
import type { LegacyOffer } from '../../../renderer/editor/custom-types';
import type { BlockElement } from '../../../core/model/inline';

const plain = (blocks: BlockElement[]) => blocks.map((b) => (b.type === 'bullet' ? `${b.marker} ` : '') + Node.string(b));

describe('paste from Word', () => {
  // What Word 2010–2019 puts on the clipboard for a bold heading, a "-" item and a body line.
  const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {font-family:"Times New Roman"} --></style></head>
<body lang=EN-US><!--StartFragment-->
<p class=MsoNormal style='text-indent:1.0cm'><b><span lang=VI style='font-size:14.0pt;color:red'>1. Mục đích, yêu cầu<o:p></o:p></span></b></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=VI>Tăng cường công tác giáo dục <i>chính trị</i> tư tưởng</span></p>
<p class=MsoNormal><span style='font-family:"Arial"'>Hằng năm, 100% cấp uỷ &amp; trường học</span></p>
<!--EndFragment--></body></html>`;

  it('keeps words, bold and italic, bullets; drops fonts, colours and sizes', () => {
    const blocks = htmlToBlocks(wordHtml);
    expect(plain(blocks)).toEqual(['1. Mục đích, yêu cầu', '- Tăng cường công tác giáo dục chính trị tư tưởng', 'Hằng năm, 100% cấp uỷ & trường học']);
    expect(blocks[0]!.children).toEqual([{ text: '1. Mục đích, yêu cầu', bold: true }]);
    expect(blocks[1]).toEqual({
      type: 'bullet',
      marker: '-',
      children: [{ text: 'Tăng cường công tác giáo dục ' }, { text: 'chính trị', italic: true }, { text: ' tư tưởng' }],
    });
    // No attribute other than the three marks reaches the model.
    for (const b of blocks) for (const leaf of b.children) expect(Object.keys(leaf).every((k) => ['text', 'bold', 'italic', 'underline'].includes(k))).toBe(true);
  });
});

describe('paste from the web and Google Docs', () => {
  it('turns list items into "-" bullets and honours font-weight:normal wrappers', () => {
    const html = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><ul><li><span style="font-weight:700">Ủy ban Kiểm tra</span><span>: phối hợp</span></li><li>Công an Phường</li></ul><p><span style="text-decoration:underline">Nơi nhận</span></p></b>`;
    const blocks = htmlToBlocks(html);
    expect(blocks).toEqual([
      { type: 'bullet', marker: '-', children: [{ text: 'Ủy ban Kiểm tra', bold: true }, { text: ': phối hợp' }] },
      { type: 'bullet', marker: '-', children: [{ text: 'Công an Phường' }] },
      { type: 'paragraph', children: [{ text: 'Nơi nhận', underline: true }] },
    ]);
  });

  it('ignores scripts, styles and comments, and stores NFC', () => {
    const html = `<script>alert(1)</script><style>p{}</style><!-- x --><p>${'Đảng bộ'.normalize('NFD')}</p>`;
    expect(plain(htmlToBlocks(html))).toEqual(['Đảng bộ']);
  });

  it('falls back to the plain text when the HTML has no text', () => {
    expect(plain(clipboardToBlocks('<img src="x.png">', 'Mục tiêu'))).toEqual(['Mục tiêu']);
  });
});

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
