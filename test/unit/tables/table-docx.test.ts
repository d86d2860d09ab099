import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { createAppendix, createTable, mergeCells, paragraph, taskTable, text, type Plan, type TableElement } from '../../../core/model';
import { layoutPlan } from '../../../core/render/layout';
import { attrOf, child, children, elements, readDocx, resolvePara, sectPr } from '../../helpers/docx-xml';
import { anLaoPlan, dongDaPlan, thanhXuanPlan } from '../../helpers/fixtures';

const table: TableElement = {
  ...createTable(3, 3, [
    ['Nội dung', 'Đơn vị', 'Thời gian'],
    ['Tuyên truyền Chỉ thị', 'Ban Tuyên giáo', 'Quý II'],
    ['Sơ kết', 'Văn phòng', 'Tháng 12'],
  ]),
  widths: [50, 30, 20],
};

function withTable(plan: Plan, t: TableElement = table): Plan {
  const [first, ...rest] = plan.sections;
  return { ...plan, sections: [{ ...first!, body: [...first!.body, t, paragraph(text('Đoạn sau bảng.'))] }, ...rest] };
}

describe('a table in a section', () => {
  it('is laid out in the body order with the profile table size and widths filling the text area', () => {
    const doc = layoutPlan(withTable(anLaoPlan()));
    const i = doc.body.findIndex((p) => p.kind === 'table');
    expect(i).toBeGreaterThan(0);
    const t = doc.body[i]!.table!;
    expect(t.widthsMm.reduce((a, b) => a + b, 0)).toBeCloseTo(165, 0);
    expect(t.widthsMm[0]! / t.widthsMm[2]!).toBeCloseTo(2.5, 1);
    expect(t.rows[0]!.header).toBe(true);
    expect(t.rows[1]!.header).toBe(false);
    expect(t.rows[1]!.cells[0]!.paras[0]!.runs[0]).toMatchObject({ text: 'Tuyên truyền Chỉ thị', sizePt: 13 });
    expect(t.rows[0]!.cells[0]!.paras[0]!.runs[0]!.bold).toBe(true);
    expect(doc.body[i + 1]!.runs.map((r) => r.text).join('')).toBe('Đoạn sau bảng.');
  });

  it('is exported as a real Word table with a repeated header row, fixed grid and the "Chữ trong bảng" style', async () => {
    const { document, stylesXml } = await readDocx(await exportDocx(withTable(dongDaPlan())));
    const tables = elements(document, 'w:tbl').filter((t) => elements(t, 'w:tblBorders').length > 0 && elements(t, 'w:t').some((x) => x.textContent === 'Tuyên truyền Chỉ thị'));
    expect(tables).toHaveLength(1);
    const tbl = tables[0]!;
    const rows = children(tbl, 'w:tr');
    expect(rows).toHaveLength(3);
    expect(child(child(rows[0]!, 'w:trPr'), 'w:tblHeader')).toBeDefined();
    expect(child(child(rows[1]!, 'w:trPr'), 'w:tblHeader')).toBeUndefined();
    const grid = elements(tbl, 'w:gridCol').map((g) => Number(attrOf(g, 'w:w')));
    expect(grid).toHaveLength(3);
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(9300);
    expect(stylesXml).toContain('Chữ trong bảng');
    expect(stylesXml).toContain('Tiêu đề cột bảng');
    const cellPara = elements(rows[1]!, 'w:p')[0]!;
    const resolved = resolvePara(cellPara);
    expect(Number(resolved.runs[0]!.size)).toBe(26); // 13 pt
    const headPara = resolvePara(elements(rows[0]!, 'w:p')[0]!);
    expect(headPara.runs[0]!.bold).toBe(true);
    expect(headPara.align).toBe('center');
  });

  it('merged header cells become w:gridSpan and w:vMerge', async () => {
    let t = createTable(3, 4, [['Nhiệm vụ', 'Thời gian', '', 'Ghi chú'], ['', 'Bắt đầu', 'Kết thúc', ''], ['Tuyên truyền', 'Quý I', 'Quý II', '']]);
    t = mergeCells(t, { row: 0, col: 1, rowSpan: 1, colSpan: 2 });
    t = mergeCells(t, { row: 0, col: 0, rowSpan: 2, colSpan: 1 });
    t = { ...t, headerRows: 2 };
    const { document } = await readDocx(await exportDocx(withTable(anLaoPlan(), t)));
    const tbl = elements(document, 'w:tbl').find((x) => elements(x, 'w:t').some((n) => n.textContent === 'Bắt đầu'))!;
    const rows = children(tbl, 'w:tr');
    expect(rows.slice(0, 2).every((r) => child(child(r, 'w:trPr'), 'w:tblHeader'))).toBe(true);
    expect(elements(rows[0]!, 'w:gridSpan').map((g) => attrOf(g, 'w:val'))).toEqual(['2']);
    expect(elements(rows[0]!, 'w:vMerge').map((g) => attrOf(g, 'w:val'))).toEqual(['restart']);
    expect(elements(rows[1]!, 'w:vMerge')).toHaveLength(1);
  });

  it('a table with any number of rows and columns exports every cell once, in order', async () => {
    for (const [r, c] of [[1, 1], [2, 7], [9, 2]] as const) {
      const cells = Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => `ô ${i}.${j}`));
      const { document } = await readDocx(await exportDocx(withTable(thanhXuanPlan(), createTable(r, c, cells))));
      const texts = elements(document, 'w:t').map((x) => x.textContent ?? '').filter((s) => s.startsWith('ô '));
      expect(texts).toEqual(cells.flat());
    }
  });
});

describe('Phụ lục', () => {
  const appendix = (plan: Plan, orientation: 'portrait' | 'landscape' = 'landscape') => ({
    ...plan,
    appendices: [createAppendix('pl1', plan.organisation.citationStyle.commaBeforeDate, { title: 'Phân công nhiệm vụ', orientation, body: [taskTable([{ content: 'Tuyên truyền', lead: 'Ban Tuyên giáo' }])], kind: 'tasks' })],
  });

  it('prints "PHỤ LỤC", the title in caps and the "Kèm theo" line that keeps the blanks of an unsigned plan', () => {
    const doc = layoutPlan(appendix(anLaoPlan()));
    const a = doc.appendices![0]!;
    const texts = a.paras.filter((p) => !p.table).map((p) => p.runs.map((r) => r.text).join(''));
    expect(texts[0]).toBe('PHỤ LỤC');
    expect(texts[1]).toBe('PHÂN CÔNG NHIỆM VỤ');
    expect(texts[2]).toBe('(Kèm theo Kế hoạch số      -KH/HU ngày      tháng      năm 2024 của Ban Thường vụ Huyện ủy)');
  });

  it('the "Kèm theo" line follows the number and date filled in at signing', () => {
    const signed = appendix(dongDaPlan({ number: '7', date: { day: 8, month: 5, year: 2026 } }));
    const a = layoutPlan(signed).appendices![0]!;
    const line = a.paras[2]!.runs.map((r) => r.text).join('');
    expect(line).toMatch(/^\(Kèm theo Kế hoạch số 07-KH\/ĐU, ngày 08\/5\/2026 của /);
  });

  it('a landscape appendix is a new DOCX section with the page turned, and the plan keeps its portrait section', async () => {
    const { document } = await readDocx(await exportDocx(appendix(anLaoPlan())));
    const sects = elements(document, 'w:sectPr');
    expect(sects).toHaveLength(2);
    const first = child(sects[0]!, 'w:pgSz')!;
    const last = child(sectPr(document), 'w:pgSz')!;
    expect(attrOf(first, 'w:w')).toBe('11906');
    expect(attrOf(last, 'w:orient')).toBe('landscape');
    expect(Number(attrOf(last, 'w:w'))).toBeGreaterThan(Number(attrOf(last, 'w:h')));
    // The task table spans the landscape text area (297 − 30 − 15 mm).
    const tbl = elements(document, 'w:tbl').find((x) => elements(x, 'w:t').some((n) => n.textContent === 'Cơ quan chủ trì'))!;
    const grid = elements(tbl, 'w:gridCol').map((g) => Number(attrOf(g, 'w:w')));
    expect(grid).toHaveLength(6);
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(14000);
  });

  it('several appendices are numbered PHỤ LỤC I, II', () => {
    const plan = appendix(anLaoPlan(), 'portrait');
    const two = { ...plan, appendices: [...plan.appendices, { ...plan.appendices[0]!, id: 'pl2' }] };
    const labels = layoutPlan(two).appendices!.map((a) => a.paras[0]!.runs[0]!.text);
    expect(labels).toEqual(['PHỤ LỤC I', 'PHỤ LỤC II']);
  });
});

describe('a table that ends the plan text', () => {
  it('keeps its last row with the closing block (w:keepNext), as the last paragraph would', async () => {
    const plan = anLaoPlan();
    const last = plan.sections.length - 1;
    const s = plan.sections[last]!;
    const lastChild = s.children[s.children.length - 1]!;
    const ended: Plan = {
      ...plan,
      sections: [...plan.sections.slice(0, last), { ...s, children: [...s.children.slice(0, -1), { ...lastChild, body: [...lastChild.body, table] }] }],
    };
    const { document } = await readDocx(await exportDocx(ended));
    const tbl = elements(document, 'w:tbl').find((x) => elements(x, 'w:t').some((n) => n.textContent === 'Sơ kết'))!;
    const rows = children(tbl, 'w:tr');
    const lastRowParas = elements(rows[rows.length - 1]!, 'w:p').map((p) => resolvePara(p));
    expect(lastRowParas.every((p) => p.keepNext)).toBe(true);
    expect(resolvePara(elements(rows[1]!, 'w:p')[0]!).keepNext).toBeFalsy();
  });
});
