import { describe, expect, it } from 'vitest';
import { emptyEntryForm, entryFormError, entryInput, formFromEntry, linkChoices } from '../../../renderer/state/library-entry-form';
import { initialLibraryScreen, libraryScreenReducer } from '../../../renderer/state/library-screen';
import { baseFromLibrary, entryLabel } from '../../../renderer/state/library-pick';
import { type FieldInfo, buildAnswers, initialForm } from '../../../renderer/state/new-plan-form';
import { createPlanFromTemplate, listTemplates } from '../../../electron/services/template-service';
import { createRefResolver, leavesText } from '../../../core/render/resolve';
import { sampleLibrary } from '../library/library-fixtures';

describe('library entry form', () => {
  it('says what is missing in one Vietnamese sentence, and sends NFC trimmed facts without empty optional fields', () => {
    const form = { ...emptyEntryForm(), number: '32', issuer: 'Ban Thường vụ Thành ủy' };
    expect(entryFormError(form, [])).toBe('Chưa lưu được: ký hiệu — thiếu ký hiệu văn bản (ví dụ CT/TU). Hãy sửa lại rồi thử lại.');
    const ok = { ...form, symbol: ' CT/TU ', subject: 'về việc tăng cường'.normalize('NFD') };
    expect(entryFormError(ok, [])).toBeNull();
    const input = entryInput(ok);
    expect(input).toEqual({ type: 'Chỉ thị', regime: 'dang', number: '32', symbol: 'CT/TU', date: '', issuer: 'Ban Thường vụ Thành ủy', subject: 'về việc tăng cường' });
  });

  it('keeps the imported text and revision through an edit, and never offers a link that makes a loop', () => {
    const lib = sampleLibrary();
    const nq71 = { ...lib.find((e) => e.id === 'nq71')!, text: { paragraphs: [{ text: 'Nghị quyết', level: 0 }], source: { fileName: 'nq71.docx', format: 'docx' as const, bytes: 10 } } };
    const form = formFromEntry(nq71);
    expect(entryInput(form)).toMatchObject({ id: 'nq71', text: nq71.text });
    expect(form.revision).toBe(1);
    expect(linkChoices(lib, 'nq71').map((e) => e.id)).not.toContain('ctr05');
    expect(linkChoices(lib, 'nq71').map((e) => e.id)).not.toContain('nq71');
    expect(entryFormError({ ...form, implementsId: 'ctr05' }, lib)).toMatch(/lại đang thực hiện chính văn bản này/);
  });
});

describe('library screen state', () => {
  it('opening a form forgets the previous errors and conflict; changes apply to the form being edited only', () => {
    let s = libraryScreenReducer(initialLibraryScreen, { type: 'edit', form: emptyEntryForm() });
    s = libraryScreenReducer(s, { type: 'checked' });
    s = libraryScreenReducer(s, { type: 'change', patch: { number: '32' } });
    expect(s.editing?.number).toBe('32');
    expect(s.checked).toBe(true);
    s = libraryScreenReducer(s, { type: 'edit', form: null });
    expect(s).toMatchObject({ editing: null, checked: false, conflict: null });
    expect(libraryScreenReducer(s, { type: 'change', patch: { number: '1' } })).toBe(s);
  });
});

describe('picking a base from the library', () => {
  it('fills the base and its whole chain; the plan created from the form cites the chain', () => {
    const lib = sampleLibrary();
    const base = baseFromLibrary(lib, 'ctr05')!;
    expect(base).toMatchObject({ type: 'Chương trình hành động', number: '05', symbol: 'CTr/TU', parent: { type: 'Nghị quyết', number: '71', symbol: 'NQ/TW', parent: null } });
    expect(entryLabel(lib.find((e) => e.id === 'ct32')!)).toBe('Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy');
    expect(baseFromLibrary(lib, 'khong-co')).toBeNull();

    const template = listTemplates().find((t) => t.id === 'dang-ke-hoach-thuc-hien')!;
    const form = initialForm([template], [], null, new Date(2026, 1, 1));
    const organisation = { ...form.organisation, superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', issuingBody: 'ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA', symbolCode: 'ĐU', placeName: 'Đông Đa', collective: 'Đảng ủy phường Đông Đa', archiveLine: 'Lưu Văn phòng Đảng ủy' };
    for (const field of template.fields as FieldInfo[]) if (field.required) form.fields[field.name] = field.type === 'object[]' ? [Object.fromEntries((field.items ?? []).map((f) => [f.name, f.type === 'boolean' ? true : 'Nội dung']))] : 'Nội dung';
    const plan = createPlanFromTemplate(template.id, buildAnswers({ ...form, organisation, signer: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Nguyễn Văn A' }, bases: [base] }, template));
    const [first, parent] = plan.documents;
    expect(plan.documents.map((d) => d.number)).toEqual(['05', '71']);
    expect(first!.implementsId).toBe(parent!.id);
    const opening = plan.preamble.map((b) => leavesText(createRefResolver(plan).resolve(b.children))).join(' ');
    expect(opening).toContain('Chương trình hành động số 05-CTr/TU');
    expect(opening).toContain('Nghị quyết số 71-NQ/TW');
  });
});
