import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { upperVi } from '../../../core/text/vi-case';
import { importDocument } from '../../../electron/services/import';
import { handDocx, textBoxXml } from '../../helpers/docx-by-hand';
import { encodeLegacy, latin1Bytes } from '../../helpers/legacy-encode';
import { viPhrase } from '../../helpers/vi-random';

/**
 * Documents from before Unicode: DOCX runs in TCVN3 (".VnTime", capitals in ".VnTimeH") or VNI
 * fonts, text files saved in those 8-bit encodings, and the Unicode text forms (BOMs, UTF-16, NFD).
 */

const texts = async (bytes: Uint8Array, name: string) => {
  const outcome = await importDocument(bytes, name);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome;
};
const full = (p: { label?: string; text: string }) => (p.label ? `${p.label} ${p.text}` : p.text);

describe('DOCX in legacy fonts', () => {
  it('converts each run by its own font: .VnTime (TCVN3), .VnTimeH (capitals), VNI-Times, and leaves Unicode runs alone', async () => {
    await fc.assert(
      // TCVN3 has no toned capitals in .VnTime (they are .VnTimeH's): its runs are in lower case.
      fc.asyncProperty(viPhrase(2, 10, false), viPhrase(2, 10), viPhrase(2, 6), async (tcvn, vni, unicode) => {
        const bytes = await handDocx([
          { runs: [{ text: encodeLegacy(tcvn, 'tcvn3'), font: '.VnTime' }] },
          { runs: [{ text: encodeLegacy(tcvn, 'tcvn3'), font: '.VnTimeH', bold: true }], align: 'center' },
          { runs: [{ text: encodeLegacy(vni, 'vni'), font: 'VNI-Times' }] },
          { runs: [{ text: `${unicode} ` }, { text: encodeLegacy(vni, 'vni'), font: 'VNI-Times' }] },
        ]);
        const { text } = await texts(bytes, 'cu.docx');
        expect(text.paragraphs.map(full)).toEqual([tcvn, upperVi(tcvn), vni, `${unicode} ${vni}`]);
        expect(text.paragraphs[1]).toMatchObject({ bold: true, align: 'center' });
        // Reported only where a run really was in a legacy encoding ("a a" reads the same in all).
        const expected = [...(encodeLegacy(tcvn, 'tcvn3') !== tcvn ? ['tcvn3'] : []), ...(encodeLegacy(vni, 'vni') !== vni ? ['vni'] : [])];
        expect(new Set(text.converted ?? [])).toEqual(new Set(expected));
      }),
      { numRuns: 40 },
    );
  });

  it('takes the font from the style when runs name none (old documents set .VnTime on Normal)', async () => {
    const bytes = await handDocx(
      [
        { runs: [{ text: encodeLegacy('mục đích, yêu cầu', 'tcvn3') }], style: 'Caps' },
        { runs: [{ text: encodeLegacy('Tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh.', 'tcvn3') }] },
      ],
      { normalFont: '.VnTime' },
    );
    const { text } = await texts(bytes, 'style.docx');
    expect(text.paragraphs.map(full)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'Tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh.']);
    expect(text.paragraphs[0]!.bold).toBe(true);
  });

  it("prints Word's automatic list numbers and reads a table cell by cell", async () => {
    const bytes = await handDocx(
      [
        { runs: [{ text: 'MỤC ĐÍCH, YÊU CẦU' }], list: 0 },
        { runs: [{ text: 'Mục đích' }], list: 1 },
        { runs: [{ text: 'Quán triệt sâu sắc' }], list: 2 },
        { runs: [{ text: 'Yêu cầu' }], list: 1 },
        { runs: [{ text: 'NHIỆM VỤ' }], list: 0 },
        { runs: [{ text: 'Tuyên truyền' }], list: 1 },
      ],
      { table: [['TT', 'Nhiệm vụ'], ['1', 'Tổ chức quán triệt']] },
    );
    const { text } = await texts(bytes, 'list.docx');
    expect(text.paragraphs.slice(0, 6).map((p) => [p.label, p.level])).toEqual([
      ['I.', 1],
      ['1.', 2],
      ['-', 3],
      ['2.', 2],
      ['II.', 1],
      ['1.', 2],
    ]);
    expect(text.paragraphs.slice(6).map((p) => [p.text, p.table])).toEqual([
      ['TT', { index: 0, row: 0, col: 0 }],
      ['Nhiệm vụ', { index: 0, row: 0, col: 1 }],
      ['1', { index: 0, row: 1, col: 0 }],
      ['Tổ chức quán triệt', { index: 0, row: 1, col: 1 }],
    ]);
  });
});

describe('DOCX text boxes', () => {
  it('reads a header put in a text box once, where it is anchored', async () => {
    const bytes = await handDocx([{ runs: [{ text: 'KẾ HOẠCH' }], align: 'center' }, { runs: [{ text: 'về tăng cường công tác giáo dục' }], align: 'center' }], {
      rawBody: textBoxXml(['HUYỆN ỦY AN LÃO', '*', 'Số 45-KH/HU']),
    });
    const outcome = await texts(bytes, 'hop-chu.docx');
    expect(outcome.text.paragraphs.map(full)).toEqual(['HUYỆN ỦY AN LÃO', '*', 'Số 45-KH/HU', 'KẾ HOẠCH', 'về tăng cường công tác giáo dục']);
    expect(outcome.facts).toMatchObject({ issuer: 'Huyện ủy An Lão', number: '45', symbol: 'KH/HU', type: 'Kế hoạch', regime: 'dang' });
  });
});

describe('plain text files', () => {
  const plan = ['KẾ HOẠCH', 'về tăng cường công tác giáo dục chính trị', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '- Nâng cao nhận thức của cán bộ, đảng viên.'];

  it('reads VNI and TCVN3 text files (8-bit, saved from an old Word or Unikey)', async () => {
    for (const enc of ['vni', 'tcvn3'] as const) {
      const lines = enc === 'tcvn3' ? plan.map((l) => l.toLocaleLowerCase('vi')) : plan;
      const { text } = await texts(latin1Bytes(lines.map((l) => encodeLegacy(l, enc)).join('\r\n')), `${enc}.txt`);
      expect(text.paragraphs.map(full), enc).toEqual(lines);
      expect(text.converted).toEqual([enc]);
    }
    const { text } = await texts(latin1Bytes(plan.map((l) => encodeLegacy(l, 'vni')).join('\r\n')), 'vni.txt');
    expect(text.paragraphs.slice(2).map((p) => [p.label, p.level])).toEqual([['I.', 1], ['1.', 2], ['-', 3]]);
  });

  it('reads UTF-8 with and without BOM, UTF-16 LE and BE, and gives NFC from NFD', async () => {
    const body = plan.join('\n');
    const utf16 = (s: string, le: boolean) => {
      const out = new Uint8Array(2 + s.length * 2);
      out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < s.length; i += 1) {
        const c = s.charCodeAt(i);
        out[2 + i * 2] = le ? c & 0xff : c >> 8;
        out[3 + i * 2] = le ? c >> 8 : c & 0xff;
      }
      return out;
    };
    const forms: Array<[string, Uint8Array]> = [
      ['utf8', new TextEncoder().encode(body)],
      ['utf8-bom', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)])],
      ['utf16le', utf16(body, true)],
      ['utf16be', utf16(body, false)],
      ['nfd', new TextEncoder().encode(body.normalize('NFD'))],
    ];
    for (const [name, bytes] of forms) {
      const { text, facts } = await texts(bytes, `${name}.txt`);
      expect(text.paragraphs.map(full), name).toEqual(plan);
      expect(facts).toMatchObject({ type: 'Kế hoạch', subject: 'về tăng cường công tác giáo dục chính trị' });
    }
  });
});
