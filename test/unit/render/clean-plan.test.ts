import { describe, expect, it } from 'vitest';
import { paragraph, text } from '../../../core/model';
import { cleanPlanText } from '../../../core/render/clean-plan';
import { layoutPlan } from '../../../core/render/layout';
import { paraText } from '../../../core/render/layout-para';
import { anLaoPlan } from '../../helpers/fixtures';

// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every string of a value, depth first. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

const dirty = (s: string): string => `${s.normalize('NFD')}\uFFFE\u0001\uD800`;

describe('cleanPlanText', () => {
  it('cleans every text of the plan, wherever it sits, and leaves the input alone', () => {
    const plan = anLaoPlan({
      type: 'Kế hoạch',
      authorLine: dirty('của Ban Thường vụ Huyện ủy'),
      preamble: [paragraph(text(dirty('Thực hiện Chỉ thị')))],
      recipients: [{ purpose: dirty('để b/c'), display: 'brace', items: [dirty('Ban Tuyên giáo Thành ủy')] }],
      marks: { circulation: dirty('Tài liệu hội nghị') },
    });
    plan.organisation = { ...plan.organisation, issuingBody: dirty('HUYỆN ỦY AN LÃO') };
    plan.signature = { ...plan.signature, name: dirty('Trần Văn Tuấn') };
    const before = JSON.stringify(plan);
    const cleaned = cleanPlanText(plan);
    expect(JSON.stringify(plan)).toBe(before);
    for (const s of strings(cleaned)) {
      expect(s).not.toMatch(XML_INVALID);
      expect(s.normalize('NFC')).toBe(s);
    }
    expect(cleaned.organisation.issuingBody).toBe('HUYỆN ỦY AN LÃO');
    expect(cleaned.recipients[0]!.items[0]).toBe('Ban Tuyên giáo Thành ủy');
  });

  it('returns a clean plan itself, and shares untouched parts', () => {
    const plan = anLaoPlan();
    expect(cleanPlanText(plan)).toBe(plan);
    const changed = cleanPlanText({ ...plan, number: '\u0001' });
    expect(changed.number).toBe('');
    expect(changed.sections).toBe(plan.sections);
  });

  it('keeps ids as they are, so the preview still finds the section a paragraph came from', () => {
    const plan = anLaoPlan();
    plan.sections = [{ ...plan.sections[0]!, id: 'mục\u0001', title: dirty('Mục đích') }];
    const laid = layoutPlan(plan);
    const heading = laid.body.find((p) => p.kind === 'heading');
    expect(heading?.sourceId).toBe('mục\u0001');
    expect(paraText(heading!)).toMatch(/MỤC ĐÍCH$/);
  });

  it('layout prints no forbidden character in any paragraph, header or closing line', () => {
    const plan = anLaoPlan({
      summary: [text(dirty('thực hiện Chỉ thị'))],
      recipients: [{ purpose: dirty('để b/c'), display: 'brace', items: [dirty('Ban Tuyên giáo Thành ủy'), dirty('TT Huyện ủy')] }],
    });
    plan.organisation = { ...plan.organisation, superiorBody: dirty('ĐẢNG BỘ THÀNH PHỐ'), placeName: dirty('An Lão'), archiveLine: dirty('Lưu VP') };
    for (const s of strings(layoutPlan(plan))) expect(s).not.toMatch(XML_INVALID);
  });
});
