import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../../core/ipc/api';
import { createHttpApi, type FetchLike } from '../../../renderer/api/http-client';
import { downloadUrl, resolveDataPath, suggestFileName } from '../../../renderer/state/file-names';
import { buildAnswers, emptyBase, initialForm, validateNewPlanForm } from '../../../renderer/state/new-plan-form';
import { addImplementers, recipientLineCount, suggestedImplementers, unitsFromImplementation } from '../../../renderer/state/recipients';
import { commandForKey } from '../../../renderer/state/shortcuts';
import { anLaoPlan } from './an-lao-plan';

describe('recipients', () => {
  it('offers the units of "Tổ chức thực hiện" that are not yet recipients, for "để t/h"', () => {
    const plan = anLaoPlan();
    expect(unitsFromImplementation(plan)).toEqual([
      'Các chi, Đảng bộ trực thuộc Huyện ủy',
      'Ủy ban nhân dân huyện',
      'Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội huyện',
      'Cấp ủy, Hội đồng trường, Ban Giám hiệu các trường học',
    ]);
    // "Ủy ban nhân dân huyện" is already on the list.
    expect(suggestedImplementers(plan)).not.toContain('Ủy ban nhân dân huyện');
    expect(suggestedImplementers(plan)).toHaveLength(3);
  });

  it('reads "Đối với Phòng GDĐT" in a state plan as the unit "Phòng GDĐT"', () => {
    const plan = anLaoPlan();
    plan.sections[2]!.children = [{ id: 'x', title: 'Đối với Phòng GDĐT', body: [], children: [] }];
    expect(unitsFromImplementation(plan)).toEqual(['Phòng GDĐT']);
  });

  it('adds chosen units to the existing "để t/h" group, or creates one', () => {
    const plan = anLaoPlan();
    const next = addImplementers(plan.recipients, ['Cấp ủy các trường học']);
    expect(next[1]!.items).toEqual(['Ủy ban nhân dân huyện', 'Ban Tuyên giáo Huyện ủy', 'Cấp ủy các trường học']);
    const created = addImplementers([plan.recipients[0]!], ['Công an huyện']);
    expect(created[1]).toEqual({ purpose: 'để t/h', display: 'brace', items: ['Công an huyện'] });
  });

  it('prints one copy per line of "Nơi nhận", the archive line included', () => {
    // 2 + 2 recipient lines + "Lưu Văn phòng Huyện ủy".
    expect(recipientLineCount(anLaoPlan())).toBe(5);
  });
});

describe('file names', () => {
  it('suggests a Windows-safe name from the type and the parent document', () => {
    expect(suggestFileName(anLaoPlan(), 'docx')).toBe('Kế hoạch thực hiện Chỉ thị 32-CT-TU.docx');
    expect(suggestFileName(anLaoPlan(), 'draft')).toBe('Kế hoạch thực hiện Chỉ thị 32-CT-TU.kehoach');
  });

  it('resolves a typed name inside the data folder and refuses paths', () => {
    expect(resolveDataPath('/home/vt/KeHoach', 'ke-hoach-32', 'draft')).toEqual({ path: '/home/vt/KeHoach/ke-hoach-32.kehoach' });
    expect(resolveDataPath('C:\\Users\\vt\\KeHoach', 'a.kehoach', 'draft')).toEqual({ path: 'C:\\Users\\vt\\KeHoach\\a.kehoach' });
    const refused = resolveDataPath('/data', '../etc/passwd', 'draft');
    expect('error' in refused && refused.error).toMatch(/Tên tệp/);
    const empty = resolveDataPath('/data', '  ', 'pdf');
    expect('error' in empty && empty.error).toMatch(/Chưa có tên tệp/);
  });

  it('does not resolve a name before the data folder is known (a dialog opened right at start)', () => {
    // Resolving against "" gave "/b.kehoach", which the server refused as outside the data folder.
    const early = resolveDataPath('', 'b', 'draft');
    expect('error' in early && early.error).toMatch(/Chưa đọc xong thư mục dữ liệu/);
  });
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
    key: k, ctrlKey: false, shiftKey: false, altKey: false, ...mods,
  });
  it('maps the menu shortcuts, Shift variants and Alt+arrows', () => {
    expect(commandForKey(key('n', { ctrlKey: true }))).toBe('new');
    expect(commandForKey(key('O', { ctrlKey: true }))).toBe('open');
    expect(commandForKey(key('s', { ctrlKey: true }))).toBe('save');
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }))).toBe('save-as');
    expect(commandForKey(key('p', { ctrlKey: true }))).toBe('print');
    expect(commandForKey(key('z', { ctrlKey: true }))).toBe('undo');
    expect(commandForKey(key('y', { ctrlKey: true }))).toBe('redo');
    expect(commandForKey(key('f', { ctrlKey: true }))).toBe('find');
    expect(commandForKey(key('h', { ctrlKey: true }))).toBe('replace');
    expect(commandForKey(key('ArrowUp', { altKey: true }))).toBe('move-up');
    expect(commandForKey(key('ArrowDown', { altKey: true }))).toBe('move-down');
  });
  it('leaves plain typing and AltGr combinations alone', () => {
    expect(commandForKey(key('s'))).toBeNull();
    expect(commandForKey(key('a', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});

describe('new-plan form', () => {
  const template: TemplateSummary = {
    id: 'dang-ke-hoach-thuc-hien', name: 'Kế hoạch thực hiện (Đảng)', planType: 'Kế hoạch', regime: 'dang', defaultProfile: 'dang-hd05',
    fields: [{ name: 'targetYear', label: 'Năm mục tiêu', type: 'number', required: true }],
    sections: [],
  };
  const org = anLaoPlan().organisation;

  function filledForm() {
    const form = initialForm([template], [{ id: 'an-lao', label: 'Huyện ủy An Lão', organisation: org, recipients: [] }], 'an-lao', new Date(2024, 4, 8));
    form.bases[0] = { ...emptyBase(), type: 'Chỉ thị', number: '32', symbol: 'CT/TU', date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy',
      subject: 'về việc tăng cường công tác giáo dục chính trị tư tưởng',
      parent: { ...emptyBase(), type: 'Nghị quyết', number: '07', symbol: 'NQ/TU', date: '2022-08-01', issuer: 'Ban Chấp hành Đảng bộ thành phố', subject: 'về một số giải pháp' } };
    form.fields.targetYear = '2030';
    return form;
  }

  it('starts with the active organisation, the current year, and day and month blank', () => {
    const form = initialForm([template], [{ id: 'an-lao', label: 'Huyện ủy An Lão', organisation: org, recipients: [] }], 'an-lao', new Date(2024, 4, 8));
    expect(form.organisation.issuingBody).toBe('HUYỆN ỦY AN LÃO');
    expect(form).toMatchObject({ year: 2024, day: null, month: null, number: '' });
  });

  it('builds the answers with the chained parent, blank date parts and typed template fields', () => {
    let n = 0;
    const answers = buildAnswers(filledForm(), template, () => `d${++n}`);
    expect(answers.bases[0]).toMatchObject({ id: 'd1', type: 'Chỉ thị', number: '32', symbol: 'CT/TU', date: '2024-04-24' });
    expect(answers.bases[0]!.implements).toMatchObject({ id: 'd2', type: 'Nghị quyết', number: '07', symbol: 'NQ/TU' });
    expect(answers.date).toEqual({ day: null, month: null, year: 2024 });
    expect(answers.number).toBeUndefined();
    expect(answers.fields.targetYear).toBe(2030);
    expect(answers.signature).toEqual(org.signers[0]);
    expect(validateNewPlanForm(filledForm(), template)).toEqual([]);
  });

  it('explains in Vietnamese what is missing', () => {
    const form = filledForm();
    form.bases[0]!.symbol = '';
    form.bases[0]!.parent!.date = '';
    form.fields.targetYear = '';
    form.number = '5a';
    form.day = 31; form.month = 4;
    const errors = validateNewPlanForm(form, template);
    expect(errors).toContain('Văn bản căn cứ 1: Thiếu ký hiệu văn bản (ví dụ CT/TU)');
    expect(errors.some((e) => e.startsWith('Văn bản căn cứ 1 — văn bản mà nó thực hiện: chưa có ngày ban hành'))).toBe(true);
    expect(errors).toContain('Chưa điền “Năm mục tiêu”. Hãy điền trước khi tạo kế hoạch.');
    expect(errors).toContain('Số văn bản chỉ gồm chữ số. Để trống nếu chưa có số.');
    expect(errors).toContain('Tháng 4/2024 không có ngày 31. Hãy sửa ngày ký.');
  });
});

describe('new-plan form: list fields (units of "Tổ chức thực hiện")', () => {
  const units = {
    name: 'units', label: 'Đơn vị thực hiện', type: 'object[]', required: true,
    items: [
      { name: 'name', label: 'Tên đơn vị', type: 'string', required: true },
      { name: 'tasks', label: 'Nhiệm vụ của đơn vị', type: 'string[]', required: true },
      { name: 'bullets', label: 'Gạch đầu dòng', type: 'boolean', required: false },
    ],
  };
  const template = { id: 't', name: 'Mẫu', planType: 'Kế hoạch', regime: 'dang', defaultProfile: 'dang-hd36', fields: [units] } as TemplateSummary;
  const org = anLaoPlan().organisation;

  it('sends each unit with its tasks one per line, and drops empty units', () => {
    const form = initialForm([template], [{ id: 'a', label: 'A', organisation: org, recipients: [] }], 'a', new Date(2024, 0, 1));
    form.fields.units = [
      { name: 'Ủy ban nhân dân huyện', tasks: 'Lãnh đạo xây dựng kế hoạch\n\nPhối hợp Hội đồng nhân dân huyện', bullets: true },
      { name: '', tasks: '', bullets: true },
    ];
    const answers = buildAnswers(form, template, () => 'id');
    expect(answers.fields.units).toEqual([
      { name: 'Ủy ban nhân dân huyện', tasks: ['Lãnh đạo xây dựng kế hoạch', 'Phối hợp Hội đồng nhân dân huyện'], bullets: true },
    ]);
  });

  it('asks for at least one unit, and names the missing part of an item', () => {
    const form = initialForm([template], [{ id: 'a', label: 'A', organisation: org, recipients: [] }], 'a', new Date(2024, 0, 1));
    expect(form.fields.units).toEqual([{ name: '', tasks: '', bullets: true }]);
    const errors = validateNewPlanForm(form, template);
    expect(errors).toContain('Chưa điền “Đơn vị thực hiện”. Hãy thêm ít nhất một mục.');
    expect(errors).toContain('“Đơn vị thực hiện”, mục 1: chưa điền “Tên đơn vị”.');
  });

  it('reports an empty date of a parent once, not as a format error', () => {
    const form = initialForm([template], [{ id: 'a', label: 'A', organisation: org, recipients: [] }], 'a', new Date(2024, 0, 1));
    const dateErrors = validateNewPlanForm(form, template).filter((e) => e.startsWith('Văn bản căn cứ 1') && /[Nn]gày/.test(e));
    expect(dateErrors).toEqual(['Văn bản căn cứ 1: chưa có ngày ban hành. Hãy chọn ngày trên văn bản.']);
  });
});

describe('HTTP client of browser mode', () => {
  it('POSTs {"args": [...]} to /api/<group>/<method> and returns the Result', async () => {
    const calls: Array<{ url: string; body: unknown }> = [];
    const fetchImpl: FetchLike = async (url, init) => {
      calls.push({ url, body: JSON.parse(init.body) });
      return { ok: true, status: 200, json: async () => ({ ok: true, value: { path: '/data/a.kehoach' } }) };
    };
    const api = createHttpApi(fetchImpl);
    const result = await api.drafts.save('/data/a.kehoach', anLaoPlan());
    expect(result).toEqual({ ok: true, value: { path: '/data/a.kehoach' } });
    expect(calls[0]!.url).toBe('/api/drafts/save');
    expect((calls[0]!.body as { args: unknown[] }).args[0]).toBe('/data/a.kehoach');
  });

  it('turns a dead server into a Vietnamese error saying what to do', async () => {
    const api = createHttpApi(async () => { throw new TypeError('Failed to fetch'); });
    const result = await api.settings.get();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/Không kết nối được.*tải lại trang/);
  });

  it('passes the server\'s Vietnamese error through unchanged', async () => {
    const api = createHttpApi(async () => ({ ok: false, status: 422, json: async () => ({ ok: false, error: 'Tệp nháp bị hỏng' }) }));
    expect(await api.drafts.open('/x')).toEqual({ ok: false, error: 'Tệp nháp bị hỏng' });
  });
});

describe('browser-mode download link of an export', () => {
  it('points at /files/ with the path inside the data folder, Vietnamese names encoded', () => {
    expect(downloadUrl('/home/vanthu/KeHoach', '/home/vanthu/KeHoach/Kế hoạch thực hiện Chỉ thị 32-CT-TU.docx'))
      .toBe('/files/' + encodeURIComponent('Kế hoạch thực hiện Chỉ thị 32-CT-TU.docx'));
    expect(downloadUrl('/data/', '/data/xuat/ke-hoach.pdf')).toBe('/files/xuat/ke-hoach.pdf');
  });
  it('works with Windows paths', () => {
    expect(downloadUrl('C:\\Users\\VanThu\\KeHoach', 'C:\\Users\\VanThu\\KeHoach\\ke-hoach.docx')).toBe('/files/ke-hoach.docx');
  });
  it('offers no link for a file outside the data folder', () => {
    expect(downloadUrl('/data', '/database/ke-hoach.docx')).toBeNull();
    expect(downloadUrl('/data', '/tmp/ke-hoach.docx')).toBeNull();
    expect(downloadUrl('', '/data/ke-hoach.docx')).toBeNull();
  });
});

describe('new-plan form signer', () => {
  it('asks for the signer when the organisation has none saved, and sends it in caps', async () => {
    const { initialForm, buildAnswers, validateNewPlanForm, defaultSigner } = await import('../../../renderer/state/new-plan-form');
    const template = { id: 't', name: 'T', planType: 'Kế hoạch', regime: 'dang' as const, defaultProfile: 'dang-hd05' as const, fields: [], sections: [] };
    const form = initialForm([template], [], null, new Date(2026, 0, 1));
    expect(form.signer).toEqual(defaultSigner('dang'));
    const typed = { ...form, signer: { authority: 't/m đảng ủy', position: 'phó bí thư thường trực', name: 'Đinh Nguyên Mạnh' } };
    expect(buildAnswers(typed, template).signature).toEqual({ authority: 'T/M ĐẢNG ỦY', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Đinh Nguyên Mạnh' });
    const noPosition = { ...form, signer: { authority: '', position: ' ', name: '' } };
    expect(validateNewPlanForm(noPosition, template).join(' ')).toContain('Chưa có chức vụ người ký');
  });
});

describe('switching templates in the new-plan form', () => {
  it('keeps what was typed in a list of the same name but only the parts the new template asks for', async () => {
    const { carryFieldInput, buildAnswers, initialForm } = await import('../../../renderer/state/new-plan-form');
    const units = { name: 'units', label: 'Đơn vị', type: 'object[]', required: true, items: [{ name: 'name', label: 'Tên', type: 'string', required: true }, { name: 'tasks', label: 'Nhiệm vụ', type: 'string[]', required: false }] };
    const carried = carryFieldInput(units, [{ name: 'Công an phường', bullets: 'x' }]);
    expect(carried).toEqual([{ name: 'Công an phường', tasks: '' }]);
    const template = { id: 't', name: 'T', planType: 'Kế hoạch', regime: 'dang' as const, defaultProfile: 'dang-hd05' as const, fields: [units], sections: [] };
    const form = { ...initialForm([template], [], null, new Date(2026, 0, 1)), fields: { units: [{ name: 'Công an phường', bullets: 'x' }] } };
    expect(buildAnswers(form, template).fields.units).toEqual([{ name: 'Công an phường' }]);
  });
});
