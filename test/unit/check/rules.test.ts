import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Finding, applyFix, placesOf, runChecks } from '../../../core/check';
import type { DocumentRef, Plan } from '../../../core/model';
import { taskTable } from '../../../core/model/appendix';
import { examplePlan } from './check-fixtures';

/**
 * The rules on situations the three examples do not have (other places, other bodies, the
 * library, the task appendix), and on generated dates and numberings.
 */

const TODAY = new Date(2026, 1, 1);
const check = (plan: Plan, library: DocumentRef[] = []): Finding[] => runChecks(plan, { today: TODAY, library });
const of = (findings: Finding[], ruleId: string): Finding[] => findings.filter((f) => f.ruleId === ruleId);

/** The plan with paragraphs put first in its first section. */
function withText(plan: Plan, ...texts: string[]): Plan {
  const [first, ...rest] = plan.sections;
  return { ...plan, sections: [{ ...first!, body: [...texts.map((text) => ({ type: 'paragraph' as const, children: [{ text }] })), ...first!.body] }, ...rest] };
}

function fixed(plan: Plan, finding: Finding | undefined): Plan {
  const result = applyFix(plan, finding!.fix!);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

describe('citations against the library', () => {
  const library: DocumentRef[] = [
    { id: 'nq-15', type: 'Nghị quyết', regime: 'dang', number: '15', symbol: 'NQ/TU', date: '2023-03-01', issuer: 'Ban Chấp hành Đảng bộ tỉnh', subject: 'về phát triển giáo dục' },
    { id: 'qd-4045', type: 'Quyết định', regime: 'nha-nuoc', number: '4045', symbol: 'QĐ-UBND', date: '2023-08-11', issuer: 'UBND thành phố', subject: 'về năm học' },
  ];

  it('a wrong date is an error, fixed to the library’s date written the same way', () => {
    const plan = withText(examplePlan('an-lao'), 'Thực hiện Nghị quyết số 15-NQ/TU ngày 01/02/2023 của Ban Chấp hành Đảng bộ tỉnh về phát triển giáo dục.');
    const [f] = of(check(plan, library), 'citation-facts');
    expect(f).toMatchObject({ severity: 'error', location: { excerpt: '01/02/2023' }, fix: { label: 'Sửa thành “01/3/2023”' } });
    expect(of(check(fixed(plan, f), library), 'citation-facts')).toEqual([]);
    // Without the library nothing is known about that document: no finding.
    expect(of(check(plan), 'citation-facts')).toEqual([]);
  });

  it('a document of the plan whose date differs from its library entry: every live citation prints it, so an error with the library’s date as fix', () => {
    const plan = examplePlan('an-lao');
    const entry: DocumentRef = { ...plan.documents[0]!, id: 'lib-ct-32', date: '2024-04-23' };
    const [f] = of(check(plan, [entry]), 'document-library');
    expect(f).toMatchObject({ severity: 'error', location: { area: 'documents', documentId: 'ct-32-tu', field: 'date', excerpt: '24/04/2024' } });
    const after = fixed(plan, f);
    expect(after.documents[0]?.date).toBe('2024-04-23');
    // The summary and opening follow: they are live references.
    expect(placesOf(after).find({ area: 'summary' })?.text).toContain('ngày 23/4/2024');
    expect(of(check(after, [entry]), 'document-library')).toEqual([]);
  });

  it('a wrong number (same type, symbol and date) and a wrong issuer are errors', () => {
    const plan = withText(
      examplePlan('thanh-xuan'),
      'Theo Quyết định số 4046/QĐ-UBND ngày 11/8/2023 của UBND thành phố; Nghị quyết số 15-NQ/TU ngày 01/3/2023 của Bộ Chính trị về phát triển.',
    );
    const findings = of(check(plan, library), 'citation-facts');
    expect(findings.map((f) => f.location.excerpt)).toEqual(['4046', 'Bộ Chính trị']);
    expect(findings[0]?.fix?.label).toBe('Sửa thành “4045”');
    expect(findings[1]?.message).toContain('Ban Chấp hành Đảng bộ tỉnh');
  });

  it('a shorter name of the issuing body ("của Thành ủy" for "Ban Thường vụ Thành ủy") is not a wrong issuer', () => {
    const plan = withText(examplePlan('an-lao'), 'Theo Chỉ thị số 32-CT/TU ngày 24/4/2024 của Thành ủy về giáo dục.');
    expect(of(check(plan), 'citation-facts')).toEqual([]);
  });

  it('"Chỉ thị 32-CT/TU" typed in the body: missing "số", the fix inserts it and keeps the rest', () => {
    const plan = withText(examplePlan('an-lao'), 'Quán triệt Chỉ thị 32-CT/TU tới đảng viên.');
    const f = of(check(plan), 'citation-missing-so')[0];
    const after = fixed(plan, f);
    expect(placesOf(after).find(f!.location)?.text).toBe('Quán triệt Chỉ thị số 32-CT/TU tới đảng viên.');
  });
});

describe('typed citations of the plan’s own documents', () => {
  it('"Chỉ thị số 32-CT/TU" typed: the fix puts a live reference in its place, printing the same words', () => {
    const plan = withText(examplePlan('an-lao'), 'Quán triệt Chỉ thị số 32-CT/TU tới đảng viên.');
    const [f] = of(check(plan), 'citation-plain-text');
    expect(f).toMatchObject({ severity: 'info', location: { excerpt: 'Chỉ thị số 32-CT/TU' } });
    const after = fixed(plan, f);
    const paragraph = after.sections[0]!.body[0]!;
    expect(paragraph.type !== 'table' && paragraph.children).toEqual([
      { text: 'Quán triệt ' },
      { type: 'ref', field: 'citation.short', target: 'ct-32-tu', children: [{ text: '' }] },
      { text: ' tới đảng viên.' },
    ]);
    expect(placesOf(after).find(f!.location)?.text).toBe('Quán triệt Chỉ thị số 32-CT/TU tới đảng viên.');
    expect(of(check(after), 'citation-plain-text')).toEqual([]);
  });
});

describe('recipients', () => {
  it('a unit given a task in "Tổ chức thực hiện" but not in Nơi nhận; the fix adds it to the "để t/h" group', () => {
    const base = examplePlan('dong-da');
    const organise = base.sections.findIndex((s) => s.key === 'to-chuc-thuc-hien');
    const sections = structuredClone(base.sections);
    sections[organise]!.children.push({ id: 'hoi-ccb', title: 'Hội Cựu chiến binh phường', body: [{ type: 'paragraph', children: [{ text: 'Vận động hội viên tham gia.' }] }], children: [] });
    const plan = { ...base, sections };
    const [f] = of(check(plan), 'recipients-missing-unit');
    expect(f).toMatchObject({ location: { area: 'section-title', excerpt: 'Hội Cựu chiến binh phường' }, fix: { label: 'Thêm “Hội Cựu chiến binh phường” vào Nơi nhận' } });
    const after = fixed(plan, f);
    expect(after.recipients.find((g) => g.purpose === 'để t/h')?.items.at(-1)).toBe('Hội Cựu chiến binh phường');
    expect(of(check(after), 'recipients-missing-unit')).toEqual([]);
  });

  it('units of the task-assignment appendix count too; a unit named by its abbreviation in Nơi nhận is there', () => {
    const base = examplePlan('dong-da');
    const table = taskTable([{ content: 'Tuyên truyền', lead: 'Ủy ban nhân dân phường', partners: ['Đoàn Thanh niên phường'], deadline: 'Quý II/2026' }]);
    const plan: Plan = { ...base, appendices: [{ id: 'pl-1', title: 'Phân công nhiệm vụ', orientation: 'landscape', attachLine: [], body: [table], kind: 'tasks' }] };
    // "Ủy ban nhân dân phường" is "UBND phường" in Nơi nhận; "Đoàn Thanh niên phường" is missing.
    expect(of(check(plan), 'recipients-missing-unit').map((f) => f.message)).toEqual([
      '“Đoàn Thanh niên phường” được giao nhiệm vụ nhưng không có trong Nơi nhận; hãy thêm đơn vị này vào Nơi nhận.',
    ]);
    // Its deadline column is read too: "Quý II/2026" is inside the plan's year, "Quý I/2027" is not.
    expect(of(check(plan), 'deadline-outside-period')).toEqual([]);
    const late = { ...plan, appendices: [{ ...plan.appendices![0]!, body: [taskTable([{ content: 'Sơ kết', lead: 'UBND phường', deadline: 'Quý I/2027' }])] }] };
    expect(of(check(late), 'deadline-outside-period').map((f) => [f.location.label, f.location.excerpt])).toEqual([['Phụ lục, bảng, hàng 2', 'Quý I/2027']]);
  });

  it('archive line: missing is an error; its form follows the regime (Party without colon, state "Lưu: VT")', () => {
    const party = examplePlan('an-lao');
    const state = examplePlan('thanh-xuan');
    const archive = (p: Plan, line: string): Plan => ({ ...p, organisation: { ...p.organisation, archiveLine: line } });
    expect(of(check(archive(party, 'Văn phòng Huyện ủy')), 'archive-line-missing')).toHaveLength(1);
    const colon = of(check(archive(party, 'Lưu: VT')), 'archive-line-form')[0];
    expect(fixed(archive(party, 'Lưu: VT'), colon).organisation.archiveLine).toBe('Lưu VT');
    const noColon = of(check(archive(state, 'Lưu VT, GDĐT')), 'archive-line-form')[0];
    expect(fixed(archive(state, 'Lưu VT, GDĐT'), noColon).organisation.archiveLine).toBe('Lưu: VT, GDĐT');
  });

  it('a recipient typed with its own end mark: the fix drops it (the profile adds its own)', () => {
    const base = examplePlan('an-lao');
    const plan = { ...base, recipients: [{ ...base.recipients[0]!, items: [...base.recipients[0]!.items, 'Ban Dân vận Huyện ủy;'] }] };
    const [f] = of(check(plan), 'recipient-line-ending');
    expect(f?.message).toContain('kết thúc bằng “,”');
    expect(fixed(plan, f).recipients[0]?.items.at(-1)).toBe('Ban Dân vận Huyện ủy');
  });
});

describe('signature', () => {
  const sign = (p: Plan, authority: string, name?: string): Plan => ({ ...p, signature: { ...p.signature, authority, ...(name !== undefined ? { name } : {}) } });

  it('"K/T" for a Party committee is an error without fix; state forms in a Party plan and back are fixed', () => {
    const party = examplePlan('an-lao');
    const kt = of(check(sign(party, 'K/T BÍ THƯ')), 'signature-authority');
    expect(kt).toHaveLength(1);
    expect(kt[0]?.fix).toBeUndefined();
    const tm = of(check(sign(party, 'TM. BAN THƯỜNG VỤ')), 'signature-authority')[0];
    expect(fixed(sign(party, 'TM. BAN THƯỜNG VỤ'), tm).signature.authority).toBe('T/M BAN THƯỜNG VỤ');
    const state = examplePlan('thanh-xuan');
    const tmState = of(check(sign(state, 'T/M ỦY BAN NHÂN DÂN')), 'signature-authority')[0];
    expect(fixed(sign(state, 'T/M ỦY BAN NHÂN DÂN'), tmState).signature.authority).toBe('TM. ỦY BAN NHÂN DÂN');
    // A staff body of the Party may sign K/T.
    const staff = { ...party, organisation: { ...party.organisation, issuingBody: 'BAN TUYÊN GIÁO HUYỆN ỦY' } };
    expect(of(check(sign(staff, 'K/T TRƯỞNG BAN')), 'signature-authority')).toEqual([]);
  });

  it('a missing signer name is an error', () => {
    expect(of(check(sign(examplePlan('dong-da'), 'T/M ĐẢNG ỦY', '  ')), 'signer-missing')).toMatchObject([{ severity: 'error', location: { field: 'name' } }]);
  });
});

describe('text', () => {
  it('NFD text (pasted from a PDF): flagged word by word, the fix composes it', () => {
    const plan = withText(examplePlan('an-lao'), 'Tuyên truyền sâu rộng'.normalize('NFD'));
    const findings = of(check(plan), 'not-nfc');
    expect(findings.map((f) => f.location.excerpt.normalize('NFC'))).toEqual(['Tuyên', 'truyền', 'sâu', 'rộng']);
    let current = plan;
    for (const f of findings.reverse()) current = fixed(current, f);
    expect(placesOf(current).find(findings[0]!.location)?.text).toBe('Tuyên truyền sâu rộng');
  });

  it('a place name in the wrong case, for a locality the examples do not have (learnt from the header)', () => {
    const base = examplePlan('an-lao');
    const plan: Plan = {
      ...base,
      organisation: { ...base.organisation, superiorBody: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI' },
      recipients: [{ ...base.recipients[0]!, items: [...base.recipients[0]!.items, 'Tỉnh ủy Quảng ngãi'] }],
    };
    const [f] = of(check(plan), 'proper-name-case');
    expect(f).toMatchObject({ location: { area: 'recipients', excerpt: 'Quảng ngãi' }, fix: { label: 'Sửa thành “Quảng Ngãi”' } });
  });

  it('a unit word is not a name: "Đảng ủy Phường Đông Đa" beside "Đảng ủy phường Đông Đa" is not flagged', () => {
    const plan = withText(examplePlan('dong-da'), 'Ủy ban Kiểm tra Đảng ủy Phường Đông Đa phối hợp với Đảng ủy phường Đông Đa.');
    expect(of(check(plan), 'proper-name-case')).toEqual([]);
  });

  it('misspelt syllables are flagged; the plan’s own names are not', () => {
    const plan = withText(examplePlan('an-lao'), 'Trỉen khai tại An Lão cùng Ban Thường vụ Huyện đoàn.');
    expect(of(check(plan), 'spelling').map((f) => f.location.excerpt)).toEqual(['Trỉen']);
  });

  it('deadlines of a calendar-year plan: a month after the year is flagged, one inside is not', () => {
    const plan = withText(examplePlan('dong-da'), 'Hoàn thành trong tháng 3/2027; báo cáo trước ngày 15/12/2026.');
    expect(of(check(plan), 'deadline-outside-period').map((f) => f.location.excerpt)).toEqual(['tháng 3/2027']);
  });
});

describe('generated dates and numberings', () => {
  const names = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

  it('a weekday beside a date is flagged exactly when it is not that date’s', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true }), fc.integer({ min: 0, max: 6 }), (date, written) => {
        const d = `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
        const plan = withText(examplePlan('an-lao'), `Họp vào ngày ${d} (${names[written]}).`);
        const flagged = of(check(plan), 'weekday-mismatch').length;
        expect(flagged).toBe(written === date.getDay() ? 0 : 1);
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('typed numbers 1.1 … 1.n with one left out: one finding naming the missing one; with one repeated: one finding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 9 }), fc.nat(), fc.boolean(), (n, pick, repeat) => {
        const k = 2 + (pick % (n - 2)); // 2..n-1: a last item left out leaves no gap to see
        const numbers = Array.from({ length: n }, (_, i) => i + 1).flatMap((i) => (i === k ? (repeat ? [i, i] : []) : [i]));
        const plan = withText(examplePlan('an-lao'), ...numbers.map((i) => `1.${i}. Nội dung công việc.`));
        const findings = of(check(plan), 'numbering-sequence');
        expect(findings).toHaveLength(1);
        expect(findings[0]?.message).toContain(repeat ? 'bị trùng' : `thiếu 1.${k}`);
      }),
      { numRuns: 40, seed: 8 },
    );
  });
});
