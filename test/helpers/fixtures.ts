import { bullet, paragraph, ref, text, type DocumentRef, type Organisation, type Plan, type Section } from '../../core/model';
import type { ProfileId } from '../../core/model/organisation';

/**
 * Small builders of test plans, with wording and facts taken from the three real signed plans
 * in /work/shared/examples (An Lão: Party HD36; Đông Đa: Party HD05; Thanh Xuân: state ND30).
 */

export const chiThi32: DocumentRef = {
  id: 'ct32',
  type: 'Chỉ thị',
  regime: 'dang',
  number: '32',
  symbol: 'CT/TU',
  date: '2024-04-24',
  issuer: 'Ban Thường vụ Thành ủy',
  subject:
    'về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030',
};

export const anLaoOrg: Organisation = {
  superiorBody: 'Đảng bộ thành phố Hải Phòng',
  issuingBody: 'Huyện ủy An Lão',
  symbolCode: 'HU',
  placeName: 'An Lão',
  collective: 'Ban Thường vụ Huyện ủy',
  regime: 'dang',
  defaultProfile: 'dang-hd36',
  citationStyle: { commaBeforeDate: false, dateStyle: 'numeric' },
  toneMarks: 'ủy',
  archiveLine: 'Lưu Văn phòng Huyện ủy',
  signers: [{ authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Văn Tuấn' }],
};

export const dongDaOrg: Organisation = {
  superiorBody: 'Đảng bộ thành phố Hà Nội',
  issuingBody: 'Đảng ủy phường Đông Đa',
  symbolCode: 'ĐU',
  placeName: 'Đông Đa',
  collective: 'Đảng ủy phường Đông Đa',
  regime: 'dang',
  defaultProfile: 'dang-hd05',
  citationStyle: { commaBeforeDate: true, dateStyle: 'numeric' },
  toneMarks: 'ủy',
  archiveLine: 'Lưu Ban XDĐ',
  signers: [{ authority: 'T/M ĐẢNG ỦY', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Đinh Nguyên Mạnh' }],
};

export const thanhXuanOrg: Organisation = {
  superiorBody: 'UBND quận Thanh Xuân',
  issuingBody: 'Phòng Giáo dục và Đào tạo',
  symbolCode: 'GDĐT',
  placeName: 'Thanh Xuân',
  collective: 'Phòng GDĐT',
  regime: 'nha-nuoc',
  defaultProfile: 'nha-nuoc-nd30',
  citationStyle: { commaBeforeDate: false, dateStyle: 'numeric' },
  toneMarks: 'ủy',
  archiveLine: 'Lưu: VT',
  signers: [{ authority: '', position: 'TRƯỞNG PHÒNG', name: 'Phạm Gia Hữu' }],
};

const section = (id: string, title: string, body: Section['body'], children: Section[] = [], extra: Partial<Section> = {}): Section => ({
  id,
  title,
  body,
  children,
  ...extra,
});

/** The An Lão plan (HD36), shortened: number and day/month blank as in the printed draft. */
export function anLaoPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'an-lao',
    templateId: 'ke-hoach-thuc-hien',
    profile: 'dang-hd36',
    type: 'Kế hoạch',
    number: '',
    date: { day: null, month: null, year: 2024 },
    organisation: anLaoOrg,
    bases: [chiThi32],
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
        items: ['Ban Tuyên giáo Thành ủy', 'TT Huyện ủy', 'Ủy ban nhân dân huyện', 'Các chi, Đảng bộ trực thuộc Huyện ủy'],
      },
    ],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Văn Tuấn' },
    marks: {},
    options: { mirrorMargins: false },
    ...overrides,
  };
}

export const ctr05: DocumentRef = {
  id: 'ctr05',
  type: 'Chương trình hành động',
  regime: 'dang',
  number: '05',
  symbol: 'CTr/TU',
  date: '2026-01-12',
  issuer: 'Ban Thường vụ Thành ủy Hà Nội',
  subject: '',
  implements: {
    id: 'nq71',
    type: 'Nghị quyết',
    regime: 'dang',
    number: '71',
    symbol: 'NQ/TW',
    date: '2025-08-22',
    issuer: 'Bộ Chính trị',
    subject: 'về đột phá phát triển giáo dục và đào tạo',
  },
};

/** The Đông Đa plan (HD05) with the recipient groups shown with a brace, as signed. */
export function dongDaPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'dong-da',
    templateId: 'ke-hoach-thuc-hien',
    profile: 'dang-hd05',
    type: 'Kế hoạch',
    number: '5',
    date: { day: 3, month: 2, year: 2026 },
    organisation: dongDaOrg,
    bases: [ctr05],
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
    recipients: [
      { purpose: 'để b/c', display: 'brace', items: ['Thành ủy Hà Nội', 'Ban TG&DV TU', 'Ban TV ĐU phường'] },
      {
        purpose: 'để t/h',
        display: 'brace',
        items: ['UBND phường', 'UBMTTQ phường', 'Công an phường', 'Các tổ chức đảng trực thuộc'],
      },
    ],
    signature: { authority: 'T/M Đảng ủy', position: 'Phó Bí thư Thường trực', name: 'Đinh Nguyên Mạnh' },
    marks: {},
    options: { mirrorMargins: true },
    ...overrides,
  };
}

const qd4045: DocumentRef = {
  id: 'qd4045',
  type: 'Quyết định',
  regime: 'nha-nuoc',
  number: '4045',
  symbol: 'QĐ-UBND',
  date: '2023-08-11',
  issuer: 'Ủy ban nhân dân thành phố Hà Nội',
  subject: 'về việc ban hành khung Kế hoạch thời gian năm học 2023-2024',
};

/** The Thanh Xuân plan (ND30): letters at the top, run-in "1.1." points, the head signs directly. */
export function thanhXuanPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'thanh-xuan',
    templateId: 'ke-hoach-nam-hoc',
    profile: 'nha-nuoc-nd30',
    type: 'Kế hoạch',
    number: '123',
    date: { day: 21, month: 9, year: 2023 },
    organisation: thanhXuanOrg,
    bases: [qd4045],
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
        items: ['Sở GDĐT', 'Các trường MN, Tiểu học, THCS trên địa bàn quận', 'Lãnh đạo, chuyên viên phòng GDĐT'],
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
