import { describe, expect, it } from 'vitest';
import { refMarker } from '../../../core/template/markers';
import { parseInlineText, parseSectionText } from '../../../core/template/parse-section-text';

describe('parseSectionText', () => {
  it('splits paragraphs on blank lines and joins wrapped lines with a space', () => {
    const blocks = parseSectionText('Tăng cường công tác\n  giáo dục chính trị.\n\nĐẩy mạnh ứng dụng.\n');
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ text: 'Tăng cường công tác giáo dục chính trị.' }] },
      { type: 'paragraph', children: [{ text: 'Đẩy mạnh ứng dụng.' }] },
    ]);
  });

  it('makes "- " and "+ " lines bullets, each its own block, continuation lines included', () => {
    const blocks = parseSectionText('- Tổ chức nghiên cứu,\n  quán triệt.\n- Xây dựng kế hoạch.\n+ Chi tiết.');
    expect(blocks).toEqual([
      { type: 'bullet', marker: '-', children: [{ text: 'Tổ chức nghiên cứu, quán triệt.' }] },
      { type: 'bullet', marker: '-', children: [{ text: 'Xây dựng kế hoạch.' }] },
      { type: 'bullet', marker: '+', children: [{ text: 'Chi tiết.' }] },
    ]);
  });

  it('keeps "chính trị - xã hội" (a hyphen inside a line) as text', () => {
    expect(parseSectionText('các tổ chức chính trị - xã hội')).toEqual([{ type: 'paragraph', children: [{ text: 'các tổ chức chính trị - xã hội' }] }]);
  });

  it('turns markers into live ref nodes surrounded by text leaves', () => {
    const [block] = parseSectionText(`Thực hiện ${refMarker('citation.full')}, ${refMarker('org.collective')} ban hành`);
    expect(block?.children).toEqual([
      { text: 'Thực hiện ' },
      { type: 'ref', field: 'citation.full', children: [{ text: '' }] },
      { text: ', ' },
      { type: 'ref', field: 'org.collective', children: [{ text: '' }] },
      { text: ' ban hành' },
    ]);
  });

  it('keeps a marker target (another base or the grandparent)', () => {
    const nodes = parseInlineText(refMarker('citation.short', 'base-1-up'));
    expect(nodes).toEqual([{ text: '' }, { type: 'ref', field: 'citation.short', target: 'base-1-up', children: [{ text: '' }] }, { text: '' }]);
  });

  it('maps **bold** and *italic* to marks; a lone asterisk stays', () => {
    expect(parseInlineText('Báo cáo đột xuất (*kể cả khi đã giải quyết sự việc*) và **chú ý** 5 * 3')).toEqual([
      { text: 'Báo cáo đột xuất (' },
      { text: 'kể cả khi đã giải quyết sự việc', italic: true },
      { text: ') và ' },
      { text: 'chú ý', bold: true },
      { text: ' 5 * 3' },
    ]);
  });

  it('stores text NFC (decomposed input from PDFs is recomposed)', () => {
    const nfd = 'Huyện ủy'.normalize('NFD');
    const [block] = parseSectionText(nfd);
    expect((block?.children[0] as { text: string }).text).toBe('Huyện ủy'.normalize('NFC'));
  });
});
