import { describe, expect, it } from 'vitest';
import { bullet, paragraph, ref, text } from '../../../core/model';
import { layoutPlan } from '../../../core/render/layout';
import type { Para } from '../../../core/render/layout-types';
import { anLaoPlan, chiThi32, docSet, dongDaPlan, thanhXuanPlan } from '../../helpers/fixtures';

const texts = (paras: Para[]) => paras.map((p) => p.runs.map((r) => r.text).join(''));

describe('layoutPlan: header', () => {
  it('puts bodies and * on the left of row 1, national title and rule on the right; number | date in row 2', () => {
    const { header } = layoutPlan(anLaoPlan());
    const [row1, row2] = header.rows;
    expect(texts(row1!.left)).toEqual(['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'HUYỆN ỦY AN LÃO', '*']);
    expect(row1!.right.map((p) => p.kind)).toEqual(['national', 'rule']);
    expect(texts(row2!.left)).toEqual(['Số      -KH/HU']);
    expect(texts(row2!.right)).toEqual(['An Lão, ngày      tháng      năm 2024']);
  });

  it('state: rule under the issuing body, two national lines and a rule, no star', () => {
    const { header } = layoutPlan(thanhXuanPlan());
    expect(header.rows[0]!.left.map((p) => p.kind)).toEqual(['superior-body', 'issuing-body', 'rule']);
    expect(texts(header.rows[0]!.right)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '']);
  });
});

describe('layoutPlan: front and body', () => {
  it('resolves the summary from the live reference and lower-cases its first letter for Party', () => {
    const { front } = layoutPlan(anLaoPlan());
    expect(texts(front).map((t) => t.replace(/\n/g, ' '))).toEqual([
      'KẾ HOẠCH',
      'thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030',
      '-----',
    ]);
    // Broken where the clerk broke the signed An Lão plan (/work/shared/examples/an-lao-…txt).
    expect(texts(front)[1]!.split('\n')).toEqual([
      'thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy',
      'về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh,',
      'sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030',
    ]);
  });

  it('follows a changed parent everywhere at once (live references)', () => {
    const plan = anLaoPlan(docSet({ ...chiThi32, number: '33', date: '2024-05-02' }));
    const { front, body } = layoutPlan(plan);
    expect(texts(front)[1]).toContain('Chỉ thị số 33-CT/TU ngày 02/5/2024');
    expect(texts(body)[0]).toContain('Chỉ thị số 33-CT/TU ngày 02/5/2024');
  });

  it('lays out headings depth first with computed numbers and heading levels', () => {
    const { body } = layoutPlan(anLaoPlan());
    const headings = body.filter((p) => p.kind === 'heading');
    expect(texts(headings)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU',
      '1. Mục đích, yêu cầu',
      '2. Mục tiêu',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Các chi, Đảng bộ trực thuộc Huyện ủy',
      '2. Ủy ban nhân dân huyện',
    ]);
    expect(headings.map((p) => p.level)).toEqual([1, 2, 2, 1, 2, 2]);
  });

  it('renumbers when a section is removed: no gap like Thanh Xuân’s 3.1 → 3.3', () => {
    const plan = anLaoPlan();
    plan.sections[0]!.children.splice(0, 1);
    const headings = texts(layoutPlan(plan).body.filter((p) => p.kind === 'heading'));
    expect(headings).toContain('1. Mục tiêu');
  });

  it('does not double a typed bullet marker and skips empty paragraphs', () => {
    const plan = anLaoPlan();
    plan.sections[0]!.children[0]!.body = [bullet('-', text('- Quán triệt Chỉ thị;')), paragraph(text('   '))];
    const { body } = layoutPlan(plan);
    expect(texts(body)).toContain('- Quán triệt Chỉ thị;');
    expect(texts(body).filter((t) => t.trim() === '')).toHaveLength(0);
  });

  it('ends with the plan’s final mark when set, overriding the profile', () => {
    const { body } = layoutPlan(anLaoPlan({ options: { mirrorMargins: false, finalMark: '.' } }));
    const last = texts(body)[body.length - 1]!;
    expect(last.endsWith('đầu tư.')).toBe(true);
  });

  it('uses the body size option within the profile', () => {
    const { body } = layoutPlan(anLaoPlan({ options: { mirrorMargins: false, bodySizePt: 15 } }));
    expect(body.every((p) => p.runs.every((r) => r.sizePt === 15))).toBe(true);
  });

  it('introduces a short name once, in document order', () => {
    const base = { ...chiThi32, shortName: 'Chỉ thị 32' };
    const plan = anLaoPlan({
      ...docSet(base),
      preamble: [paragraph(text('Thực hiện '), ref('citation.full'), text('.'))],
    });
    plan.sections[0]!.children[0]!.body = [paragraph(text('Quán triệt '), ref('citation.short'), text('.'))];
    const all = texts(layoutPlan(plan).body).join('\n');
    expect(all.match(/sau đây/g)).toHaveLength(1);
    expect(texts(layoutPlan(plan).front)[1]).not.toContain('sau đây');
  });
});

describe('layoutPlan: closing', () => {
  it('builds recipient groups with the profile line end and the archive line with "."', () => {
    const { closing } = layoutPlan(dongDaPlan());
    expect(closing.groups.map((g) => g.purpose)).toEqual(['(để b/c)', '(để t/h)']);
    expect(texts(closing.groups[0]!.lines)).toEqual(['- Thành ủy Hà Nội;', '- Ban TG&DV TU;', '- Ban TV ĐU phường;']);
    expect(texts([closing.archive])).toEqual(['- Lưu Ban XDĐ.']);
  });

  it('writes the signature in caps (authority, position) with the name as typed, and omits an empty authority', () => {
    expect(texts(layoutPlan(dongDaPlan()).closing.signature)).toEqual([
      'T/M ĐẢNG ỦY', 'PHÓ BÍ THƯ THƯỜNG TRỰC', '', '', '', '', 'Đinh Nguyên Mạnh',
    ]);
    expect(texts(layoutPlan(thanhXuanPlan()).closing.signature)[0]).toBe('TRƯỞNG PHÒNG');
  });

  it('honours mirror margins only where the profile allows duplex', () => {
    expect(layoutPlan(dongDaPlan()).page.mirrorMargins).toBe(true);
    expect(layoutPlan(thanhXuanPlan({ options: { mirrorMargins: true } })).page.mirrorMargins).toBe(false);
  });
});
