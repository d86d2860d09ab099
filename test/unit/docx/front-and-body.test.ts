import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { bullet, paragraph, text } from '../../../core/model';
import { elements, findPara, inTable, paragraphs, readDocx, type ParaInfo } from '../../helpers/docx-xml';
import { anLaoPlan, dongDaPlan, thanhXuanPlan } from '../../helpers/fixtures';

// format-profiles.md §2 (front block) and §3 (body).

/** Paragraphs outside the header and closing tables, in order. */
async function looseParagraphs(bytes: Uint8Array): Promise<ParaInfo[]> {
  const { document } = await readDocx(bytes);
  const body = elements(document, 'w:body')[0]!;
  return paragraphs(body).filter((p) => !inTable(p));
}

describe('front block', () => {
  it('Party: KẾ HOẠCH caps 15 bold centred, summary bold 14 starting lower-case, then exactly five hyphens', async () => {
    const paras = await looseParagraphs(await exportDocx(dongDaPlan()));
    const title = paras.find((p) => p.text === 'KẾ HOẠCH')!;
    expect(title.align).toBe('center');
    expect(title.runs[0]).toMatchObject({ size: 30, bold: true });
    const summary = paras[paras.indexOf(title) + 1]!;
    // The layout's line breaks are <w:br/>; the words are the summary's.
    expect(summary.text.replace(/\n/g, ' ')).toMatch(/^triển khai thực hiện Chương trình hành động số 05-CTr\/TU, ngày 12\/01\/2026/);
    expect(summary.align).toBe('center');
    expect(summary.runs.every((r) => r.bold && r.size === 28)).toBe(true);
    const hyphens = paras[paras.indexOf(summary) + 1]!;
    expect(hyphens.text).toBe('-----');
    expect(hyphens.align).toBe('center');
  });

  it('prints CHƯƠNG TRÌNH HÀNH ĐỘNG and the author line in caps bold', async () => {
    const paras = await looseParagraphs(
      await exportDocx(dongDaPlan({ type: 'Chương trình hành động', authorLine: 'của Ban Thường vụ Đảng ủy phường Phù Liễn' })),
    );
    const title = paras.find((p) => p.text === 'CHƯƠNG TRÌNH HÀNH ĐỘNG')!;
    const author = paras[paras.indexOf(title) + 1]!;
    expect(author.text).toBe('CỦA BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG PHÙ LIỄN');
    expect(author.runs[0]).toMatchObject({ bold: true, size: 28 });
  });

  it('state: KẾ HOẠCH 14 bold, summary in sentence case, a short centred rule under it and no hyphens', async () => {
    const paras = await looseParagraphs(await exportDocx(thanhXuanPlan()));
    const title = paras.find((p) => p.text === 'KẾ HOẠCH')!;
    expect(title.runs[0]).toMatchObject({ size: 28, bold: true });
    const summary = paras[paras.indexOf(title) + 1]!;
    expect(summary.text).toMatch(/^Thực hiện nhiệm vụ giáo dục chính trị/);
    const rule = paras[paras.indexOf(summary) + 1]!;
    expect(rule.text).toBe('');
    expect(rule.borderBottom?.val).toBe('single');
    expect(rule.indent.left).toBe(rule.indent.right);
    expect(paras.some((p) => p.text === '-----')).toBe(false);
  });
});

describe('body', () => {
  it('Party: justified, first line 10 mm (567), 6 pt after, exactly 18 pt lines (360 exact), 14 pt', async () => {
    const paras = await looseParagraphs(await exportDocx(anLaoPlan()));
    const opening = paras.find((p) => p.text.startsWith('Thực hiện Chỉ thị'))!;
    expect(opening.align).toBe('both');
    expect(opening.indent.firstLine).toBe(567);
    expect(opening.spacing).toMatchObject({ after: 120, line: 360, lineRule: 'exact' });
    expect(opening.runs.every((r) => r.size === 28 && !r.bold)).toBe(true);
  });

  it('state: 1.15 lines (276 auto) and the profile first-line indent', async () => {
    const paras = await looseParagraphs(await exportDocx(thanhXuanPlan()));
    const opening = paras.find((p) => p.text.startsWith('Thực hiện Quyết định'))!;
    expect(opening.align).toBe('both');
    expect(opening.spacing).toMatchObject({ after: 120, line: 276, lineRule: 'auto' });
    expect(opening.indent.firstLine).toBe(720);
  });

  it('prints headings per level: "I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU" caps bold, "1. Mục đích, yêu cầu" bold, kept with the next line', async () => {
    const paras = await looseParagraphs(await exportDocx(anLaoPlan()));
    const top = paras.find((p) => p.text === 'I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU')!;
    expect(top.runs[0]!.bold).toBe(true);
    expect(top.keepNext).toBe(true);
    const second = paras.find((p) => p.text === '1. Mục đích, yêu cầu')!;
    expect(second.runs[0]!.bold).toBe(true);
    expect(paras.map((p) => p.text)).toContain('II. TỔ CHỨC THỰC HIỆN');
  });

  it('state letters the top level (A., B., C.) and runs "1.1." into its paragraph with the text regular', async () => {
    const paras = await looseParagraphs(await exportDocx(thanhXuanPlan()));
    expect(paras.map((p) => p.text)).toEqual(expect.arrayContaining(['A. NHIỆM VỤ CHUNG', 'B. NHIỆM VỤ, GIẢI PHÁP CỤ THỂ', 'C. TỔ CHỨC THỰC HIỆN']));
    const runIn = paras.find((p) => p.text.startsWith('1.1. Đổi mới'))!;
    // Number and text both regular (they may share one run: they look the same).
    expect(runIn.runs.every((r) => !r.bold)).toBe(true);
  });

  it('runs a titled unit "1. Ủy ban nhân dân phường: " into its first paragraph, heading bold and text regular', async () => {
    const paras = await looseParagraphs(await exportDocx(dongDaPlan()));
    const p = paras.find((x) => x.text.startsWith('1. Ủy ban nhân dân phường: Chủ trì'))!;
    expect(p.runs[0]).toMatchObject({ text: '1. Ủy ban nhân dân phường: ', bold: true });
    expect(p.runs[1]!.bold).toBe(false);
  });

  it('starts bullets with "- " and "+ " and the same first-line indent as body text', async () => {
    const plan = anLaoPlan();
    plan.sections[0]!.children[0]!.body = [bullet('-', text('Quán triệt Chỉ thị.')), bullet('+', text('Tuyên truyền sâu rộng.'))];
    const paras = await looseParagraphs(await exportDocx(plan));
    const minus = paras.find((p) => p.text === '- Quán triệt Chỉ thị.')!;
    expect(minus.indent.firstLine).toBe(567);
    expect(paras.map((p) => p.text)).toContain('+ Tuyên truyền sâu rộng.');
  });

  it('ends the last paragraph with the final mark of the profile, replacing a typed "." or "./."', async () => {
    const hd36 = await looseParagraphs(await exportDocx(anLaoPlan()));
    expect(hd36[hd36.length - 1]!.text).toMatch(/nguồn lực đầu tư\.\/\.$/);
    const hd05 = await looseParagraphs(await exportDocx(dongDaPlan()));
    expect(hd05[hd05.length - 1]!.text).toMatch(/triển khai thực hiện Kế hoạch\.$/);
    expect(hd05[hd05.length - 1]!.text).not.toMatch(/\.\.$/);
    const typed = thanhXuanPlan();
    typed.sections[2]!.body = [paragraph(text('Báo cáo kịp thời./.'))];
    const nd30 = await looseParagraphs(await exportDocx({ ...typed, options: { mirrorMargins: false, finalMark: '.' } }));
    expect(nd30[nd30.length - 1]!.text).toBe('Báo cáo kịp thời.');
  });

  it('writes the organisation tone marks: "Huyện uỷ" typed becomes "Huyện ủy"', async () => {
    const plan = anLaoPlan({ preamble: [paragraph(text('Ban Thường vụ Huyện uỷ ban hành Kế hoạch.'))] });
    const { document } = await readDocx(await exportDocx(plan));
    expect(findPara(document, /^Ban Thường vụ/).text).toBe('Ban Thường vụ Huyện ủy ban hành Kế hoạch.');
  });
});
