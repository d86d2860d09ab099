import type { Plan, Section } from '../../../core/model';

/** A trimmed An Lão plan (../../../../shared/examples/an-lao-ke-hoach-chi-thi-32.txt) for state tests. */
const section = (id: string, title: string, children: Section[] = [], key?: string): Section => ({
  id,
  ...(key ? { key } : {}),
  title,
  body: [{ type: 'paragraph', children: [{ text: `Nội dung ${title}` }] }],
  children,
});

export function anLaoPlan(): Plan {
  return {
    id: 'plan-an-lao',
    templateId: 'dang-ke-hoach-thuc-hien',
    profile: 'dang-hd36',
    type: 'Kế hoạch',
    number: '',
    date: { day: null, month: null, year: 2024 },
    organisation: {
      superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
      issuingBody: 'HUYỆN ỦY AN LÃO',
      symbolCode: 'HU',
      placeName: 'An Lão',
      collective: 'Ban Thường vụ Huyện ủy',
      regime: 'dang',
      defaultProfile: 'dang-hd36',
      citationStyle: { commaBeforeDate: false, dateStyle: 'numeric' },
      toneMarks: 'ủy',
      archiveLine: 'Lưu Văn phòng Huyện ủy',
      signers: [{ authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn A' }],
    },
    bases: [
      {
        id: 'ct32',
        type: 'Chỉ thị',
        regime: 'dang',
        number: '32',
        symbol: 'CT/TU',
        date: '2024-04-24',
        issuer: 'Ban Thường vụ Thành ủy',
        subject: 'về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030',
      },
    ],
    summary: [{ text: 'thực hiện ' }, { type: 'ref', field: 'citation.full', children: [{ text: '' }] }],
    preamble: [],
    sections: [
      section('s1', 'MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU', [section('s1-1', 'Mục đích, yêu cầu'), section('s1-2', 'Mục tiêu')], 'muc-dich-yeu-cau'),
      section('s2', 'NHIỆM VỤ, GIẢI PHÁP', [section('s2-1', 'Tăng cường lãnh đạo'), section('s2-2', 'Đổi mới nội dung')]),
      section(
        's3',
        'TỔ CHỨC THỰC HIỆN',
        [
          section('s3-1', 'Các chi, Đảng bộ trực thuộc Huyện ủy'),
          section('s3-2', 'Ủy ban nhân dân huyện'),
          section('s3-3', 'Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội huyện'),
          section('s3-4', 'Cấp ủy, Hội đồng trường, Ban Giám hiệu các trường học'),
        ],
        'to-chuc-thuc-hien',
      ),
    ],
    recipients: [
      { purpose: 'để b/c', display: 'brace', items: ['Ban Tuyên giáo Thành uỷ', 'TT Huyện ủy'] },
      { purpose: 'để t/h', display: 'brace', items: ['Ủy ban nhân dân huyện', 'Ban Tuyên giáo Huyện ủy'] },
    ],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn A' },
    marks: {},
    options: { mirrorMargins: false },
  };
}
