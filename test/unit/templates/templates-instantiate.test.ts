import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../core/model';
import { createPlanFromTemplate, listTemplates } from '../../../electron/services/template-service';
import { planLines } from './plan-text';
import { actionProgrammeAnswers, anLaoAnswers, dongDaAnswers, shortPlanAnswers, thanhXuanAnswers } from './sample-answers';

// Wording below is copied from /work/shared/examples (the real signed plans).

describe('shipped templates', () => {
  it('lists the four templates with Vietnamese field labels', () => {
    const list = listTemplates();
    expect(list.map((t) => t.id)).toEqual(['dang-chuong-trinh-hanh-dong', 'dang-ke-hoach-ngan', 'dang-ke-hoach-thuc-hien', 'nha-nuoc-ke-hoach']);
    const kh = list.find((t) => t.id === 'dang-ke-hoach-thuc-hien');
    expect(kh?.fields.find((f) => f.name === 'units')).toMatchObject({ label: expect.stringContaining('Đơn vị thực hiện'), required: true });
  });

  it('dang-ke-hoach-thuc-hien builds the An Lão plan: summary, opening sentence, sections and closing sentence', () => {
    const plan = createPlanFromTemplate('dang-ke-hoach-thuc-hien', anLaoAnswers());
    expect(planSchema.safeParse(plan).success).toBe(true);
    const { summary, lines } = planLines(plan);
    expect(summary).toBe(
      'thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030',
    );
    expect(lines[0]).toBe(
      'Thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Chỉ thị như sau:',
    );
    expect(lines).toContain('I. Mục đích, yêu cầu, mục tiêu');
    expect(lines).toContain('1. Mục đích, yêu cầu');
    expect(lines).toContain('2. Mục tiêu');
    expect(lines).toContain('II. Nhiệm vụ, giải pháp trọng tâm');
    expect(lines).toContain(
      '1. Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền các cấp và các trường học, nhất là người đứng đầu trong công tác xây dựng Đảng trong trường học và công tác giáo dục chính trị tư tưởng đối với học sinh.',
    );
    expect(lines).toContain('III. Tổ chức thực hiện');
    expect(lines).toContain('1. Các chi, Đảng bộ trực thuộc Huyện ủy');
    expect(lines).toContain('- Tổ chức nghiên cứu, quán triệt, tuyên truyền sâu rộng Chỉ thị tới cán bộ, đảng viên và Nhân dân trên địa bàn.');
    expect(lines).toContain('4. Cấp ủy, Hội đồng trường, Ban Giám hiệu các trường học');
    expect(lines).toContain('5. Chế độ thông tin, báo cáo');
    expect(lines[lines.length - 1]).toBe(
      'Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Ban Tổ chức Huyện ủy, Ban Thường vụ Huyện đoàn theo dõi, đôn đốc, kiểm tra, giám sát việc thực hiện Chỉ thị này, định kỳ báo cáo Ban Thường vụ Huyện ủy.',
    );
    // Drafts are printed before the number and day are known.
    expect(plan.number).toBe('');
    expect(plan.date).toEqual({ day: null, month: null, year: 2024 });
    expect(plan.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Văn Tuấn' });
  });

  it('references stay live: changing the parent in the plan changes every mention', () => {
    const plan = createPlanFromTemplate('dang-ke-hoach-thuc-hien', anLaoAnswers());
    plan.documents[0]!.number = '33';
    const { summary, lines } = planLines(plan);
    expect(summary).toContain('Chỉ thị số 33-CT/TU');
    expect(lines[0]).toContain('Chỉ thị số 33-CT/TU');
    expect(lines.join('\n')).not.toContain('32-CT/TU');
  });

  it('dang-ke-hoach-thuc-hien without goals gives the Đông Đa shape, chained citation of the grandparent', () => {
    const plan = createPlanFromTemplate('dang-ke-hoach-thuc-hien', dongDaAnswers());
    expect(planSchema.safeParse(plan).success).toBe(true);
    const { summary, lines } = planLines(plan);
    expect(summary).toMatch(/^triển khai thực hiện Chương trình hành động số 05-CTr\/TU ngày 12\/01\/2026 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ\/TW ngày 22\/8\/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo/);
    expect(lines[0]).toMatch(
      /^Thực hiện Chương trình hành động số 05-CTr\/TU ngày 12\/01\/2026 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ\/TW ngày 22\/8\/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, Đảng ủy phường Đông Đa ban hành Kế hoạch triển khai thực hiện/,
    );
    expect(lines).toContain('I. Mục đích, yêu cầu');
    expect(lines).not.toContain('2. Mục tiêu');
    expect(lines).toContain('II. Nhiệm vụ, giải pháp chủ yếu');
    expect(lines).toContain(
      '1. Tăng cường công tác tuyên truyền, quán triệt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về phát triển giáo dục và đào tạo',
    );
    expect(lines).toContain('3. Công an Phường');
    expect(lines).toContain('4. Chế độ thông tin, báo cáo');
    // Đông Đa writes unit tasks as plain paragraphs, not "-" lines.
    expect(lines).toContain('Chỉ đạo toàn diện việc triển khai thực hiện Chương trình hành động của Thành ủy.');
    expect(lines.join('\n')).toContain('báo cáo kết quả thực hiện về Đảng ủy phường (qua Ban Xây dựng Đảng) để tổng hợp báo cáo cấp trên theo quy định.');
  });

  it('dang-chuong-trinh-hanh-dong has the goals tree 2030 / 2035 / 2045 with a) b) and "- Về …:" items', () => {
    const plan = createPlanFromTemplate('dang-chuong-trinh-hanh-dong', actionProgrammeAnswers());
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.type).toBe('Chương trình hành động');
    const { lines } = planLines(plan);
    expect(lines[0]).toBe(
      'Thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, Ban Thường vụ Thành ủy xây dựng Chương trình hành động thực hiện Nghị quyết số 71-NQ/TW như sau:',
    );
    const at = (line: string): number => lines.indexOf(line);
    expect(at('II. Mục tiêu')).toBeGreaterThan(at('I. Mục đích, yêu cầu'));
    expect(at('1. Mục tiêu đến năm 2030')).toBeGreaterThan(at('II. Mục tiêu'));
    expect(at('a) Mục tiêu tổng quát')).toBeGreaterThan(at('1. Mục tiêu đến năm 2030'));
    expect(at('b) Một số mục tiêu cụ thể')).toBeGreaterThan(at('a) Mục tiêu tổng quát'));
    expect(lines).toContain('- Về giáo dục mầm non: phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi.');
    expect(at('2. Mục tiêu đến năm 2035')).toBeGreaterThan(at('b) Một số mục tiêu cụ thể'));
    expect(at('3. Tầm nhìn đến năm 2045')).toBeGreaterThan(at('2. Mục tiêu đến năm 2035'));
    expect(at('III. Nhiệm vụ, giải pháp chủ yếu')).toBeGreaterThan(at('3. Tầm nhìn đến năm 2045'));
    expect(at('IV. Tổ chức thực hiện')).toBeGreaterThan(at('III. Nhiệm vụ, giải pháp chủ yếu'));
  });

  it('horizon years are fields: 2031 moves the heading', () => {
    const answers = actionProgrammeAnswers();
    answers.fields.horizon1 = 2031;
    const { lines } = planLines(createPlanFromTemplate('dang-chuong-trinh-hanh-dong', answers));
    expect(lines).toContain('1. Mục tiêu đến năm 2031');
  });

  it('dang-ke-hoach-ngan: I. Mục đích, yêu cầu / II. Nội dung / III. Tổ chức thực hiện with run-in units', () => {
    const plan = createPlanFromTemplate('dang-ke-hoach-ngan', shortPlanAnswers());
    expect(planSchema.safeParse(plan).success).toBe(true);
    const { lines } = planLines(plan);
    expect(lines).toEqual(expect.arrayContaining(['I. Mục đích, yêu cầu', '1. Mục đích', '2. Yêu cầu', 'II. Nội dung', 'III. Tổ chức thực hiện']));
    expect(lines).toContain('1. Các chi, Đảng bộ trực thuộc Huyện ủy: Tổ chức nghiên cứu, quán triệt Chỉ thị tới cán bộ, đảng viên.');
    expect(lines[lines.length - 1]).toMatch(/^Giao Ban Tuyên giáo Huyện ủy chủ trì .* định kỳ báo cáo Ban Thường vụ Huyện ủy\.$/);
  });

  it('nha-nuoc-ke-hoach builds the Thanh Xuân shape: A./B. with 1., 1.1., C. with I., II. and the closing sentence', () => {
    const plan = createPlanFromTemplate('nha-nuoc-ke-hoach', thanhXuanAnswers());
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.profile).toBe('nha-nuoc-nd30');
    const { summary, lines } = planLines(plan);
    expect(summary).toBe('Thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh ngành Giáo dục và Đào tạo Thanh Xuân năm học 2023-2024');
    expect(lines[0]).toContain('Công văn số 3360/SGDĐT-CTTT ngày 15/9/2023 của Sở Giáo dục và Đào tạo Hà Nội');
    expect(lines[0]).toMatch(/Kế hoạch số 195\/KH-UBND ngày 28\/8\/2023 của UBND quận Thanh Xuân về nhiệm vụ năm học 2023-2024,$/);
    expect(lines[1]).toBe(
      'Phòng GDĐT xây dựng kế hoạch, hướng dẫn các nhà trường, các cơ sở giáo dục trên địa bàn quận thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh năm học 2023-2024 như sau:',
    );
    expect(lines).toContain('A. Nhiệm vụ chung');
    expect(lines).toContain(
      '1. Triển khai thực hiện hiệu quả các văn bản quy phạm pháp luật về thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh.',
    );
    expect(lines).toContain('B. Nhiệm vụ, giải pháp cụ thể');
    expect(lines).toContain('1. Công tác giáo dục chính trị, tư tưởng, văn hóa');
    expect(lines).toContain('1.2. Tổ chức các hoạt động học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.');
    expect(lines).toContain('2.1. Các đơn vị triển khai thực hiện các quy định về phòng, chống bạo lực, xâm hại cho học sinh trong trường học.');
    expect(lines).toContain('C. Tổ chức thực hiện');
    expect(lines).toContain('I. Đối với Phòng GDĐT');
    expect(lines).toContain('II. Đối với các nhà trường, các cơ sở giáo dục');
    expect(lines[lines.length - 1]).toBe('Trong quá trình thực hiện nếu có khó khăn, vướng mắc cần báo cáo với lãnh đạo phòng GDĐT để kịp thời giải quyết.');
  });

  it('never types numbers into titles: every heading number comes from the tree', () => {
    for (const [id, answers] of [
      ['dang-ke-hoach-thuc-hien', anLaoAnswers()],
      ['dang-chuong-trinh-hanh-dong', actionProgrammeAnswers()],
      ['nha-nuoc-ke-hoach', thanhXuanAnswers()],
    ] as const) {
      const plan = createPlanFromTemplate(id, answers);
      const titles: string[] = [];
      const walk = (ss: typeof plan.sections): void => ss.forEach((s) => (titles.push(s.title), walk(s.children)));
      walk(plan.sections);
      for (const title of titles) expect(title).not.toMatch(/^([IVX]+|[A-Z]|\d+(\.\d+)*|[a-z])[.)]\s/);
    }
  });
});
