import { describe, expect, it } from 'vitest';
import type { OrganisationProfile, TemplateSummary } from '../../../core/ipc/api';
import type { Organisation } from '../../../core/model';
import { formPreview } from '../../../renderer/state/form-preview';
import { type BaseForm, type NewPlanForm, buildAnswers, emptyBase, formWording, initialForm, templateWordingOf, validateNewPlanForm } from '../../../renderer/state/new-plan-form';
import { evaluateTemplateValue } from '../../../renderer/state/template-values';
import { chooseOpening, chooseSubject, chooseSummary } from '../../../renderer/state/wording-form';

/**
 * The new-plan form shows each citation, the summary and the opening sentence exactly as the
 * engine will print them, while the clerk types; its wording choices reach the answers only
 * when they change something.
 */

const DONG_DA: Organisation = {
  superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', issuingBody: 'ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA', symbolCode: 'ĐU', placeName: 'Đông Đa',
  collective: 'Đảng ủy phường Đông Đa', regime: 'dang', defaultProfile: 'dang-hd05',
  citationStyle: { commaBeforeDate: false, dateStyle: 'numeric' }, toneMarks: 'ủy', archiveLine: 'Lưu Văn phòng Đảng ủy',
  signers: [{ authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: '' }],
};
const profiles: OrganisationProfile[] = [{ id: 'dong-da', label: 'Đảng ủy phường Đông Đa', organisation: DONG_DA, recipients: [] }];

/** As templates.list() gives a template that composes its opening from parts. */
const composed: TemplateSummary = {
  id: 'dang-ke-hoach-thuc-hien', name: 'Kế hoạch thực hiện', planType: 'Kế hoạch', regime: 'dang', defaultProfile: 'dang-hd05',
  fields: [
    { name: 'summaryLead', label: 'Từ dẫn trích yếu', type: 'string', required: false, default: 'thực hiện' },
    { name: 'issueVerb', label: 'Động từ', type: 'string', required: false, default: 'ban hành' },
    { name: 'summaryText', label: 'Trích yếu riêng', type: 'string', required: false },
  ],
  sections: [],
  wording: {
    opening: { verb: '{{issueVerb}}', name: 'implements-type' },
    summary: { lead: '{{summaryLead}}', form: '{{#if summaryText}}subject{{else}}cite{{/if}}' },
    subject: '{{summaryText}}',
  },
};
/** A template that writes its opening by hand (no `wording`). */
const handWritten: TemplateSummary = { ...composed, id: 'tu-viet', wording: undefined };

const NQ71: BaseForm = { ...emptyBase(), type: 'Nghị quyết', number: '71', symbol: 'NQ/TW', date: '2025-08-22', issuer: 'Bộ Chính trị', subject: 'về đột phá phát triển giáo dục và đào tạo' };
const CTR05: BaseForm = { ...emptyBase(), type: 'Chương trình hành động', number: '05', symbol: 'CTr/TU', date: '2026-01-12', issuer: 'Ban Thường vụ Thành ủy Hà Nội', subject: '', parent: NQ71 };
const CHAIN = 'Chương trình hành động số 05-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo';

function form(template: TemplateSummary = composed, bases: BaseForm[] = [CTR05]): NewPlanForm {
  return { ...initialForm([template], profiles, 'dong-da', new Date(2026, 1, 1)), bases: structuredClone(bases) };
}

describe('template wording values in the form', () => {
  it('renders plain text, a field, and if/else over the fields as typed', () => {
    expect(evaluateTemplateValue('{{issueVerb}}', { issueVerb: 'xây dựng' })).toBe('xây dựng');
    expect(evaluateTemplateValue('{{#if summaryText}}subject{{else}}cite{{/if}}', { summaryText: '' })).toBe('cite');
    expect(evaluateTemplateValue('{{#if summaryText}}subject{{else}}cite{{/if}}', { summaryText: 'tổng kết năm học' })).toBe('subject');
    expect(evaluateTemplateValue('{{#if planPurpose}}, {{planPurpose}}{{/if}}', { planPurpose: 'triển khai nhiệm vụ' })).toBe(', triển khai nhiệm vụ');
    expect(evaluateTemplateValue('như   sau:', {})).toBe('như sau:');
  });

  it('gives up on anything beyond fields and if/else, so the regime default applies', () => {
    expect(evaluateTemplateValue('{{cite "full"}}', {})).toBeUndefined();
    expect(evaluateTemplateValue('{{upper issueVerb}}', { issueVerb: 'x' })).toBeUndefined();
    expect(evaluateTemplateValue('{{#if a}}x', { a: true })).toBeUndefined();
    const f = form();
    f.fields.issueVerb = '';
    const template = { ...composed, wording: { opening: { verb: '{{upper issueVerb}}' } } };
    expect(templateWordingOf(f, template).opening.verb).toBe('ban hành'); // Party default
  });

  it('follows the field the template names: its default until the clerk types one', () => {
    const f = form();
    expect(formWording(f, composed).opening.verb).toBe('ban hành');
    f.fields.issueVerb = 'xây dựng';
    expect(formWording(f, composed).opening.verb).toBe('xây dựng');
    f.fields.summaryText = 'củng cố tổ chức cơ sở đảng';
    expect(formWording(f, composed)).toMatchObject({ subject: 'củng cố tổ chức cơ sở đảng', summary: { form: 'subject' } });
  });
});

describe('citations, summary and opening as they will print', () => {
  it('shows the full citation of a base and of the document it implements', () => {
    const p = formPreview(form(), composed);
    expect(p.documents['base-0']).toEqual({ citation: CHAIN });
    expect(p.documents['base-0-parent']?.citation).toBe('Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo');
    expect(p.wording?.summary).toBe(`thực hiện ${CHAIN}`);
    expect(p.wording?.opening).toEqual([`Thực hiện ${CHAIN}, Đảng ủy phường Đông Đa ban hành Kế hoạch thực hiện Chương trình hành động như sau:`]);
  });

  it('keeps the chain once the parent has a subject of its own, and says so', () => {
    const f = form();
    f.bases[0]!.subject = 'về phát triển giáo dục và đào tạo đến năm 2030';
    const p = formPreview(f, composed);
    expect(p.documents['base-0']?.citation).toBe(CHAIN);
    expect(p.documents['base-0']?.chain).toBe('về thực hiện Nghị quyết số 71-NQ/TW');
    expect(p.wording?.opening[0]).toContain(CHAIN);
    // The document it implements has no chain: nothing to explain there.
    expect(p.documents['base-0-parent']?.chain).toBeUndefined();
  });

  it('follows the organisation’s conventions: chain word, "gọi là", the date in words', () => {
    const f = form();
    f.bases[0]!.shortName = 'Chương trình hành động số 05';
    f.organisation.citationStyle = { ...f.organisation.citationStyle, chainLink: 'thực hiện', shortNameWord: 'gọi là', dateStyle: 'words' };
    const p = formPreview(f, composed);
    expect(p.wording?.opening[0]).toContain('Ban Thường vụ Thành ủy Hà Nội thực hiện Nghị quyết số 71-NQ/TW ngày 22 tháng 8 năm 2025');
    expect(p.wording?.opening[0]).toContain('(sau đây gọi là Chương trình hành động số 05)');
  });

  it('recomposes the opening from the parts the clerk picks, and the summary without the date', () => {
    const f = form();
    const base = templateWordingOf(f, composed);
    let choices = chooseOpening(f.wording, base, 'lead', 'Căn cứ');
    choices = chooseOpening(choices, base, 'ending', 'cụ thể như sau:');
    choices = chooseSummary(choices, base, 'date', false);
    const p = formPreview({ ...f, wording: choices }, composed);
    expect(p.wording?.opening).toEqual([`Căn cứ ${CHAIN};`, 'Đảng ủy phường Đông Đa ban hành Kế hoạch thực hiện Chương trình hành động cụ thể như sau:']);
    expect(p.wording?.summary).not.toContain('12/01/2026');
  });

  it('waits for the dates before citing, naming the document whose date is missing', () => {
    const f = form();
    f.bases[0]!.parent!.date = '';
    const p = formPreview(f, composed);
    expect(p.documents['base-0']).toEqual({ citation: null, waiting: 'Chọn ngày ban hành của Nghị quyết số 71-NQ/TW mà văn bản này thực hiện để xem câu trích dẫn.' });
    expect(p.documents['base-0-parent']?.waiting).toBe('Chọn ngày ban hành của văn bản này để xem câu trích dẫn.');
    expect(p.wording).toBeUndefined();
    expect(p.wordingWaiting).toMatch(/^Chọn ngày ban hành/);
  });

  it('does not guess the opening of a template that writes its own', () => {
    const p = formPreview(form(handWritten), handWritten);
    expect(p.documents['base-0']?.citation).toBe(CHAIN);
    expect(p.wording).toBeUndefined();
    expect(p.wordingWaiting).toContain('Mẫu này tự viết trích yếu và câu mở đầu');
  });
});

describe('answers carry only what the clerk changed', () => {
  it('sends no wording while the clerk chooses nothing, and the organisation’s conventions with the organisation', () => {
    const f = form();
    f.organisation.citationStyle = { ...f.organisation.citationStyle, shortNameWord: 'gọi là' };
    const answers = buildAnswers(f, composed, () => 'id');
    expect(answers.wording).toBeUndefined();
    expect(answers.organisation.citationStyle).toEqual({ commaBeforeDate: false, dateStyle: 'numeric', shortNameWord: 'gọi là' });
  });

  it('sends the parts changed, and forgets a part set back to what the template prints', () => {
    const f = form();
    const base = templateWordingOf(f, composed);
    let choices = chooseOpening(f.wording, base, 'ending', ' cụ thể   như sau: ');
    choices = chooseOpening(choices, base, 'verb', 'xây dựng');
    choices = chooseSubject(choices, base, 'củng cố, kiện toàn tổ chức');
    choices = chooseOpening(choices, base, 'verb', 'ban hành'); // back to the template's
    expect(buildAnswers({ ...f, wording: choices }, composed, () => 'id').wording).toEqual({ opening: { ending: 'cụ thể như sau:' }, subject: 'củng cố, kiện toàn tổ chức' });
    // A template writing its own opening would ignore the parts: none are sent.
    expect(buildAnswers({ ...f, wording: choices }, handWritten, () => 'id').wording).toBeUndefined();
  });

  it('refuses an empty part, in Vietnamese', () => {
    const f = form();
    const choices = chooseOpening(f.wording, templateWordingOf(f, composed), 'verb', '  ');
    expect(validateNewPlanForm({ ...f, wording: choices }, composed)).toContain('Câu mở đầu và trích yếu: Thiếu động từ (ví dụ "ban hành", "xây dựng").');
  });
});
