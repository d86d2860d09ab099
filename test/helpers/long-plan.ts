import { bullet, paragraph, ref, text, type BlockElement, type TableElement } from '../../core/model/inline';
import type { Plan, Section } from '../../core/model/plan';
import { anLaoOrg } from './fixtures/organisations';

/**
 * A plan of about `pages` A4 pages for benchmarks: real sentences from the An Lão example,
 * about 5.75 body paragraphs a page (calibrated with LibreOffice) under the Party profile (14 pt, 18 pt exact lines).
 */
const SENTENCES = [
  'Tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn huyện đến năm 2030, góp phần thực hiện các mục tiêu, nhiệm vụ chính trị của địa phương.',
  'Quán triệt, tuyên truyền, triển khai và thực hiện Chỉ thị sâu rộng, nghiêm túc, hiệu quả nhằm nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và các tầng lớp nhân dân về tầm quan trọng của công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên.',
  'Cụ thể hóa các mục tiêu, nhiệm vụ trọng tâm, giải pháp và phân công trách nhiệm thực hiện Chỉ thị phù hợp với tình hình thực tiễn của cơ quan, đơn vị, địa phương.',
  'Tăng cường vai trò, trách nhiệm của cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và tổ chức xã hội các cấp trong việc huy động cả hệ thống chính trị, toàn xã hội tham gia vào công tác giáo dục chính trị tư tưởng đối với học sinh trên địa bàn.',
];

export const PARAGRAPHS_PER_PAGE = 5.75;

function bodyFor(index: number, count: number): BlockElement[] {
  return Array.from({ length: count }, (_, i) => {
    const sentence = `${SENTENCES[(index + i) % SENTENCES.length]} ${SENTENCES[(index + i + 1) % SENTENCES.length]}`;
    return i % 3 === 2
      ? bullet('-', text('Quán triệt '), ref('citation.short'), text(` tới cán bộ, đảng viên. ${sentence}`))
      : paragraph(text(sentence));
  });
}

/** A task table of 20 rows (a header and 19 tasks), as clerks put in "Tổ chức thực hiện". */
export function benchTable(): TableElement {
  const rows = [['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành']];
  for (let i = 1; i < 20; i += 1) {
    rows.push([String(i), SENTENCES[i % SENTENCES.length]!.slice(0, 90), 'Ban Tuyên giáo Huyện ủy', 'Các chi, đảng bộ trực thuộc', `Quý ${(i % 4) + 1}/2026`]);
  }
  return { type: 'table', rows, headerRows: 1, widths: [8, 42, 18, 18, 14], children: [{ text: '' }] };
}

/** The section the editor bench types in (the first child of the middle group): it holds the 20-row table. */
export function benchTypingSectionId(plan: Plan): string {
  return plan.sections[Math.floor(plan.sections.length / 2)]!.children[0]!.id;
}

export function makeBenchPlan(pages: number): Plan {
  const paragraphs = Math.max(1, Math.round(pages * PARAGRAPHS_PER_PAGE));
  const perSection = 6;
  const sectionCount = Math.ceil(paragraphs / perSection);
  const top: Section[] = [];
  for (let i = 0; i < sectionCount; i += 1) {
    const group = Math.floor(i / 5);
    if (!top[group]) top[group] = { id: `top-${group}`, title: `Nhiệm vụ, giải pháp nhóm ${group + 1}`, body: [], children: [] };
    (top[group] as Section).children.push({ id: `s-${i}`, title: `Nội dung thứ ${i + 1}`, body: bodyFor(i, perSection), children: [] });
  }
  // The clerk types just below a 20-row table (the bench: a table on screen while typing).
  const typing = top[Math.floor(top.length / 2)]!.children[0]!;
  typing.body.splice(typing.body.length - 1, 0, benchTable());
  return {
    id: `bench-${pages}`,
    templateId: 'dang-ke-hoach-thuc-hien',
    profile: 'dang-hd05',
    type: 'Kế hoạch',
    number: '',
    date: { day: null, month: null, year: 2026 },
    organisation: { ...anLaoOrg, defaultProfile: 'dang-hd05', citationStyle: { commaBeforeDate: true, dateStyle: 'numeric' }, signers: [] },
    baseIds: ['ct32'],
    documents: [
      {
        id: 'ct32', type: 'Chỉ thị', regime: 'dang', number: '32', symbol: 'CT/TU', date: '2024-04-24',
        issuer: 'Ban Thường vụ Thành ủy',
        subject: 'về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030',
      },
    ],
    summary: [text('thực hiện '), ref('citation.full')],
    preamble: [paragraph(text('Thực hiện '), ref('citation.full'), text(', '), ref('org.collective'), text(' ban hành Kế hoạch thực hiện như sau:'))],
    sections: top,
    recipients: [
      { purpose: 'để b/c', display: 'brace', items: ['Ban Tuyên giáo Thành ủy', 'TT Huyện ủy'] },
      { purpose: 'để t/h', display: 'brace', items: ['Ủy ban nhân dân huyện', 'Các chi, đảng bộ trực thuộc Huyện ủy'] },
    ],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Văn Tuấn' },
    marks: {},
    options: { mirrorMargins: false },
  };
}
