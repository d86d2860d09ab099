import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { textWidthMm } from '../../../core/text/measure';
import { attrOf, bodyTables, cellOf, cellWidth, child, elements, findPara, paragraphs, readDocx, ruleWidthTwips, twipsToMm } from '../../helpers/docx-xml';
import { anLaoPlan, dongDaPlan, thanhXuanPlan } from '../../helpers/fixtures';

// format-profiles.md §2: the header table, element by element.
const headerOf = async (bytes: Uint8Array) => {
  const parts = await readDocx(bytes);
  const table = bodyTables(parts.document)[0]!;
  return { parts, table, paras: paragraphs(table) };
};

/** Rule paragraphs of a table, in order: empty paragraphs with a bottom border. */
const rulesIn = (paras: ReturnType<typeof paragraphs>) => paras.filter((p) => p.borderBottom && p.text === '');

describe('Party header (HD36, An Lão draft)', () => {
  it('is a borderless two-column table', async () => {
    const { table } = await headerOf(await exportDocx(anLaoPlan()));
    const borders = child(child(table, 'w:tblPr'), 'w:tblBorders');
    for (const side of ['w:top', 'w:bottom', 'w:left', 'w:right', 'w:insideH', 'w:insideV']) {
      expect(['none', 'nil']).toContain(attrOf(child(borders!, side), 'w:val'));
    }
    expect(elements(child(table, 'w:tblGrid')!, 'w:gridCol')).toHaveLength(2);
  });

  it('prints superior body caps 14 regular, issuing body caps 14 bold, then a centred *', async () => {
    const { paras } = await headerOf(await exportDocx(anLaoPlan()));
    const superior = paras.find((p) => p.text === 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG')!;
    expect(superior.runs[0]).toMatchObject({ size: 28, bold: false });
    const issuing = paras.find((p) => p.text === 'HUYỆN ỦY AN LÃO')!;
    expect(issuing.runs[0]).toMatchObject({ size: 28, bold: true });
    const star = paras[paras.indexOf(issuing) + 1]!;
    expect(star.text).toBe('*');
    expect(star.align).toBe('center');
  });

  it('keeps the blank number and blank day/month of an unsigned draft, number 14 regular without colon', async () => {
    const { paras } = await headerOf(await exportDocx(anLaoPlan()));
    const number = paras.find((p) => p.text.startsWith('Số'))!;
    expect(number.text).toBe('Số      -KH/HU');
    expect(number.runs[0]).toMatchObject({ size: 28, bold: false, italic: false });
    const date = paras.find((p) => p.text.startsWith('An Lão'))!;
    expect(date.text).toBe('An Lão, ngày      tháng      năm 2024');
    expect(date.runs[0]).toMatchObject({ size: 28, italic: true, bold: false });
    expect(date.align).toBe('center');
  });

  it('prints ĐẢNG CỘNG SẢN VIỆT NAM 15 bold with a solid line under it as long as the text (±1 mm)', async () => {
    const { paras } = await headerOf(await exportDocx(anLaoPlan()));
    const title = paras.find((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM')!;
    expect(title.runs[0]).toMatchObject({ size: 30, bold: true });
    const rule = paras[paras.indexOf(title) + 1]!;
    expect(rule.text).toBe('');
    expect(rule.borderBottom?.val).toBe('single');
    const drawnMm = twipsToMm(ruleWidthTwips(rule, cellWidth(cellOf(rule))));
    expect(Math.abs(drawnMm - textWidthMm('ĐẢNG CỘNG SẢN VIỆT NAM', 15, { bold: true }))).toBeLessThan(1);
    // Centred in its column: equal indents.
    expect(rule.indent.left).toBe(rule.indent.right);
  });

  it('numbers a Party plan "Số 05-KH/ĐU" (leading zero, no colon) and prints urgency and draft marks', async () => {
    const { paras } = await headerOf(await exportDocx(dongDaPlan({ marks: { urgency: 'KHẨN', draftNumber: 2 } })));
    expect(paras.map((p) => p.text)).toContain('Số 05-KH/ĐU');
    expect(paras.find((p) => p.text === 'KHẨN')!.runs[0]).toMatchObject({ size: 28, bold: true });
    expect(paras.find((p) => p.text === 'Dự thảo lần 2')!.runs[0]).toMatchObject({ size: 28, italic: true });
    expect(paras.map((p) => p.text)).toContain('Đông Đa, ngày 03 tháng 02 năm 2026');
  });

  it('omits the superior body line when it is empty (a thành ủy)', async () => {
    const org = { ...anLaoPlan().organisation, superiorBody: '', issuingBody: 'Thành ủy Hải Phòng' };
    const { paras } = await headerOf(await exportDocx(anLaoPlan({ organisation: org })));
    const left = paras.filter((p) => p.text !== '');
    expect(left[0]!.text).toBe('THÀNH ỦY HẢI PHÒNG');
  });
});

describe('state header (ND30, Thanh Xuân)', () => {
  it('prints the motto lines bold, a rule under the motto as long as it, and "Số: 123/KH-GDĐT" 13 regular', async () => {
    const { paras } = await headerOf(await exportDocx(thanhXuanPlan()));
    const republic = paras.find((p) => p.text === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    expect(republic.runs[0]).toMatchObject({ size: 24, bold: true });
    const motto = paras.find((p) => p.text === 'Độc lập - Tự do - Hạnh phúc')!;
    expect(motto.runs[0]).toMatchObject({ size: 26, bold: true });
    const rule = paras[paras.indexOf(motto) + 1]!;
    expect(rule.borderBottom?.val).toBe('single');
    const drawnMm = twipsToMm(ruleWidthTwips(rule, cellWidth(cellOf(rule))));
    expect(Math.abs(drawnMm - textWidthMm('Độc lập - Tự do - Hạnh phúc', 13, { bold: true }))).toBeLessThan(1);

    const number = paras.find((p) => p.text.startsWith('Số'))!;
    expect(number.text).toBe('Số: 123/KH-GDĐT');
    expect(number.runs[0]).toMatchObject({ size: 26, bold: false });
    expect(paras.some((p) => p.text === '*')).toBe(false);
  });

  it('prints superior body 13 regular, issuing body 13 bold with a rule 1/3–1/2 of its width', async () => {
    const { paras } = await headerOf(await exportDocx(thanhXuanPlan()));
    expect(paras.find((p) => p.text === 'UBND QUẬN THANH XUÂN')!.runs[0]).toMatchObject({ size: 26, bold: false });
    const issuing = paras.find((p) => p.text === 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO')!;
    expect(issuing.runs[0]).toMatchObject({ size: 26, bold: true });
    const rule = paras[paras.indexOf(issuing) + 1]!;
    expect(rule.borderBottom?.val).toBe('single');
    const ratio = twipsToMm(ruleWidthTwips(rule, cellWidth(cellOf(rule)))) / textWidthMm('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 13, { bold: true });
    expect(ratio).toBeGreaterThanOrEqual(1 / 3 - 0.01);
    expect(ratio).toBeLessThanOrEqual(1 / 2 + 0.01);
  });

  it('keeps the date line 14 italic on the number row, blank day/month kept', async () => {
    const plan = thanhXuanPlan({ number: '', date: { day: null, month: null, year: 2023 } });
    const { parts, paras } = await headerOf(await exportDocx(plan));
    expect(paras.map((p) => p.text)).toContain('Số:      /KH-GDĐT');
    const date = findPara(parts.document, /^Thanh Xuân, ngày/);
    expect(date.text).toBe('Thanh Xuân, ngày      tháng      năm 2023');
    expect(date.runs[0]).toMatchObject({ size: 28, italic: true });
    expect(rulesIn(paras)).toHaveLength(2);
  });
});

describe('header columns', () => {
  it('gives each side room for its widest line, so a body name never wraps', async () => {
    for (const plan of [anLaoPlan(), thanhXuanPlan()]) {
      const { table } = await headerOf(await exportDocx(plan));
      const cols = elements(child(table, 'w:tblGrid')!, 'w:gridCol').map((c) => twipsToMm(Number(attrOf(c, 'w:w'))));
      expect(cols[0]! + cols[1]!).toBeCloseTo(165, 0);
      const left = plan.profile === 'nha-nuoc-nd30' ? textWidthMm('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 13, { bold: true }) : textWidthMm('ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 14);
      expect(cols[0]).toBeGreaterThan(left);
    }
  });
});
