import { bullet, paragraph, ref, text, type Organisation, type Plan, type Section } from '../../core/model';
import type { ProfileId } from '../../core/model/organisation';
import { chiThi32, ctr05, qd4045 } from './fixtures/documents';
import { type NestedDocument, flattenNested } from '../../core/model';
import { anLaoOrg, dongDaOrg, thanhXuanOrg } from './fixtures/organisations';
import { anLaoRecipientItems, dongDaRecipients, thanhXuanRecipientItems } from './fixtures/recipients';

/**
 * Small builders of test plans, with wording and facts taken from the three real signed plans
 * in /work/shared/examples (An Lão: Party HD36; Đông Đa: Party HD05; Thanh Xuân: state ND30).
 * Organisations, cited documents and recipients are declared once, in ./fixtures/, with the
 * values of the example drafts; the plans below shorten the body and say where else they differ.
 * Pure data: the preview harness (test/tools/preview-harness) bundles this file for the browser.
 */

export * from './fixtures/documents';
export * from './fixtures/organisations';
export * from './fixtures/recipients';

const section = (id: string, title: string, body: Section['body'], children: Section[] = [], extra: Partial<Section> = {}): Section => ({
  id,
  title,
  body,
  children,
  ...extra,
});

/**
 * The An Lão plan (HD36), shortened: number and day/month blank as in the printed draft; four of
 * its eight recipients, so that the closing block stays small.
 */
export function anLaoPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'an-lao',
    templateId: 'dang-ke-hoach-thuc-hien',
    profile: 'dang-hd36',
    type: 'Kế hoạch',
    number: '',
    date: { day: null, month: null, year: 2024 },
    organisation: anLaoOrg,
    ...docSet(chiThi32),
    summary: [text('thực hiện '), ref('citation.full')],
    preamble: [
      paragraph(text('Thực hiện '), ref('citation.full'), text(', '), ref('org.collective'), text(' ban hành Kế hoạch thực hiện Chỉ thị như sau:')),
    ],
    sections: [
      section('s1', 'Mục đích, yêu cầu, mục tiêu', [], [
        section('s1-1', 'Mục đích, yêu cầu', [
          bullet('-', text('Quán triệt, tuyên truyền, triển khai và thực hiện Chỉ thị sâu rộng, nghiêm túc, hiệu quả.')),
        ]),
        section('s1-2', 'Mục tiêu', [paragraph(text('Đến năm 2030, 100% học sinh, sinh viên được giáo dục chính trị tư tưởng.'))]),
      ]),
      section('s2', 'Tổ chức thực hiện', [], [
        section('s2-1', 'Các chi, Đảng bộ trực thuộc Huyện ủy', [
          bullet('-', text('Tổ chức nghiên cứu, quán triệt, tuyên truyền sâu rộng Chỉ thị tới cán bộ, đảng viên và Nhân dân trên địa bàn.')),
        ]),
        section('s2-2', 'Ủy ban nhân dân huyện', [
          bullet('-', text('Lãnh đạo xây dựng kế hoạch thực hiện Chỉ thị gắn với tăng cường nguồn lực đầu tư.')),
        ]),
      ]),
    ],
    recipients: [
      {
        purpose: '',
        display: 'each-line',
        items: [0, 1, 2, 6].map((i) => anLaoRecipientItems[i]!),
      },
    ],
    signature: { ...anLaoOrg.signers[0]! },
    marks: {},
    options: { mirrorMargins: false },
    ...overrides,
  };
}

/**
 * Đông Đa set up for the HD05 tests: HD05 by default, and citing with a comma before "ngày", the
 * current Party practice (shared/spec/format-profiles.md), where the signed plan has no comma.
 */
export const dongDaOrgHd05: Organisation = {
  ...dongDaOrg,
  defaultProfile: 'dang-hd05',
  citationStyle: { commaBeforeDate: true, dateStyle: 'numeric' },
};

/**
 * The Đông Đa plan with the recipient groups shown with a brace, as signed. Unlike the signed
 * draft (HD36, unnumbered) it is laid out under HD05 with a number, a full date and mirror margins,
 * the case the HD05 tests need, and its signature is typed in mixed case to show it printed in caps.
 */
export function dongDaPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'dong-da',
    templateId: 'dang-ke-hoach-thuc-hien',
    profile: 'dang-hd05',
    type: 'Kế hoạch',
    number: '5',
    date: { day: 3, month: 2, year: 2026 },
    organisation: dongDaOrgHd05,
    ...docSet(ctr05),
    summary: [text('Triển khai thực hiện '), ref('citation.full')],
    preamble: [
      paragraph(text('Thực hiện '), ref('citation.full'), text(', '), ref('org.collective'), text(' ban hành Kế hoạch triển khai thực hiện như sau:')),
    ],
    sections: [
      section('d1', 'Mục đích, yêu cầu', [
        paragraph(text('Quán triệt sâu sắc và tổ chức triển khai thực hiện nghiêm túc các quan điểm, mục tiêu, nhiệm vụ và giải pháp.')),
      ]),
      section('d2', 'Nhiệm vụ, giải pháp chủ yếu', [], [
        section('d2-1', 'Tăng cường công tác tuyên truyền', [
          paragraph(text('Tổ chức quán triệt, tuyên truyền sâu rộng Nghị quyết của Trung ương tới toàn thể cán bộ, đảng viên.')),
        ]),
      ]),
      section('d3', 'Tổ chức thực hiện', [], [
        section('d3-1', 'Ủy ban nhân dân phường', [paragraph(text('Chủ trì, phối hợp triển khai thực hiện Kế hoạch.'))], [], { runIn: true }),
      ]),
    ],
    recipients: dongDaRecipients(),
    signature: { authority: 'T/M Đảng ủy', position: 'Phó Bí thư Thường trực', name: 'Đinh Nguyên Mạnh' },
    marks: {},
    options: { mirrorMargins: true },
    ...overrides,
  };
}

/**
 * The Thanh Xuân plan (ND30): letters at the top, run-in "1.1." points, the head signs directly.
 * Shortened to the first of its four bases; numbered 123 (the signed plan's number is not in the
 * text) and signed in mixed case, to show number and signature as printed.
 */
export function thanhXuanPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'thanh-xuan',
    templateId: 'nha-nuoc-ke-hoach',
    profile: 'nha-nuoc-nd30',
    type: 'Kế hoạch',
    number: '123',
    date: { day: 21, month: 9, year: 2023 },
    organisation: thanhXuanOrg,
    ...docSet(qd4045),
    summary: [text('thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh năm học 2023-2024')],
    preamble: [paragraph(text('Thực hiện '), ref('citation.full'), text(', Phòng GDĐT xây dựng kế hoạch như sau:'))],
    sections: [
      section('a', 'Nhiệm vụ chung', [
        paragraph(text('Triển khai thực hiện hiệu quả các văn bản quy phạm pháp luật về giáo dục chính trị và công tác học sinh.')),
      ]),
      section('b', 'Nhiệm vụ, giải pháp cụ thể', [], [
        section('b1', 'Công tác giáo dục chính trị, tư tưởng, văn hóa', [], [
          section('b1-1', '', [paragraph(text('Đổi mới, nâng cao chất lượng giảng dạy, học tập đối với môn Đạo đức, Giáo dục công dân.'))], [], {
            runIn: true,
          }),
        ]),
      ]),
      section('c', 'Tổ chức thực hiện', [
        paragraph(text('Trong quá trình thực hiện nếu có khó khăn, vướng mắc cần báo cáo với lãnh đạo phòng GDĐT để kịp thời giải quyết.')),
      ]),
    ],
    recipients: [
      {
        purpose: '',
        display: 'each-line',
        items: [...thanhXuanRecipientItems],
      },
    ],
    signature: { authority: '', position: 'Trưởng phòng', name: 'Phạm Gia Hữu' },
    marks: {},
    options: { mirrorMargins: false },
    ...overrides,
  };
}

export const planForProfile = (profile: ProfileId, overrides: Partial<Plan> = {}): Plan =>
  profile === 'nha-nuoc-nd30'
    ? thanhXuanPlan(overrides)
    : profile === 'dang-hd05'
      ? dongDaPlan(overrides)
      : anLaoPlan(overrides);

/** A plan's document set from bases written the nested way (as answers.json does). */
export function docSet(...bases: NestedDocument[]): Pick<Plan, 'documents' | 'baseIds'> {
  const { documents, baseIds } = flattenNested(bases);
  return { documents, baseIds };
}
