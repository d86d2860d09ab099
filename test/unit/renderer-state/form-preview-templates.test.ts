import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../../core/ipc/api';
import type { Organisation } from '../../../core/model';
import { getProfile } from '../../../core/profiles/profile';
import { createRefResolver, leavesText } from '../../../core/render/resolve';
import { lowerFirst, upperFirst } from '../../../core/text/vi-case';
import { createPlanFromTemplate, listTemplates } from '../../../electron/services/template-service';
import { formPreview } from '../../../renderer/state/form-preview';
import { type BaseForm, type FieldInfo, type FieldInput, type NewPlanForm, buildAnswers, emptyBase, initialForm, templateWordingOf } from '../../../renderer/state/new-plan-form';
import { chooseOpening, chooseSummary } from '../../../renderer/state/wording-form';

/**
 * For every template of the templates folder: what the new-plan form previews is what the plan
 * created from the same form prints (summary and opening), with the clerk's choices or without.
 * A template that writes its own opening is never previewed by guess.
 */

const org = (regime: 'dang' | 'nha-nuoc'): Organisation => ({
  superiorBody: regime === 'dang' ? 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI' : 'UBND QUẬN THANH XUÂN',
  issuingBody: regime === 'dang' ? 'ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA' : 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
  symbolCode: regime === 'dang' ? 'ĐU' : 'GDĐT',
  placeName: regime === 'dang' ? 'Đông Đa' : 'Thanh Xuân',
  collective: regime === 'dang' ? 'Đảng ủy phường Đông Đa' : 'Phòng Giáo dục và Đào tạo',
  regime,
  defaultProfile: regime === 'dang' ? 'dang-hd05' : 'nha-nuoc-nd30',
  citationStyle: { commaBeforeDate: false, dateStyle: 'numeric' },
  toneMarks: 'ủy',
  archiveLine: 'Lưu: VT',
  signers: [{ authority: '', position: 'TRƯỞNG PHÒNG', name: '' }],
});

const NQ71: BaseForm = { ...emptyBase(), type: 'Nghị quyết', number: '71', symbol: 'NQ/TW', date: '2025-08-22', issuer: 'Bộ Chính trị', subject: 'về đột phá phát triển giáo dục và đào tạo', shortName: 'Nghị quyết số 71' };
const CTR05: BaseForm = { ...emptyBase(), type: 'Chương trình hành động', number: '05', symbol: 'CTr/TU', date: '2026-01-12', issuer: 'Ban Thường vụ Thành ủy Hà Nội', subject: 'về phát triển giáo dục Thủ đô', shortName: 'Chương trình số 05', parent: NQ71 };

/** Something in every required field, as a clerk would type it. */
function filled(field: FieldInfo): FieldInput {
  if (field.type === 'boolean') return true;
  if (field.type === 'number') return '2030';
  if (field.type === 'object[]') return [Object.fromEntries((field.items ?? []).map((f) => [f.name, f.type === 'boolean' ? true : 'Nội dung']))];
  return 'Nội dung';
}

function formFor(template: TemplateSummary, extra: Partial<NewPlanForm> = {}): NewPlanForm {
  const form = initialForm([template], [{ id: 'o', label: 'O', organisation: org(template.regime), recipients: [] }], 'o', new Date(2026, 1, 1));
  for (const field of template.fields as FieldInfo[]) if (field.required) form.fields[field.name] = filled(field);
  return { ...form, bases: [structuredClone(CTR05)], ...extra };
}

/** Summary and opening of the created plan as the layout resolves them (summary first, then the opening). */
function printed(template: TemplateSummary, form: NewPlanForm): { summary: string; opening: string[] } {
  const plan = createPlanFromTemplate(template.id, buildAnswers(form, template));
  const resolver = createRefResolver(plan);
  const raw = leavesText(resolver.resolveSummary(plan.summary)).trim();
  const letter = getProfile(plan.profile).summary.firstLetter;
  const summary = letter === 'lower' ? lowerFirst(raw) : letter === 'upper' ? upperFirst(raw) : raw;
  return { summary, opening: plan.preamble.map((b) => leavesText(resolver.resolve(b.children))) };
}

describe.each(listTemplates().map((t) => [t.id, t] as const))('the form previews what "%s" prints', (_id, template) => {
  const variants: Array<[string, (t: TemplateSummary) => NewPlanForm]> = [
    ['as the template leaves it', (t) => formFor(t)],
    ['with the clerk’s parts and "gọi là"', (t) => {
      const form = formFor(t);
      const base = templateWordingOf(form, t);
      let wording = chooseOpening(form.wording, base, 'lead', 'Căn cứ');
      wording = chooseOpening(wording, base, 'ending', 'cụ thể như sau:');
      wording = chooseSummary(wording, base, 'date', false);
      return { ...form, wording, organisation: { ...form.organisation, citationStyle: { ...form.organisation.citationStyle, shortNameWord: 'gọi là', chainLink: 'thực hiện' } } };
    }],
    ['with every text field filled', (t) => {
      const form = formFor(t);
      for (const field of t.fields as FieldInfo[]) if (field.type === 'string' || field.type === 'text') form.fields[field.name] = 'triển khai nhiệm vụ năm học';
      return form;
    }],
  ];
  it.each(variants)('%s', (_name, make) => {
    const form = make(template);
    const preview = formPreview(form, template);
    if (!template.wording) {
      expect(preview.wording).toBeUndefined();
      expect(preview.wordingWaiting).toContain('Mẫu này tự viết trích yếu và câu mở đầu');
      return;
    }
    expect(preview.wording).toEqual(printed(template, form));
  });
});
