import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { attrOf, bodyTables, child, children, elements, paraInfo, paragraphs, readDocx } from '../../helpers/docx-xml';
import { anLaoPlan, dongDaPlan, thanhXuanPlan } from '../../helpers/fixtures';

// format-profiles.md §4: Nơi nhận on the left, signature on the right.
const closingOf = async (bytes: Uint8Array) => {
  const { document } = await readDocx(bytes);
  const tables = bodyTables(document);
  const table = tables[tables.length - 1]!;
  return { table, paras: paragraphs(table), tables };
};

describe('Nơi nhận', () => {
  it('HD36: "Nơi nhận" 14 underlined (the words, not the colon), recipients 12 regular ending ",", archive ending "."', async () => {
    const { paras } = await closingOf(await exportDocx(anLaoPlan()));
    const label = paras.find((p) => p.text === 'Nơi nhận:')!;
    expect(label.runs[0]).toMatchObject({ text: 'Nơi nhận', size: 28, underline: 'single', bold: false });
    expect(label.runs[1]).toMatchObject({ text: ':' });
    expect(label.runs[1]!.underline).toBeUndefined();
    const lines = paras.filter((p) => p.text.startsWith('- '));
    expect(lines.map((p) => p.text)).toEqual([
      '- Ban Tuyên giáo Thành ủy,',
      '- TT Huyện ủy,',
      '- Ủy ban nhân dân huyện,',
      '- Các chi, Đảng bộ trực thuộc Huyện ủy,',
      '- Lưu Văn phòng Huyện ủy.',
    ]);
    expect(lines.every((p) => p.runs.every((r) => r.size === 24 && !r.bold))).toBe(true);
  });

  it('HD05 ends recipient lines with ";"', async () => {
    const { paras } = await closingOf(await exportDocx(dongDaPlan()));
    const lines = paras.filter((p) => p.text.startsWith('- ')).map((p) => p.text);
    expect(lines.slice(0, -1).every((t) => t.endsWith(';'))).toBe(true);
    expect(lines[lines.length - 1]).toBe('- Lưu Ban XDĐ.');
  });

  it('ND30: "Nơi nhận:" 12 bold italic, recipients 11 ending ";", archive "- Lưu: VT."', async () => {
    const { paras } = await closingOf(await exportDocx(thanhXuanPlan()));
    const label = paras.find((p) => p.text === 'Nơi nhận:')!;
    expect(label.runs.every((r) => r.bold && r.italic && r.size === 24 && r.underline === undefined)).toBe(true);
    const lines = paras.filter((p) => p.text.startsWith('- ')).map((p) => p.text);
    expect(lines).toEqual(['- Sở GDĐT;', '- Các trường MN, Tiểu học, THCS trên địa bàn quận;', '- Lãnh đạo, chuyên viên phòng GDĐT;', '- Lưu: VT.']);
    expect(paras.find((p) => p.text === '- Sở GDĐT;')!.runs[0]!.size).toBe(22);
  });

  it('never doubles a typed dash or end mark', async () => {
    const plan = anLaoPlan({ recipients: [{ purpose: '', display: 'each-line', items: ['- Ban Tổ chức Huyện ủy;'] }] });
    const { paras } = await closingOf(await exportDocx(plan));
    expect(paras.map((p) => p.text)).toContain('- Ban Tổ chức Huyện ủy,');
  });

  it('draws a purpose group as one right brace merged down the group, then "(để b/c)" once', async () => {
    const { table, paras } = await closingOf(await exportDocx(dongDaPlan()));
    const rows = children(table, 'w:tr');
    // Header row, 3 + 4 recipient rows, archive row.
    expect(rows).toHaveLength(1 + 3 + 4 + 1);
    const braces = paras.filter((p) => p.text === '}');
    expect(braces).toHaveLength(2);
    // The brace of the 4-line group is taller (larger font) than that of the 3-line group.
    expect(braces[1]!.runs[0]!.size!).toBeGreaterThan(braces[0]!.runs[0]!.size!);
    expect(braces[0]!.runs[0]!.size!).toBeGreaterThan(24 * 2);
    expect(paras.filter((p) => p.text === '(để b/c)')).toHaveLength(1);
    expect(paras.filter((p) => p.text === '(để t/h)')).toHaveLength(1);
    // The brace cell restarts a vertical merge on the group's first row and continues on the others.
    const braceCell = (row: number) => children(rows[row]!, 'w:tc')[1]!;
    const vMerge = (row: number) => child(child(braceCell(row), 'w:tcPr'), 'w:vMerge');
    expect(attrOf(vMerge(1), 'w:val')).toBe('restart');
    expect(vMerge(2)).toBeDefined();
    expect(attrOf(vMerge(2), 'w:val') ?? 'continue').toBe('continue');
    expect(attrOf(vMerge(4), 'w:val')).toBe('restart');
  });

  it('prints the purpose on each line when the group asks for it', async () => {
    const plan = anLaoPlan({ recipients: [{ purpose: 'để b/c', display: 'each-line', items: ['Ban Tuyên giáo Thành ủy', 'TT Huyện ủy'] }] });
    const { paras } = await closingOf(await exportDocx(plan));
    expect(paras.map((p) => p.text)).toEqual(expect.arrayContaining(['- Ban Tuyên giáo Thành ủy (để b/c),', '- TT Huyện ủy (để b/c),']));
    expect(paras.some((p) => p.text === '}')).toBe(false);
  });
});

describe('signature', () => {
  it('Party: authority caps 14 bold, position caps 14 regular, about 4 blank lines, name 14 bold', async () => {
    const { paras } = await closingOf(await exportDocx(dongDaPlan()));
    const authority = paras.find((p) => p.text === 'T/M ĐẢNG ỦY')!;
    expect(authority.runs[0]).toMatchObject({ size: 28, bold: true });
    const position = paras[paras.indexOf(authority) + 1]!;
    expect(position.text).toBe('PHÓ BÍ THƯ THƯỜNG TRỰC');
    expect(position.runs[0]).toMatchObject({ size: 28, bold: false });
    const name = paras.find((p) => p.text === 'Đinh Nguyên Mạnh')!;
    expect(name.runs[0]).toMatchObject({ size: 28, bold: true });
    const blanks = paras.slice(paras.indexOf(position) + 1, paras.indexOf(name));
    expect(blanks.length).toBeGreaterThanOrEqual(4);
    expect(blanks.length).toBeLessThanOrEqual(5);
    expect(blanks.every((p) => p.text === '' && p.markSize === 28)).toBe(true);
  });

  it('state head signing for the unit: no authority line, position caps bold', async () => {
    const { paras } = await closingOf(await exportDocx(thanhXuanPlan()));
    const position = paras.find((p) => p.text === 'TRƯỞNG PHÒNG')!;
    expect(position.runs[0]).toMatchObject({ bold: true, size: 28 });
    expect(paras.some((p) => /^(TM\.|KT\.|T\/M)/.test(p.text))).toBe(false);
    expect(paras.find((p) => p.text === 'Phạm Gia Hữu')!.runs[0]!.bold).toBe(true);
  });
});

describe('page breaks', () => {
  it('keeps the closing block together and with the last body paragraph, so the signature never stands alone', async () => {
    const { document } = await readDocx(await exportDocx(dongDaPlan()));
    const tables = bodyTables(document);
    const closing = tables[tables.length - 1]!;
    const rows = children(closing, 'w:tr');
    for (const row of rows.slice(0, -1)) {
      for (const p of paragraphs(row).filter((x) => x.text !== '')) expect(p.keepNext, p.text).toBe(true);
    }
    const before = closing.previousSibling as unknown as Parameters<typeof paraInfo>[0];
    expect(paraInfo(before).keepNext).toBe(true);
  });
});

describe('tables Word accepts', () => {
  it('has no empty table, no row without cells and no cell without a paragraph, in any profile and shape', async () => {
    const plans = [
      anLaoPlan(),
      dongDaPlan(),
      thanhXuanPlan(),
      anLaoPlan({ recipients: [] }),
      dongDaPlan({ signature: { authority: '', position: 'Bí thư', name: '' } }),
    ];
    for (const plan of plans) {
      const { document } = await readDocx(await exportDocx(plan));
      for (const table of elements(document, 'w:tbl')) {
        const rows = children(table, 'w:tr');
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          const cells = children(row, 'w:tc');
          expect(cells.length).toBeGreaterThan(0);
          for (const cell of cells) expect(children(cell, 'w:p').length).toBeGreaterThan(0);
        }
      }
    }
  });
});
