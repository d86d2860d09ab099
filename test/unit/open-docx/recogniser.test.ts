import { describe, expect, it } from 'vitest';
import { type PlanFromDocxResult, planFromDocx } from '../../../core/import/plan-from-docx/plan-from-docx';
import type { DocxBlock } from '../../../core/import/plan-from-docx/docx-blocks';
import { computeSectionNumbers, effectiveLevels } from '../../../core/render/numbering';
import type { Plan, Section } from '../../../core/model/plan';
import { planSchema } from '../../../core/model/plan';
import { center, p, partyClosing, partyHeader } from './blocks';

const open = (blocks: DocxBlock[], library = [] as Parameters<typeof planFromDocx>[1] extends infer O ? (O extends { library?: infer L } ? L : never) : never): PlanFromDocxResult =>
  planFromDocx({ blocks, footnotes: {} }, { library: library ?? [] });

/** "I. Title" lines of the tree, numbered as the app numbers them. */
function outline(plan: Plan): string[] {
  const numbers = computeSectionNumbers(plan.sections, effectiveLevels(plan));
  const walk = (list: Section[], depth: number): string[] =>
    list.flatMap((s) => [`${'  '.repeat(depth)}${numbers.get(s.id)} ${s.title}`.trimEnd(), ...walk(s.children, depth + 1)]);
  return walk(plan.sections, 0);
}
const bodyText = (s: Section): string[] => s.body.map((b) => (b.type === 'table' ? '[bảng]' : `${b.type === 'bullet' ? `${b.marker} ` : ''}${b.children.map((n) => ('text' in n ? n.text : '')).join('')}`));

describe('header, opening and closing', () => {
  it('reads the header facts, the base and its citation as live references, recipients and signature', () => {
    const { plan, notes } = open([...partyHeader(), p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }), p('- Quán triệt sâu rộng Nghị quyết.'), ...partyClosing()]);
    expect(notes).toEqual([]);
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.organisation).toMatchObject({ superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', issuingBody: 'HUYỆN ỦY KIẾN THỤY', symbolCode: 'HU', placeName: 'Kiến Thụy', regime: 'dang', collective: 'Ban Thường vụ Huyện ủy' });
    expect(plan.organisation.citationStyle.commaBeforeDate).toBe(true);
    expect(plan.number).toBe('12');
    expect(plan.date).toEqual({ day: 5, month: 3, year: 2024 });
    expect(plan.documents).toEqual([
      { id: 'nq-7-tu', type: 'Nghị quyết', regime: 'dang', number: '07', symbol: 'NQ/TU', date: '2022-08-01', issuer: 'Ban Chấp hành Đảng bộ thành phố', subject: 'về công tác tư tưởng' },
    ]);
    expect(JSON.stringify(plan.preamble)).toContain('"field":"bases.full"');
    expect(JSON.stringify(plan.summary)).toContain('"field":"citation.full"');
    expect(plan.recipients).toEqual([
      { purpose: 'để b/c', display: 'each-line', items: ['Ban Tuyên giáo Thành ủy'] },
      { purpose: 'để t/h', display: 'each-line', items: ['Các chi, đảng bộ trực thuộc'] },
    ]);
    expect(plan.organisation.archiveLine).toBe('Lưu Văn phòng Huyện ủy');
    expect(plan.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn Bình' });
  });

  it('links a citation to the library entry it names, with the entry\'s own id and chain', () => {
    const library = [
      { id: 'tv-nq07', type: 'Nghị quyết', regime: 'dang' as const, number: '7', symbol: 'NQ/TU', date: '2022-08-01', issuer: 'Ban Chấp hành Đảng bộ thành phố', subject: 'về công tác tư tưởng', implementsId: 'tv-nq35' },
      { id: 'tv-nq35', type: 'Nghị quyết', regime: 'dang' as const, number: '35', symbol: 'NQ/TW', date: '2018-10-22', issuer: 'Bộ Chính trị', subject: 'về bảo vệ nền tảng tư tưởng của Đảng' },
    ];
    const { plan } = open([...partyHeader(), p('I. MỤC ĐÍCH, YÊU CẦU'), p('Nội dung.'), ...partyClosing()], library);
    expect(plan.baseIds).toEqual(['tv-nq07']);
    expect(plan.documents.map((d) => d.id)).toEqual(['tv-nq07', 'tv-nq35']);
    expect(JSON.stringify(plan.preamble)).toContain('"field":"bases.full"');
  });

  it('lists a missing "Nơi nhận" and keeps the signature', () => {
    const { plan, notes } = open([
      ...partyHeader(),
      p('I. NỘI DUNG'),
      p('Tổ chức quán triệt.'),
      { kind: 'table', rows: [[{ blocks: [p('')] }, { blocks: [center('T/M BAN THƯỜNG VỤ'), center('BÍ THƯ'), center('Lê Văn Cường')] }]] },
    ]);
    expect(notes.map((n) => n.message)).toContainEqual(expect.stringContaining('Không thấy phần "Nơi nhận:"'));
    expect(plan.recipients).toEqual([]);
    expect(plan.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Lê Văn Cường' });
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('takes the "- …" lines beside the signature as recipients when "Nơi nhận:" was retyped, and says so', () => {
    const { plan, notes } = open([
      ...partyHeader(),
      p('I. NỘI DUNG'),
      p('Tổ chức quán triệt.'),
      { kind: 'table', rows: [[{ blocks: [p('Gửi:'), p('- Thường trực Huyện ủy,'), p('- Lưu VP.')] }, { blocks: [center('T/M BAN THƯỜNG VỤ'), center('BÍ THƯ'), center('Lê Văn Cường')] }]] },
    ]);
    expect(plan.recipients).toEqual([{ purpose: '', display: 'each-line', items: ['Thường trực Huyện ủy'] }]);
    expect(plan.organisation.archiveLine).toBe('Lưu VP');
    expect(plan.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Lê Văn Cường' });
    expect(notes).toEqual([expect.objectContaining({ text: 'Gửi:', message: expect.stringContaining('Nơi nhận') })]);
  });

  it('reads a two-line authority (TM. … / KT. …) above the position and name', () => {
    const { plan } = open([
      ...partyHeader(),
      p('I. NỘI DUNG'),
      p('Tổ chức quán triệt.'),
      { kind: 'table', rows: [[{ blocks: [p('Nơi nhận:'), p('- Như trên;'), p('- Lưu: VT.')] }, { blocks: [center('TM. ỦY BAN NHÂN DÂN'), center('KT. CHỦ TỊCH'), center('PHÓ CHỦ TỊCH'), center('(Đã ký)'), center('Trần Thị Dung')] }]] },
    ]);
    expect(plan.signature).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Trần Thị Dung' });
    expect(plan.recipients).toEqual([{ purpose: '', display: 'each-line', items: ['Như trên'] }]);
    expect(plan.organisation.archiveLine).toBe('Lưu: VT');
  });

  it('reads a closing typed as paragraphs, the signature above "Nơi nhận:"', () => {
    const { plan, notes } = open([
      ...partyHeader(),
      p('I. NỘI DUNG'),
      p('Tổ chức quán triệt.'),
      center('T/M BAN THƯỜNG VỤ', true),
      center('BÍ THƯ', true),
      center(''),
      center('Lê Văn Cường', true),
      p('Nơi nhận:'),
      p('- Ban Tuyên giáo Tỉnh ủy (để b/c),'),
      p('- Lưu VP.'),
    ]);
    expect(notes).toEqual([]);
    expect(plan.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Lê Văn Cường' });
    expect(plan.recipients).toEqual([{ purpose: 'để b/c', display: 'each-line', items: ['Ban Tuyên giáo Tỉnh ủy'] }]);
    expect(plan.sections[0]!.body).toHaveLength(1);
  });

  it('reads an action programme with an author line and an opening of "Căn cứ" lines', () => {
    const blocks = partyHeader();
    blocks[1] = center('CHƯƠNG TRÌNH HÀNH ĐỘNG', true);
    blocks.splice(2, 0, center('CỦA BAN THƯỜNG VỤ HUYỆN ỦY KIẾN THỤY', true));
    blocks.splice(5, 1,
      p('Căn cứ Nghị quyết số 07-NQ/TU, ngày 01/8/2022 của Ban Chấp hành Đảng bộ thành phố về công tác tư tưởng;'),
      p('Căn cứ Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng;'),
      p('Ban Thường vụ Huyện ủy xây dựng Chương trình hành động như sau:'),
    );
    const { plan, notes } = open([...blocks, p('I. MỤC TIÊU'), p('Nội dung.'), ...partyClosing()]);
    expect(notes).toEqual([]);
    expect(plan.type).toBe('Chương trình hành động');
    expect(plan.authorLine).toBe('CỦA BAN THƯỜNG VỤ HUYỆN ỦY KIẾN THỤY');
    expect(plan.baseIds).toEqual(['nq-7-tu', 'kl-21-tw']);
    const refs = plan.preamble.slice(0, 2).map((b) => (b.type === 'table' ? [] : b.children.filter((n) => 'type' in n)));
    expect(refs).toEqual([[{ type: 'ref', field: 'citation.full', target: 'nq-7-tu', children: [{ text: '' }] }], [{ type: 'ref', field: 'citation.full', target: 'kl-21-tw', children: [{ text: '' }] }]]);
  });

  it('keeps an opening it cannot read as text and says so', () => {
    const blocks = partyHeader();
    blocks[4] = p('Để cụ thể hóa các chủ trương của cấp trên, Huyện ủy đề ra các nhiệm vụ sau:');
    const { plan, notes } = open([...blocks, p('I. NỘI DUNG'), p('Tổ chức quán triệt.'), ...partyClosing()]);
    expect(JSON.stringify(plan.preamble)).toContain('Để cụ thể hóa các chủ trương của cấp trên');
    expect(notes.length).toBeGreaterThan(0);
  });
});

describe('section numbering', () => {
  const body = (...lines: DocxBlock[]) => open([...partyHeader(), ...lines, ...partyClosing()]);

  it('reads "I -", "1)", "1." and "a)" labels into the tree, with the items under them', () => {
    const { plan } = body(
      p('I - MỤC ĐÍCH'),
      p('1) Mục đích chung'),
      p('- Quán triệt đầy đủ.'),
      p('+ Trong cán bộ, đảng viên.'),
      p('2) Yêu cầu'),
      p('a) Bám sát thực tiễn'),
      p('b) Phân công rõ ràng'),
      p('II - NHIỆM VỤ'),
      p('1. Tuyên truyền sâu rộng nội dung Nghị quyết trong toàn Đảng bộ.'),
    );
    expect(outline(plan)).toEqual(['I. MỤC ĐÍCH', '  1. Mục đích chung', '  2. Yêu cầu', '    a) Bám sát thực tiễn', '    b) Phân công rõ ràng', 'II. NHIỆM VỤ', '  1.']);
    expect(bodyText(plan.sections[0]!.children[0]!)).toEqual(['- Quán triệt đầy đủ.', '+ Trong cán bộ, đảng viên.']);
    const runIn = plan.sections[1]!.children[0]!;
    expect(runIn.runIn).toBe(true);
    expect(bodyText(runIn)).toEqual(['Tuyên truyền sâu rộng nội dung Nghị quyết trong toàn Đảng bộ.']);
  });

  it('tells letters from Roman numerals by their neighbours: A., B., C. then I., II. inside C', () => {
    const { plan } = body(p('A. NHIỆM VỤ CHUNG'), p('Nội dung.'), p('B. NHIỆM VỤ CỤ THỂ'), p('1. Công tác tư tưởng'), p('1.1. Đổi mới nội dung.'), p('C. TỔ CHỨC THỰC HIỆN'), p('I. Đối với Phòng'), p('II. Đối với các trường'));
    expect(outline(plan)).toEqual(['A. NHIỆM VỤ CHUNG', 'B. NHIỆM VỤ CỤ THỂ', '  1. Công tác tư tưởng', '    1.1.', 'C. TỔ CHỨC THỰC HIỆN', '  I. Đối với Phòng', '  II. Đối với các trường']);
    expect(plan.sections[2]!.childNumbering).toBe('upper-roman');
  });

  it('keeps a footnote as the model\'s footnote node where its mark was', () => {
    const { plan } = body(p('I. NỘI DUNG'), p('', { runs: [{ text: '- Thực hiện Điều lệ' }, { text: '', footnote: 'Điều lệ Đảng khóa XI.' }, { text: ' của Đảng.' }] }));
    expect(plan.sections[0]!.body).toEqual([
      { type: 'bullet', marker: '-', children: [{ text: 'Thực hiện Điều lệ' }, { type: 'footnote', note: 'Điều lệ Đảng khóa XI.', children: [{ text: '' }] }, { text: ' của Đảng.' }] },
    ]);
  });

  it('makes sections of headings that are only bold, without numbers', () => {
    const { plan } = body(p('Mục đích, yêu cầu', { bold: true }), p('Quán triệt đầy đủ.'), p('Tổ chức thực hiện', { bold: true }), p('Các đơn vị thực hiện.'));
    expect(plan.sections.map((s) => s.title)).toEqual(['Mục đích, yêu cầu', 'Tổ chức thực hiện']);
    expect(plan.options.levels?.[0]).toBe('none');
    expect(bodyText(plan.sections[1]!)).toEqual(['Các đơn vị thực hiện.']);
  });

  it('renumbers a jump and lists it', () => {
    const { plan, notes } = body(p('I. NỘI DUNG'), p('1. Công tác học sinh'), p('1.1. Thứ nhất là nội dung dài.'), p('1.3. Thứ hai là nội dung dài.'));
    expect(outline(plan)).toEqual(['I. NỘI DUNG', '  1. Công tác học sinh', '    1.1.', '    1.2.']);
    expect(notes.map((n) => n.text)).toContainEqual('1.3. Thứ hai là nội dung dài.');
  });
});
