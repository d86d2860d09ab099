import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../../core/ipc/api';
import { defaultSettings } from '../../../core/ipc/default-settings';
import type { NestedDocument } from '../../../core/model';
import { baseFieldErrors, buildAnswers, emptyBase, initialForm, validateNewPlanForm } from '../../../renderer/state/new-plan-form';
import { RECENT_DOCUMENTS_KEPT, adoptSavedOffice, documentLabel, documentToBase, rememberOffice } from '../../../renderer/state/office-memory';
import { deleteProfile, hasErrors, newProfile, saveProfile, validateProfile } from '../../../renderer/state/office-settings';
import { organisationFieldErrors } from '../../../renderer/state/organisation-fields';
import { anLaoOrg, dongDaOrg } from '../../helpers/fixtures';

/**
 * The office is remembered: what a plan was created with (organisation, signer, recipients,
 * parent documents) comes back in the next new-plan form, and the settings screen edits it.
 */

const ids = () => { let n = 0; return () => `id-${++n}`; };

const KL: NestedDocument = { id: 'k', type: 'Kết luận', regime: 'dang', number: '14', symbol: 'KL/TW', date: '2021-09-22', issuer: 'Bộ Chính trị', subject: 'về chủ trương khuyến khích' };
const CT32: NestedDocument = { id: 'c', type: 'Chỉ thị', regime: 'dang', number: '32', symbol: 'CT/TU', date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy', subject: 'về việc tăng cường', implements: KL };
const RECIPIENTS = [{ purpose: 'để b/c', display: 'brace' as const, items: ['Ban Thường vụ Thành ủy'] }];
const typedAnLao = { ...anLaoOrg, signers: [] };
const signer = { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Văn Tuấn' };

const template: TemplateSummary = { id: 't', name: 'Kế hoạch', planType: 'Kế hoạch', regime: 'dang', defaultProfile: 'dang-hd05', fields: [], sections: [] };

describe('remembering the office after a plan is created', () => {
  it('saves a typed organisation with the signer, the recipients and the parent documents, and makes it the one preselected', () => {
    const patch = rememberOffice(defaultSettings(), { organisationId: null, organisation: typedAnLao, signature: signer, recipients: RECIPIENTS, bases: [CT32] }, ids());
    expect(patch.organisations).toEqual([{ id: 'id-1', label: 'HUYỆN ỦY AN LÃO', organisation: { ...typedAnLao, signers: [signer] }, recipients: RECIPIENTS }]);
    expect(patch.activeOrganisationId).toBe('id-1');
    expect(patch.recentDocuments).toEqual([CT32]);

    // Next week's form starts from it: organisation, signer, recipients.
    const form = initialForm([template], patch.organisations, patch.activeOrganisationId, new Date(2024, 4, 8));
    expect(form.organisationId).toBe('id-1');
    expect(form.organisation.archiveLine).toBe('Lưu Văn phòng Huyện ủy');
    expect(form.organisation.signers[form.signerIndex]).toEqual(signer);
    const answers = buildAnswers({ ...form, bases: [documentToBase(CT32)] }, template);
    expect(answers.recipients).toEqual(RECIPIENTS);
    expect(answers.signature).toEqual(signer);
    expect(answers.bases[0]?.implements?.number).toBe('14');
  });

  it('updates the saved organisation instead of doubling it; the signer used moves first, the citation style is kept', () => {
    const settings = { ...defaultSettings(), organisations: [{ id: 'a', label: 'An Lão', organisation: { ...anLaoOrg, signers: [{ authority: '', position: 'BÍ THƯ', name: 'Lê Văn B' }, signer] }, recipients: RECIPIENTS }], activeOrganisationId: 'a' };
    const edited = { ...settings.organisations[0]!.organisation, citationStyle: { ...anLaoOrg.citationStyle, chainLink: 'thực hiện' } };
    const patch = rememberOffice(settings, { organisationId: null, organisation: edited, signature: signer, recipients: [], bases: [] }, ids());
    expect(patch.organisations).toHaveLength(1);
    expect(patch.organisations[0]?.organisation.signers.map((s) => s.name)).toEqual(['Trần Văn Tuấn', 'Lê Văn B']);
    expect(patch.organisations[0]?.organisation.citationStyle.chainLink).toBe('thực hiện');
    // No recipients in this plan: the usual ones are not forgotten.
    expect(patch.organisations[0]?.recipients).toEqual(RECIPIENTS);
    expect(patch.organisations[0]?.label).toBe('An Lão');
  });

  it('keeps recent parent documents most recent first, without duplicates, at most 30', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...KL, id: `k${i}`, number: String(100 + i) }));
    const settings = { ...defaultSettings(), recentDocuments: [KL, ...many.slice(0, 35)] };
    const again = { ...KL, id: 'new-id' };
    const patch = rememberOffice(settings, { organisationId: null, organisation: dongDaOrg, signature: signer, recipients: [], bases: [again] }, ids());
    expect(patch.recentDocuments).toHaveLength(RECENT_DOCUMENTS_KEPT);
    expect(patch.recentDocuments[0]).toEqual(again);
    expect(patch.recentDocuments.filter((d) => d.number === '14')).toHaveLength(1);
    expect(patch.recentDocuments[1]?.number).toBe('100');
  });

  it('names and refills a remembered document with its chain', () => {
    expect(documentLabel(CT32)).toBe('Chỉ thị số 32-CT/TU ngày 24/04/2024 của Ban Thường vụ Thành ủy');
    const base = documentToBase(CT32);
    expect(base).toMatchObject({ number: '32', symbol: 'CT/TU', date: '2024-04-24', shortName: '', parent: { type: 'Kết luận', number: '14', parent: null } });
  });
});

describe('required fields', () => {
  it('gives each missing organisation field its own Vietnamese message, the archive line included', () => {
    const errors = organisationFieldErrors({ ...anLaoOrg, archiveLine: '', placeName: '' });
    expect(errors).toEqual({ archiveLine: 'Thiếu dòng lưu trữ (Lưu Văn phòng …).', placeName: 'Thiếu địa danh ghi ở dòng ngày tháng.' });
    expect(organisationFieldErrors(anLaoOrg)).toEqual({});
    // The form refuses too, naming the field.
    const form = { ...initialForm([template], [], null, new Date(2024, 0, 1)) };
    expect(validateNewPlanForm(form, template).some((e) => e.includes('Thiếu dòng lưu trữ'))).toBe(true);
  });
});

describe('required fields of a parent document', () => {
  it('says next to each input what is missing: a Party document needs its number, a number its symbol and issuer', () => {
    expect(baseFieldErrors(emptyBase('dang'))).toEqual({ number: 'Chưa có số văn bản (ví dụ 32).' });
    expect(baseFieldErrors({ ...emptyBase('dang'), number: '32' })).toEqual({ symbol: 'Thiếu ký hiệu văn bản (ví dụ CT/TU).', issuer: 'Thiếu cơ quan ban hành.' });
    expect(baseFieldErrors({ ...emptyBase('nha-nuoc'), type: '' })).toEqual({ type: 'Thiếu loại văn bản (Chỉ thị, Nghị quyết…).' });
    expect(baseFieldErrors(documentToBase(CT32))).toEqual({});
  });
});

describe('the settings screen "Cơ quan và người ký"', () => {
  it('adds an organisation (the first becomes the default), edits it, and cleans what was typed', () => {
    const p = { ...newProfile('dang', ids()), label: ' Đảng ủy phường Đông Đa ', organisation: { ...dongDaOrg, signers: [{ authority: 't/m đảng ủy', position: 'bí thư', name: ' Nguyễn Văn A ' }] }, recipients: [{ purpose: 'để t/h', display: 'brace' as const, items: ['UBND phường', '', ' '] }] };
    const added = saveProfile(defaultSettings(), p);
    expect(added.activeOrganisationId).toBe('id-1');
    expect(added.organisations[0]).toMatchObject({ label: 'Đảng ủy phường Đông Đa', recipients: [{ items: ['UBND phường'] }] });
    expect(added.organisations[0]?.organisation.signers[0]).toEqual({ authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Nguyễn Văn A' });
    const edited = saveProfile(added, { ...added.organisations[0]!, organisation: { ...added.organisations[0]!.organisation, archiveLine: 'Lưu VP' } });
    expect(edited.organisations).toHaveLength(1);
    expect(edited.organisations[0]?.organisation.archiveLine).toBe('Lưu VP');
  });

  it('refuses an organisation without name, archive line or signer position, field by field', () => {
    const p = { ...newProfile('dang', ids()), organisation: { ...anLaoOrg, archiveLine: '', signers: [{ authority: '', position: '', name: 'A' }] } };
    const errors = validateProfile(p);
    expect(hasErrors(errors)).toBe(true);
    expect(errors.label).toMatch(/Thiếu tên gọi/);
    expect(errors.org.archiveLine).toMatch(/dòng lưu trữ/);
    expect(errors.signers[0]).toMatch(/chức vụ/);
  });

  it('deletes an organisation; when it was the default, the next one becomes the default', () => {
    const settings = { organisations: [{ id: 'a', label: 'A', organisation: anLaoOrg, recipients: [] }, { id: 'b', label: 'B', organisation: dongDaOrg, recipients: [] }], activeOrganisationId: 'a' };
    expect(deleteProfile(settings, 'a')).toEqual({ organisations: [settings.organisations[1]], activeOrganisationId: 'b' });
    expect(deleteProfile(settings, 'b').activeOrganisationId).toBe('a');
    expect(deleteProfile({ organisations: [settings.organisations[0]!], activeOrganisationId: 'a' }, 'a')).toEqual({ organisations: [], activeOrganisationId: null });
  });
});

describe('saved offices arriving after the form opened', () => {
  const saved = [{ id: 'a', label: 'An Lão', organisation: anLaoOrg, recipients: RECIPIENTS }];
  it('takes the preselected office into an untouched form', () => {
    const form = initialForm([template], [], null, new Date(2024, 0, 1));
    const adopted = adoptSavedOffice(form, saved, 'a');
    expect(adopted.organisationId).toBe('a');
    expect(adopted.organisation.archiveLine).toBe(anLaoOrg.archiveLine);
    expect(adopted.recipients).toEqual(RECIPIENTS);
  });
  it('never overwrites an organisation or signer the clerk already typed', () => {
    const form = initialForm([template], [], null, new Date(2024, 0, 1));
    const typed = { ...form, organisation: { ...form.organisation, issuingBody: 'ĐẢNG ỦY XÃ' } };
    expect(adoptSavedOffice(typed, saved, 'a')).toBe(typed);
    const signer = { ...form, signer: { ...form.signer, name: 'Lê Văn C' } };
    expect(adoptSavedOffice(signer, saved, 'a')).toBe(signer);
  });
});
