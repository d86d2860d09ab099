import { describe, expect, it } from 'vitest';
import { createPlanFromTemplate } from '../../../electron/services/template-service';
import { planLines } from './plan-text';
import { actionProgrammeAnswers, anLaoAnswers } from './sample-answers';

// "Kỳ báo cáo" is printed once, as the clerk typed it, before "báo cáo kết quả thực hiện về …".
const cases = [
  ['dang-ke-hoach-thuc-hien', anLaoAnswers],
  ['dang-chuong-trinh-hanh-dong', actionProgrammeAnswers],
] as const;

describe('"Chế độ thông tin, báo cáo": the reporting period', () => {
  for (const [template, answers] of cases) {
    const reportLine = (reportPeriod?: string): string => {
      const a = answers();
      if (reportPeriod === undefined) delete a.fields.reportPeriod;
      else a.fields.reportPeriod = reportPeriod;
      const { lines } = planLines(createPlanFromTemplate(template, a));
      return lines.find((l) => l.includes('báo cáo kết quả thực hiện về')) ?? '';
    };

    it(`${template}: by default prints the real plans' wording "định kỳ 6 tháng và hằng năm báo cáo"`, () => {
      expect(reportLine()).toContain('tổ chức triển khai thực hiện; định kỳ 6 tháng và hằng năm báo cáo kết quả thực hiện về');
    });

    it(`${template}: "định kỳ 6 tháng" prints "định kỳ" once`, () => {
      const line = reportLine('định kỳ 6 tháng');
      expect(line).toContain('thực hiện; định kỳ 6 tháng báo cáo kết quả thực hiện về');
      expect(line).not.toMatch(/định kỳ\s+định kỳ/);
    });

    it(`${template}: "6 tháng và hằng năm" prints once, as typed`, () => {
      const line = reportLine('6 tháng và hằng năm');
      expect(line).toContain('thực hiện; 6 tháng và hằng năm báo cáo kết quả thực hiện về');
      expect(line.match(/6 tháng/g)).toHaveLength(1);
    });
  }
});
