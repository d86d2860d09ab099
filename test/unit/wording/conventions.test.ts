import { describe, expect, it } from 'vitest';
import type { NestedDocument, Organisation } from '../../../core/model';
import { layoutPlan } from '../../../core/render/layout';
import { paraText } from '../../../core/render/layout-para';
import { citationNotices } from '../../../core/render/notices';
import { createPlanFromTemplate } from '../../../electron/services/template-service';
import { ctr15, dangUyXa, huyenUy, kh112, kl118, nq57, nqHdnd05, nqHdnd10, qd1234, tinhUy, ubndTinh, ubndXa } from './real-plans';

/**
 * The exact wording of each citation convention, through the same path as `kehoach new`
 * (answers → template → plan → layout). Sentences follow real plans of province, district and
 * commune bodies, Party and state; docs/citations.md lists the setting behind each.
 */

const NQ57 = 'Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia';
const CTR15_HEAD = 'Chương trình hành động số 15-CTr/TU, ngày 10/02/2025 của Ban Thường vụ Tỉnh ủy';
const KL118_NO_COMMA = 'Kết luận số 118-KL/TW ngày 18/01/2025 của Bộ Chính trị về Chương trình làm việc của Bộ Chính trị, Ban Bí thư năm 2025';

const partyFields = {
  tasks: [{ paragraphs: ['Tổ chức quán triệt, tuyên truyền sâu rộng nội dung văn bản tới cán bộ, đảng viên.'] }],
  units: [{ name: 'Các chi, đảng bộ trực thuộc', tasks: ['Tổ chức quán triệt, triển khai thực hiện.'] }],
};
const stateFields = {
  generalTasks: ['Triển khai đồng bộ các nhiệm vụ, giải pháp.'],
  areas: [{ title: 'Nhiệm vụ trọng tâm', items: ['Thực hiện các chỉ tiêu được giao.'] }],
  units: [{ name: 'Văn phòng', tasks: ['Theo dõi, tổng hợp.'] }],
  reportTo: 'Chủ tịch Ủy ban nhân dân xã',
};

interface Case {
  template?: string;
  organisation: Organisation;
  bases: NestedDocument[];
  wording?: Record<string, unknown>;
  fields?: Record<string, unknown>;
  type?: string;
}

function printed(c: Case) {
  const template = c.template ?? (c.organisation.regime === 'dang' ? 'dang-ke-hoach-thuc-hien' : 'nha-nuoc-ke-hoach');
  const fields = c.fields ?? (c.organisation.regime === 'dang' && !template.includes('chuong-trinh') ? partyFields : stateFields);
  const answers = { organisation: c.organisation, bases: c.bases, date: { day: null, month: null, year: 2025 }, fields, ...(c.wording ? { wording: c.wording } : {}) };
  const plan = createPlanFromTemplate(template, answers);
  const laidOut = layoutPlan(plan);
  // The layout breaks the summary into balanced lines ("\n"); the wording is what is compared here.
  const summary = paraText(laidOut.front.find((p) => p.kind === 'summary')!).replace(/\n/g, ' ');
  const opening = laidOut.body.filter((p) => p.kind === 'preamble').map(paraText);
  return { plan, summary, opening, body: laidOut.body.map(paraText), notices: citationNotices(plan) };
}

const style = (o: Organisation, s: Partial<Organisation['citationStyle']>): Organisation => ({ ...o, citationStyle: { ...o.citationStyle, ...s } });

describe('a parent that implements another is cited with its chain', () => {
  it('keeps the chain when the parent has a subject of its own ("… của Ban Thường vụ Tỉnh ủy thực hiện Kết luận …")', () => {
    const { opening } = printed({ organisation: style(dangUyXa, { chainLink: 'thực hiện', commaBeforeDate: true }), bases: [kh112], wording: { opening: { name: 'generic' } } });
    expect(opening[0]).toBe(
      'Thực hiện Kế hoạch số 112-KH/TU, ngày 03/3/2025 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 118-KL/TW, ngày 18/01/2025 của Bộ Chính trị về Chương trình làm việc của Bộ Chính trị, Ban Bí thư năm 2025, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch thực hiện như sau:',
    );
  });

  it('writes "về thực hiện" when the organisation does (the default)', () => {
    const { opening } = printed({ organisation: dangUyXa, bases: [kh112], wording: { opening: { name: 'generic' } } });
    expect(opening[0]).toBe(`Thực hiện Kế hoạch số 112-KH/TU ngày 03/3/2025 của Ban Thường vụ Tỉnh ủy về thực hiện ${KL118_NO_COMMA}, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch thực hiện như sau:`);
  });

  it('chains the same way without a subject of its own, and in the summary', () => {
    const bare = { ...kh112, subject: '' };
    const { summary, opening } = printed({ organisation: dangUyXa, bases: [bare], wording: { opening: { name: 'generic' } } });
    expect(summary).toBe(`thực hiện Kế hoạch số 112-KH/TU ngày 03/3/2025 của Ban Thường vụ Tỉnh ủy về thực hiện ${KL118_NO_COMMA}`);
    expect(opening[0]).toContain(`của Ban Thường vụ Tỉnh ủy về thực hiện ${KL118_NO_COMMA},`);
  });

  it('lets one document carry its own link word', () => {
    const { opening } = printed({ organisation: dangUyXa, bases: [{ ...kh112, chainLink: 'về triển khai thực hiện' }], wording: { opening: { name: 'generic' } } });
    expect(opening[0]).toContain('của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Kết luận số 118-KL/TW');
  });
});

describe('several bases sharing a parent', () => {
  it('cites the shared parent in full once, then by its short form in the chain, with one joint bracket ("gọi là")', () => {
    const org = style(huyenUy, { chainLink: 'thực hiện', basesJoin: 'comma', shortNameBrackets: 'joint', shortNameWord: 'gọi là' });
    const { opening, plan } = printed({
      organisation: org,
      bases: [{ ...nq57, shortName: 'Nghị quyết số 57-NQ/TW' }, { ...ctr15, shortName: 'Chương trình hành động số 15-CTr/TU' }],
      wording: { opening: { name: 'generic' } },
    });
    expect(opening[0]).toBe(
      `Thực hiện ${NQ57}, ${CTR15_HEAD} thực hiện Nghị quyết số 57-NQ/TW (sau đây gọi là Nghị quyết số 57-NQ/TW, Chương trình hành động số 15-CTr/TU), Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:`,
    );
    // One document, one reference: the parent typed twice is one entry of the set.
    expect(plan.documents.filter((d) => d.symbol === 'NQ/TW')).toHaveLength(1);
  });

  it('puts one bracket after each document and "viết tắt là" when the organisation does', () => {
    const org = style(huyenUy, { basesJoin: 'semicolon' });
    const { opening } = printed({
      organisation: org,
      bases: [{ ...nq57, shortName: 'Nghị quyết 57' }, { ...ctr15, shortName: 'Chương trình 15' }],
      wording: { opening: { name: 'generic' } },
    });
    expect(opening[0]).toBe(
      `Thực hiện ${NQ57} (sau đây viết tắt là Nghị quyết 57); ${CTR15_HEAD} về thực hiện Nghị quyết 57 (sau đây viết tắt là Chương trình 15), Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:`,
    );
  });

  it('writes "gọi tắt là" and names the plan after the short name once introduced', () => {
    const org = style(tinhUy, { shortNameWord: 'gọi tắt là' });
    const { opening } = printed({
      template: 'dang-chuong-trinh-hanh-dong',
      organisation: org,
      bases: [{ ...nq57, shortName: 'Nghị quyết 57' }],
      fields: { generalGoal: 'Tạo chuyển biến mạnh mẽ.', tasks: [{ paragraphs: ['Nâng cao nhận thức.'] }], units: [{ name: 'Các huyện ủy, thị ủy', tasks: ['Xây dựng kế hoạch.'] }] },
    });
    expect(opening[0]).toBe(`Thực hiện ${NQ57} (sau đây gọi tắt là Nghị quyết 57), Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động thực hiện Nghị quyết 57 như sau:`);
  });
});

describe('a short name deeper in the chain', () => {
  it('is introduced at the end of the chained citation and used by later short references', () => {
    const { opening, plan } = printed({
      organisation: style(dangUyXa, { chainLink: 'thực hiện' }),
      bases: [{ ...kh112, implements: { ...kl118, shortName: 'Kết luận 118' } }],
      wording: { opening: { name: 'generic', implementVerb: 'triển khai thực hiện' } },
    });
    expect(opening[0]).toBe(
      `Thực hiện Kế hoạch số 112-KH/TU ngày 03/3/2025 của Ban Thường vụ Tỉnh ủy thực hiện ${KL118_NO_COMMA} (sau đây viết tắt là Kết luận 118), Ban Thường vụ Đảng ủy xã ban hành Kế hoạch triển khai thực hiện như sau:`,
    );
    // A later body paragraph citing the grandparent short uses the name introduced.
    const kl = plan.documents.find((d) => d.symbol === 'KL/TW')!;
    plan.sections[0]!.body.unshift({ type: 'paragraph', children: [{ text: 'Quán triệt ' }, { type: 'ref', field: 'citation.short', target: kl.id, children: [{ text: '' }] }, { text: '.' }] });
    expect(layoutPlan(plan).body.map(paraText)).toContain('Quán triệt Kết luận 118.');
    expect(citationNotices(plan)).toEqual([]);
  });

  it('reports a short name that can never be introduced instead of dropping it', () => {
    const { plan, notices } = printed({ organisation: dangUyXa, bases: [kh112] });
    // The short name is set on a document no full citation reaches (only the summary cites it: no introduction there).
    plan.documents.push({ ...kl118, id: 'lonely', number: '119', shortName: 'Kết luận 119' });
    expect(notices).toEqual([]);
    const after = citationNotices(plan);
    expect(after).toHaveLength(1);
    expect(after[0]!.message).toMatch(/^Tên viết tắt "Kết luận 119" của Kết luận số 119-KL\/TW không được giới thiệu/);
  });

  it('reports a short name used before it is introduced', () => {
    const { plan } = printed({ organisation: dangUyXa, bases: [{ ...kh112, shortName: 'Kế hoạch 112' }] });
    plan.preamble.unshift({ type: 'paragraph', children: [{ text: 'Theo ' }, { type: 'ref', field: 'citation.short', children: [{ text: '' }] }, { text: '.' }] });
    expect(citationNotices(plan).map((n) => n.kind)).toContain('short-name-used-before-introduced');
    expect(layoutPlan(plan).body.map(paraText)[0]).toBe('Theo Kế hoạch số 112-KH/TU.');
  });
});

describe('several bases: joiners and grouping by issuer', () => {
  const twoParty = [nq57, { ...kl118, implements: undefined }] as NestedDocument[];
  const KL118_COMMA = 'Kết luận số 118-KL/TW, ngày 18/01/2025 của Bộ Chính trị về Chương trình làm việc của Bộ Chính trị, Ban Bí thư năm 2025';
  it.each([
    ['semicolon', `${NQ57}; ${KL118_COMMA}`],
    ['comma', `${NQ57}, ${KL118_COMMA}`],
    ['comma-and', `${NQ57} và ${KL118_COMMA}`],
    ['semicolon-and', `${NQ57} và ${KL118_COMMA}`],
  ] as const)('joins with %s', (basesJoin, joined) => {
    const { opening } = printed({ organisation: style(huyenUy, { basesJoin, grouping: 'none' }), bases: twoParty, wording: { opening: { name: 'generic' } } });
    expect(opening[0]).toBe(`Thực hiện ${joined}, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:`);
  });

  it('puts "và" before the last of three and the separator between the others', () => {
    const third = { ...qd1234, regime: 'dang', type: 'Quy định', number: '09', symbol: 'QĐ/TU', issuer: 'Ban Thường vụ Tỉnh ủy', subject: 'về chuyển đổi số' } as NestedDocument;
    const { opening } = printed({ organisation: style(huyenUy, { basesJoin: 'semicolon-and', grouping: 'none' }), bases: [...twoParty, third], wording: { opening: { name: 'generic' } } });
    expect(opening[0]).toBe(`Thực hiện ${NQ57}; ${KL118_COMMA} và Quy định số 09-QĐ/TU, ngày 15/3/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:`);
  });

  it('groups resolutions of one issuer: "các Nghị quyết của Hội đồng nhân dân tỉnh: số …; số …"', () => {
    const { opening } = printed({
      organisation: style(ubndXa, { grouping: 'same-issuer' }),
      bases: [nqHdnd10, nqHdnd05],
      fields: { ...stateFields, summaryText: 'Phát triển nông nghiệp năm 2025' },
    });
    expect(opening).toEqual([
      'Thực hiện các Nghị quyết của Hội đồng nhân dân tỉnh: số 10/2021/NQ-HĐND ngày 09/12/2021 về phát triển nông nghiệp hàng hóa tập trung giai đoạn 2021-2025; số 05/2023/NQ-HĐND ngày 14/7/2023 về chính sách hỗ trợ phát triển sản xuất nông nghiệp,',
      'Ủy ban nhân dân xã xây dựng kế hoạch phát triển nông nghiệp năm 2025 như sau:',
    ]);
  });

  it('never groups when the organisation says so, and groups same-subject documents by default (Thanh Xuân)', () => {
    const sameSubject = { ...nqHdnd05, number: '06', symbol: '2023/NQ-HĐND', subject: nqHdnd10.subject };
    const merged = printed({ organisation: ubndXa, bases: [nqHdnd10, sameSubject], fields: { ...stateFields, summaryText: 'Phát triển nông nghiệp' } });
    expect(merged.opening[0]).toBe(
      'Thực hiện Nghị quyết số 10/2021/NQ-HĐND ngày 09/12/2021 và Nghị quyết số 06/2023/NQ-HĐND ngày 14/7/2023 của Hội đồng nhân dân tỉnh về phát triển nông nghiệp hàng hóa tập trung giai đoạn 2021-2025,',
    );
    const apart = printed({ organisation: style(ubndXa, { grouping: 'none' }), bases: [nqHdnd10, sameSubject], fields: { ...stateFields, summaryText: 'Phát triển nông nghiệp' } });
    expect(apart.opening[0]).toBe(
      'Thực hiện Nghị quyết số 10/2021/NQ-HĐND ngày 09/12/2021 của Hội đồng nhân dân tỉnh về phát triển nông nghiệp hàng hóa tập trung giai đoạn 2021-2025; Nghị quyết số 06/2023/NQ-HĐND ngày 14/7/2023 của Hội đồng nhân dân tỉnh về phát triển nông nghiệp hàng hóa tập trung giai đoạn 2021-2025,',
    );
  });
});

describe('abbreviations introduced inside a citation', () => {
  const withAbbr = { ...nq57, subject: 'về đột phá phát triển khoa học, công nghệ (KHCN), đổi mới sáng tạo (ĐMST) và chuyển đổi số quốc gia' };
  it('are kept in the opening and left out of the summary', () => {
    const { summary, opening } = printed({ organisation: huyenUy, bases: [withAbbr] });
    expect(opening[0]).toContain('về đột phá phát triển khoa học, công nghệ (KHCN), đổi mới sáng tạo (ĐMST) và chuyển đổi số quốc gia,');
    expect(summary).toBe(`thực hiện ${NQ57}`);
  });
  it('stay in the summary when the plan says so, and a year in brackets is never taken for one', () => {
    const { summary } = printed({ organisation: huyenUy, bases: [{ ...withAbbr, subject: `${withAbbr.subject} (2025)` }], wording: { summary: { dropAbbreviations: false } } });
    expect(summary).toBe(`thực hiện ${NQ57.replace('khoa học, công nghệ', 'khoa học, công nghệ (KHCN)').replace('đổi mới sáng tạo', 'đổi mới sáng tạo (ĐMST)')} (2025)`);
    const dropped = printed({ organisation: huyenUy, bases: [{ ...withAbbr, subject: `${withAbbr.subject} (2025)` }] });
    expect(dropped.summary).toBe(`thực hiện ${NQ57} (2025)`);
  });
});

describe('the opening sentence, part by part', () => {
  const base = { organisation: huyenUy, bases: [nq57] };
  const ISSUE = `Thực hiện ${NQ57}, Ban Thường vụ Huyện ủy`;

  it.each([
    ['Thực hiện', `${ISSUE} ban hành Kế hoạch thực hiện Nghị quyết như sau:`],
    ['Triển khai thực hiện', `Triển khai thực hiện ${NQ57}, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Nghị quyết như sau:`],
  ])('lead "%s"', (lead, sentence) => {
    expect(printed({ ...base, wording: { opening: { lead } } }).opening).toEqual([sentence]);
  });

  it('lead "Căn cứ": one line per base ending ";", then the sentence that issues the plan', () => {
    const { opening } = printed({
      organisation: ubndTinh,
      bases: [{ ...nq57 }, qd1234],
      fields: { ...stateFields, summaryText: 'Chuyển đổi số năm 2025' },
      wording: { opening: { lead: 'Căn cứ', verb: 'ban hành', name: 'implements-short', planTypeCase: 'as-is' } },
    });
    expect(opening).toEqual([
      'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
      'Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/3/2025 của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch chuyển đổi số tỉnh Bắc Ninh năm 2025;',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW như sau:',
    ]);
  });

  it('a purpose clause "nhằm …," before the collective (lower-case inside the sentence, upper-case at its start)', () => {
    expect(printed({ ...base, wording: { opening: { purpose: 'Nhằm đưa Nghị quyết sớm đi vào cuộc sống' } } }).opening).toEqual([
      `Thực hiện ${NQ57}, nhằm đưa Nghị quyết sớm đi vào cuộc sống, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Nghị quyết như sau:`,
    ]);
    expect(printed({ ...base, wording: { opening: { purpose: 'nhằm đưa Nghị quyết sớm đi vào cuộc sống', paragraphs: 2 } } }).opening).toEqual([
      `Thực hiện ${NQ57},`,
      'Nhằm đưa Nghị quyết sớm đi vào cuộc sống, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Nghị quyết như sau:',
    ]);
  });

  it.each([
    ['ban hành', 'ban hành'],
    ['xây dựng', 'xây dựng'],
  ])('verb "%s"', (verb, word) => {
    expect(printed({ ...base, wording: { opening: { verb } } }).opening[0]).toBe(`${ISSUE} ${word} Kế hoạch thực hiện Nghị quyết như sau:`);
  });

  it.each([
    ['implements-type', 'thực hiện', 'Kế hoạch thực hiện Nghị quyết'],
    ['implements-short', 'thực hiện', 'Kế hoạch thực hiện Nghị quyết số 57-NQ/TW'],
    ['generic', 'triển khai thực hiện', 'Kế hoạch triển khai thực hiện'],
    ['generic', 'thực hiện', 'Kế hoạch thực hiện'],
  ])('name "%s" with "%s"', (name, implementVerb, words) => {
    expect(printed({ ...base, wording: { opening: { name, implementVerb } } }).opening[0]).toBe(`${ISSUE} ban hành ${words} như sau:`);
  });

  it('name "subject": the plan\'s own subject ("Kế hoạch củng cố, kiện toàn …"), also as the summary', () => {
    const { opening, summary } = printed({
      organisation: dangUyXa,
      bases: [kh112],
      wording: { opening: { name: 'subject' }, summary: { form: 'subject' }, subject: 'củng cố, kiện toàn tổ chức cơ sở đảng năm 2025' },
    });
    expect(opening[0]).toMatch(/, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch củng cố, kiện toàn tổ chức cơ sở đảng năm 2025 như sau:$/);
    expect(summary).toBe('củng cố, kiện toàn tổ chức cơ sở đảng năm 2025');
  });

  it('a plan implementing a Kế hoạch never reads "ban hành Kế hoạch thực hiện Kế hoạch"', () => {
    for (const name of ['implements-type', 'implements-short']) {
      const { opening } = printed({ organisation: dangUyXa, bases: [kh112], wording: { opening: { name } } });
      expect(opening[0]).not.toMatch(/Kế hoạch thực hiện Kế hoạch/);
      expect(opening[0]).toMatch(/, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch thực hiện như sau:$/);
    }
  });

  it.each([
    ['như sau:', ' như sau:'],
    ['cụ thể như sau:', ' cụ thể như sau:'],
    [', cụ thể:', ', cụ thể:'],
    ['với những nội dung sau:', ' với những nội dung sau:'],
    [', với các nội dung như sau:', ', với các nội dung như sau:'],
  ])('ending "%s"', (ending, tail) => {
    expect(printed({ ...base, wording: { opening: { ending } } }).opening[0]).toBe(`${ISSUE} ban hành Kế hoạch thực hiện Nghị quyết${tail}`);
  });

  it('another collective than the organisation\'s usual one ("Ban Chấp hành Đảng bộ tỉnh")', () => {
    const { opening } = printed({
      template: 'dang-chuong-trinh-hanh-dong',
      organisation: tinhUy,
      bases: [nq57],
      wording: { opening: { collective: 'Ban Chấp hành Đảng bộ tỉnh' } },
      fields: { generalGoal: 'Tạo chuyển biến mạnh mẽ.', tasks: [{ paragraphs: ['Nâng cao nhận thức.'] }], units: [{ name: 'Các huyện ủy', tasks: ['Xây dựng kế hoạch.'] }] },
    });
    expect(opening[0]).toBe(`Thực hiện ${NQ57}, Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW như sau:`);
  });

  it('one paragraph or two', () => {
    expect(printed({ ...base, wording: { opening: { paragraphs: 2 } } }).opening).toEqual([`Thực hiện ${NQ57},`, 'Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Nghị quyết như sau:']);
  });

  it('follows a change of the parent everywhere: the plan name is a live reference', () => {
    const { plan } = printed({ ...base, wording: { opening: { name: 'implements-short' } } });
    plan.documents[0] = { ...plan.documents[0]!, number: '58' };
    expect(paraText(layoutPlan(plan).body[0]!)).toMatch(/ban hành Kế hoạch thực hiện Nghị quyết số 58-NQ\/TW như sau:$/);
  });
});

describe('summaries', () => {
  it('Party: "thực hiện <citation>" with the date, or without it when the organisation writes it so', () => {
    expect(printed({ organisation: huyenUy, bases: [ctr15] }).summary).toBe(`thực hiện ${CTR15_HEAD} về thực hiện ${NQ57}`);
    expect(printed({ organisation: huyenUy, bases: [ctr15], wording: { summary: { date: false, lead: 'triển khai thực hiện' } } }).summary).toBe(
      'triển khai thực hiện Chương trình hành động số 15-CTr/TU của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    );
  });

  it('State: generated from the citation when no subject is given ("Thực hiện Quyết định số …"), live', () => {
    const { summary, plan } = printed({ organisation: ubndXa, bases: [qd1234] });
    expect(summary).toBe('Thực hiện Quyết định số 1234/QĐ-UBND ngày 15/3/2025 của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch chuyển đổi số tỉnh Bắc Ninh năm 2025');
    plan.documents[0] = { ...plan.documents[0]!, date: '2025-03-16' };
    expect(paraText(layoutPlan(plan).front.find((p) => p.kind === 'summary')!).replace(/\n/g, ' ')).toContain('ngày 16/3/2025');
  });

  it('State: the plan\'s own subject when given, and the opening names the plan by it', () => {
    const { summary, opening } = printed({ organisation: ubndXa, bases: [qd1234], fields: { ...stateFields, summaryText: 'Chuyển đổi số năm 2025 trên địa bàn xã' } });
    expect(summary).toBe('Chuyển đổi số năm 2025 trên địa bàn xã');
    expect(opening[1]).toBe('Ủy ban nhân dân xã xây dựng kế hoạch chuyển đổi số năm 2025 trên địa bàn xã như sau:');
  });

  it('every base when the summary cites them all', () => {
    const { summary } = printed({ organisation: style(huyenUy, { basesJoin: 'comma-and', grouping: 'none' }), bases: [nq57, { ...kl118 }], wording: { summary: { cite: 'all' } } });
    expect(summary).toBe(`thực hiện ${NQ57} và Kết luận số 118-KL/TW, ngày 18/01/2025 của Bộ Chính trị về Chương trình làm việc của Bộ Chính trị, Ban Bí thư năm 2025`);
  });
});

describe('Party templates: closing sentence and stock parts', () => {
  it('"Trên đây là Kế hoạch thực hiện <full citation> …" built from live references', () => {
    const { body } = printed({ organisation: huyenUy, bases: [nq57], fields: { ...partyFields, closingSentence: true } });
    expect(body[body.length - 1]).toBe(
      `Trên đây là Kế hoạch thực hiện ${NQ57} của Ban Thường vụ Huyện ủy, đề nghị các cấp ủy, tổ chức đảng, cơ quan, đơn vị nghiêm túc triển khai thực hiện.`,
    );
  });

  it('the closing sentence names the plan with the opening\'s implementing verb', () => {
    const { body } = printed({ organisation: huyenUy, bases: [nq57], fields: { ...partyFields, closingSentence: true }, wording: { opening: { implementVerb: 'triển khai thực hiện' } } });
    expect(body[body.length - 1]).toMatch(/^Trên đây là Kế hoạch triển khai thực hiện Nghị quyết số 57-NQ\/TW, ngày 22\/12\/2024 của Bộ Chính trị/);
  });

  it('every stock paragraph and section can be switched off in the answers', () => {
    const plan = createPlanFromTemplate('dang-ke-hoach-thuc-hien', {
      organisation: huyenUy,
      bases: [nq57],
      date: '2025-03-01',
      omitSections: ['che-do-bao-cao'],
      fields: { ...partyFields, stockPurposes: false, extraPurposes: ['Quán triệt sâu sắc Nghị quyết.'] },
    });
    const text = layoutPlan(plan).body.map(paraText);
    expect(text).toContain('- Quán triệt sâu sắc Nghị quyết.');
    expect(text.join('\n')).not.toMatch(/Cụ thể hóa các mục tiêu|Chế độ thông tin, báo cáo|Giao .* chủ trì/);
  });

  it('refuses an unknown section key with the list of keys, in Vietnamese', () => {
    expect(() =>
      createPlanFromTemplate('dang-ke-hoach-thuc-hien', { organisation: huyenUy, bases: [nq57], date: '2025-03-01', omitSections: ['bao-cao'], fields: partyFields }),
    ).toThrow(/mẫu "Kế hoạch thực hiện .*" không có mục "bao-cao"; các mục có thể bỏ: muc-dich-yeu-cau, /);
  });

  it('the action programme takes units with no name as run-in numbered paragraphs', () => {
    const plan = createPlanFromTemplate('dang-chuong-trinh-hanh-dong', {
      organisation: tinhUy,
      bases: [nq57],
      date: '2025-02-10',
      fields: {
        generalGoal: 'Tạo chuyển biến mạnh mẽ.',
        tasks: [{ paragraphs: ['Nâng cao nhận thức.'] }],
        units: [{ tasks: ['Các cấp ủy, tổ chức đảng xây dựng kế hoạch thực hiện.'] }, { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', tasks: ['Hướng dẫn tuyên truyền.'] }],
      },
    });
    const text = layoutPlan(plan).body.map(paraText);
    expect(text).toContain('1. Các cấp ủy, tổ chức đảng xây dựng kế hoạch thực hiện.');
    expect(text).toContain('2. Ban Tuyên giáo và Dân vận Tỉnh ủy');
  });
});

describe('while the clerk types (new-plan form preview)', () => {
  it('a date half typed prints as a gap instead of failing; an empty one is no date', async () => {
    const { previewWording } = await import('../../../core/compose/preview');
    expect(previewWording({ organisation: huyenUy, type: 'Kế hoạch', bases: [{ ...nq57, date: '' }] }).citations[0]).toMatch(/^Nghị quyết số 57-NQ\/TW của Bộ Chính trị về/);
    const preview = previewWording({ organisation: huyenUy, type: 'Kế hoạch', bases: [{ ...nq57, date: '2024-12' }] });
    expect(preview.citations[0]).toBe('Nghị quyết số 57-NQ/TW, ngày … của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia');
    expect(preview.opening[0]).toMatch(/^Thực hiện Nghị quyết số 57-NQ\/TW, ngày … của Bộ Chính trị/);
  });

  it('a base already cited in full inside the chain of an earlier base is named, not cited again', () => {
    const { opening } = printed({ organisation: style(huyenUy, { basesJoin: 'comma-and' }), bases: [ctr15, nq57], wording: { opening: { name: 'generic' } } });
    expect(opening[0]).toBe(`Thực hiện ${CTR15_HEAD} về thực hiện ${NQ57} và Nghị quyết số 57-NQ/TW, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:`);
  });
});

describe('documents cited by name', () => {
  it('a congress resolution with no number, symbol or date is cited by its name', () => {
    const congress = { type: 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX', regime: 'dang', number: '', symbol: '', date: '', issuer: 'Đảng bộ tỉnh', subject: 'nhiệm kỳ 2025 - 2030' } as NestedDocument;
    const { opening, summary } = printed({ organisation: huyenUy, bases: [congress], wording: { opening: { name: 'implements-type' } } });
    expect(summary).toBe('thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX của Đảng bộ tỉnh nhiệm kỳ 2025 - 2030');
    expect(opening[0]).toBe(
      'Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX của Đảng bộ tỉnh nhiệm kỳ 2025 - 2030, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX như sau:',
    );
  });

  it('a number without its symbol is refused in Vietnamese', () => {
    expect(() => printed({ organisation: huyenUy, bases: [{ ...nq57, symbol: '' }] })).toThrow(/trường "bases\[0\]\.symbol": Thiếu ký hiệu văn bản/);
  });
});

describe('answers that cannot make a plan are refused as answers, not blamed on the template', () => {
  it('a signing year outside 1945–2100 typed as an ISO date', () => {
    expect(() => createPlanFromTemplate('dang-ke-hoach-thuc-hien', { organisation: huyenUy, bases: [nq57], date: '0099-01-01', fields: partyFields })).toThrow(
      /^trường "date": Năm ký phải từ 1945 đến 2100$/,
    );
  });
});

describe('documents known by their name alone (state "Căn cứ" lines)', () => {
  it('a law cited by name and date, and the Party statute by name only', () => {
    const law = { type: 'Luật Tổ chức chính quyền địa phương', regime: 'nha-nuoc', number: '', symbol: '', date: '2015-06-19', issuer: '', subject: '' } as NestedDocument;
    const statute = { type: 'Điều lệ Đảng', regime: 'dang', number: '', symbol: '', date: '', issuer: '', subject: '' } as NestedDocument;
    const { opening } = printed({
      organisation: style(ubndTinh, { dateStyle: 'words' }),
      bases: [law, qd1234],
      fields: { ...stateFields, summaryText: 'Chuyển đổi số năm 2025' },
      wording: { opening: { lead: 'Căn cứ' } },
    });
    expect(opening[0]).toBe('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;');
    const party = printed({ organisation: huyenUy, bases: [statute, nq57], wording: { opening: { lead: 'Căn cứ', name: 'generic' } } });
    expect(party.opening[0]).toBe('Căn cứ Điều lệ Đảng;');
  });

  it('a numbered document still needs its issuer', () => {
    expect(() => printed({ organisation: huyenUy, bases: [{ ...nq57, issuer: '' }] })).toThrow(/trường "bases\[0\]\.issuer": Thiếu cơ quan ban hành/);
  });
});

describe('naming the document a programme implements', () => {
  it('a district plan on the province\'s programme is named, and summarised, after the resolution at the top of the chain', () => {
    const { opening, summary } = printed({
      organisation: huyenUy,
      bases: [ctr15],
      wording: { opening: { name: 'implements-short', nameTarget: 'root' }, summary: { cite: 'root' } },
    });
    expect(opening[0]).toBe(`Thực hiện ${CTR15_HEAD} về thực hiện ${NQ57}, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW như sau:`);
    expect(summary).toBe(`thực hiện ${NQ57}`);
  });
});
