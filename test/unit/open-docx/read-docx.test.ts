import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { paragraphText } from '../../../core/import/plan-from-docx/docx-blocks';
import { convertLegacy } from '../../../core/text/legacy-encodings';
import { UserError } from '../../../electron/services/errors';
import { readDocxBlocks } from '../../../electron/services/open-docx/read-docx-blocks';

/** A minimal Word package around a body (and styles), as Word and LibreOffice write it. */
async function docx(body: string, styles = '', numbering = '', footnotes = ''): Promise<Uint8Array> {
  const zip = new JSZip();
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body}</w:body></w:document>`);
  if (footnotes) zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${w}>${footnotes}</w:footnotes>`);
  if (numbering) zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${w}>${numbering}</w:numbering>`);
  if (styles) zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${w}>${styles}</w:styles>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
const run = (text: string, font?: string, extra = ''): string =>
  `<w:r><w:rPr>${font ? `<w:rFonts w:ascii="${font}" w:hAnsi="${font}"/>` : ''}${extra}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;

/** Unicode → TCVN3 bytes (as Latin-1 characters), from the converter's own table read backwards. */
const TCVN3 = new Map<string, string>();
for (let code = 0xa0; code <= 0xff; code += 1) {
  const ch = String.fromCharCode(code);
  const letter = convertLegacy(ch, 'tcvn3');
  if (letter !== ch && !TCVN3.has(letter)) TCVN3.set(letter, ch);
}
const toTcvn3 = (text: string): string => Array.from(text.normalize('NFC')).map((c) => TCVN3.get(c) ?? c).join('');

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readDocxBlocks(bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error('not refused');
}
const oneVietnameseSentence = (message: string): void => {
  expect(message).not.toMatch(/\n|Error|zip|undefined|End of data/);
  expect(message).toMatch(/hãy/);
};

describe('reading a Word plan', () => {
  it('converts runs in TCVN3 (.VnTime, .VnTimeH) and VNI fonts to Unicode, run by run', async () => {
    const bytes = await docx(
      para(run(toTcvn3('kế hoạch').toUpperCase(), '.VnTimeH')) +
        para(run(toTcvn3('các cấp ủy'), '.VnTime'), run(' và ', 'Times New Roman'), run('caùc ñôn vò', 'VNI-Times')),
    );
    const { blocks } = await readDocxBlocks(bytes);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : ''))).toEqual(['KẾ HOẠCH', 'các cấp ủy và các đơn vị']);
  });

  it('takes bold, a legacy font and alignment from the paragraph style chain', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/><w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Head"><w:name w:val="heading 1"/><w:basedOn w:val="Base"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>';
    const { blocks } = await readDocxBlocks(await docx('<w:p><w:pPr><w:pStyle w:val="Head"/></w:pPr>' + run(toTcvn3('I. Mục đích')) + '</w:p>', styles));
    const p = blocks[0]!;
    expect(p.kind === 'paragraph' && paragraphText(p)).toBe('I. Mục đích');
    expect(p).toMatchObject({ align: 'center', style: 'heading 1', runs: [{ bold: true }] });
  });

  it("puts Word's automatic numbers and bullets in front of the text, as Word draws them", async () => {
    const lvl = (i: number, fmt: string, text: string) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering = `<w:abstractNum w:abstractNumId="3">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'lowerLetter', '%3)')}${lvl(3, 'bullet', '-')}</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>`;
    const item = (level: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="7"/></w:numPr></w:pPr>${run(text)}</w:p>`;
    const body = [item(0, 'MỤC ĐÍCH'), item(1, 'Mục đích'), item(3, 'Quán triệt.'), item(1, 'Yêu cầu'), item(2, 'Bám sát'), item(2, 'Cụ thể'), item(0, 'NHIỆM VỤ'), item(1, 'Tuyên truyền')].join('');
    const { blocks } = await readDocxBlocks(await docx(body, '', numbering));
    expect(blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : ''))).toEqual([
      'I. MỤC ĐÍCH', '1. Mục đích', '- Quán triệt.', '2. Yêu cầu', 'a) Bám sát', 'b) Cụ thể', 'II. NHIỆM VỤ', '1. Tuyên truyền',
    ]);
    expect(blocks.some((b) => b.kind === 'paragraph' && b.autoNumbered)).toBe(false);
  });

  it('reads the paragraphs of a text box after the paragraph it is anchored in, once', async () => {
    const box = (inner: string) => `<w:txbxContent>${para(run(inner))}</w:txbxContent>`;
    const anchored =
      '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      `<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${box('ĐẢNG CỘNG SẢN VIỆT NAM')}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">${box('ĐẢNG CỘNG SẢN VIỆT NAM')}</v:textbox></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r><w:r><w:t>HUYỆN ỦY AN LÃO</w:t></w:r></w:p>';
    const { blocks } = await readDocxBlocks(await docx(anchored));
    expect(blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : ''))).toEqual(['HUYỆN ỦY AN LÃO', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
  });

  it('keeps a footnote reference at its place, with the footnote text', async () => {
    const notes = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">' + para(run('Trích Điều lệ Đảng.')) + '</w:footnote>';
    const body = para(run('Thực hiện Điều lệ'), '<w:r><w:footnoteReference w:id="1"/></w:r>', run(' của Đảng.'));
    const { blocks, footnotes } = await readDocxBlocks(await docx(body, '', '', notes));
    expect(footnotes).toEqual({ '1': 'Trích Điều lệ Đảng.' });
    const p = blocks[0]!;
    expect(p.kind === 'paragraph' && p.runs.map((r) => r.footnote ?? r.text)).toEqual(['Thực hiện Điều lệ', 'Trích Điều lệ Đảng.', ' của Đảng.']);
  });

  it('reads tables with merged cells, line breaks and non-breaking hyphens', async () => {
    const body =
      '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + para('<w:r><w:t>Số 05</w:t><w:noBreakHyphen/><w:t>KH/ĐU</w:t><w:br/><w:t>tiếp</w:t></w:r>') + '</w:tc>' +
      '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' + para(run('}')) + '</w:tc></w:tr></w:tbl>';
    const { blocks } = await readDocxBlocks(await docx(body));
    const table = blocks[0]!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.rows[0]![0]).toMatchObject({ span: 2 });
    expect(table.rows[0]![1]).toMatchObject({ vMerge: 'restart' });
    const first = table.rows[0]![0]!.blocks[0]!;
    expect(first.kind === 'paragraph' && paragraphText(first)).toBe('Số 05-KH/ĐU\ntiếp');
  });

  it('refuses what is not a Word document, in one Vietnamese sentence', async () => {
    oneVietnameseSentence(await refusal(new TextEncoder().encode('Đây không phải tệp Word')));
    const truncated = (await docx(para(run('x')))).slice(0, 60);
    oneVietnameseSentence(await refusal(truncated));
    const noDocument = new JSZip();
    noDocument.file('hello.txt', 'x');
    oneVietnameseSentence(await refusal(await noDocument.generateAsync({ type: 'uint8array' })));
  });

  it('refuses a password-protected document (an OLE container) and says how to fix it', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = await refusal(ole);
    expect(message).toMatch(/mật khẩu/);
    oneVietnameseSentence(message);
  });

  it('refuses a zip bomb from its table of contents, before inflating anything', async () => {
    const bytes = await docx(para(run('x')));
    // Claim 4 GB uncompressed for the first entry in the central directory.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = bytes.length - 22;
    while (view.getUint32(at, true) !== 0x06054b50) at -= 1;
    const cd = view.getUint32(at + 16, true);
    view.setUint32(cd + 24, 0xfffffff0, true);
    const message = await refusal(bytes);
    expect(message).toMatch(/bất thường/);
    oneVietnameseSentence(message);
  });

  it('refuses a package with thousands of entries', async () => {
    const zip = new JSZip();
    for (let i = 0; i < 2100; i += 1) zip.file(`word/media/p${i}.bin`, '');
    oneVietnameseSentence(await refusal(await zip.generateAsync({ type: 'uint8array' })));
  });

  it('refuses a file over the size limit without reading it as a zip', async () => {
    const message = await refusal(new Uint8Array(21 * 1024 * 1024));
    expect(message).toMatch(/20 MB/);
    oneVietnameseSentence(message);
  });

  it('answers a Vietnamese sentence, never a library error, for a package cut or damaged anywhere', async () => {
    const whole = await docx(para(run('Kế hoạch')) + '<w:tbl><w:tr><w:tc>' + para(run('Nơi nhận:')) + '</w:tc></w:tr></w:tbl>');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: whole.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.boolean(), async (at, byte, cut) => {
        const bytes = cut ? whole.slice(0, at) : Uint8Array.from(whole, (b, i) => (i === at ? byte : b));
        try {
          await readDocxBlocks(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(UserError);
        }
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
