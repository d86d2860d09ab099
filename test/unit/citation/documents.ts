import type { DocumentRef } from '../../../core/model/document-ref';
import type { CitationStyle } from '../../../core/model/organisation';

/** Documents cited by the three real plans in shared/examples, as a clerk would enter them. */
export const NO_COMMA: CitationStyle = { commaBeforeDate: false, dateStyle: 'numeric' };
export const COMMA: CitationStyle = { commaBeforeDate: true, dateStyle: 'numeric' };
export const WORDS: CitationStyle = { commaBeforeDate: false, dateStyle: 'words' };

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

export const nghiQuyet07: DocumentRef = {
  id: 'nq07',
  type: 'Nghị quyết',
  regime: 'dang',
  number: '07',
  symbol: 'NQ/TU',
  date: '2022-08-01',
  issuer: 'Ban Chấp hành Đảng bộ thành phố',
  subject:
    'về “Một số giải pháp đổi mới, nâng cao chất lượng, hiệu quả công tác tư tưởng của Đảng bộ thành phố đến năm 2025, định hướng đến năm 2030”',
};

export const ctr12: DocumentRef = {
  id: 'ctr12',
  type: 'Chương trình hành động',
  regime: 'dang',
  number: '12',
  symbol: 'CTr/HU',
  date: '2022-12-29',
  issuer: 'Ban Thường vụ Huyện ủy',
  subject: '',
  implements: nghiQuyet07,
};

export const nq71: DocumentRef = {
  id: 'nq71',
  type: 'Nghị quyết',
  regime: 'dang',
  number: '71',
  symbol: 'NQ/TW',
  date: '2025-08-22',
  issuer: 'Bộ Chính trị',
  subject: 'về đột phá phát triển giáo dục và đào tạo',
};

export const ctr05: DocumentRef = {
  id: 'ctr05',
  type: 'Chương trình hành động',
  regime: 'dang',
  number: '05',
  symbol: 'CTr/TU',
  date: '2026-01-12',
  issuer: 'Ban Thường vụ Thành ủy Hà Nội',
  subject: '',
  implements: nq71,
};

const KHUNG_NAM_HOC =
  'về việc ban hành và sửa đổi khung Kế hoạch thời gian năm học 2023-2024 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên trên địa bàn thành phố Hà Nội';

export const thanhXuanBases: DocumentRef[] = [
  { id: 'qd4045', type: 'Quyết định', regime: 'nha-nuoc', number: '4045', symbol: 'QĐ-UBND', date: '2023-08-11', issuer: 'Ủy ban nhân dân (UBND) thành phố Hà Nội', subject: KHUNG_NAM_HOC },
  { id: 'qd4354', type: 'Quyết định', regime: 'nha-nuoc', number: '4354', symbol: 'QĐ-UBND', date: '2023-08-31', issuer: 'Ủy ban nhân dân (UBND) thành phố Hà Nội', subject: KHUNG_NAM_HOC },
  { id: 'cv3360', type: 'Công văn', regime: 'nha-nuoc', number: '3360', symbol: 'SGDĐT-CTTT', date: '2023-09-15', issuer: 'Sở Giáo dục và Đào tạo (GDĐT) Hà Nội', subject: 'về việc hướng dẫn thực hiện nhiệm vụ giáo dục chính trị, công tác học sinh năm học 2023-2024' },
  { id: 'kh195', type: 'Kế hoạch', regime: 'nha-nuoc', number: '195', symbol: 'KH-UBND', date: '2023-08-28', issuer: 'UBND quận Thanh Xuân', subject: 'về nhiệm vụ năm học 2023-2024' },
];

export const ct29: DocumentRef = {
  id: 'ct29',
  type: 'Chỉ thị',
  regime: 'dang',
  number: '29',
  symbol: 'CT/TW',
  date: '2024-01-05',
  issuer: 'Bộ Chính trị',
  subject: 'về …',
  shortName: 'Chỉ thị số 29-CT/TW',
};

export const ctr55: DocumentRef = {
  id: 'ctr55',
  type: 'Chương trình hành động',
  regime: 'dang',
  number: '55',
  symbol: 'CTr/TU',
  date: '2024-03-13',
  issuer: 'Ban Thường vụ Tỉnh ủy Thái Nguyên',
  subject: '',
  implements: ct29,
};
