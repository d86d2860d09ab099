import type { NestedDocument, Organisation } from '../../../core/model';

/**
 * Organisations and documents of real plans of several bodies — Party and state, province,
 * district and commune — beyond the three examples (their wording is public: the resolutions of
 * the Bộ Chính trị and the programmes and plans that provinces, districts and communes issued
 * to implement them). Used to check the engine's exact wording for each convention.
 */

const party = (o: Partial<Organisation>): Organisation => ({
  superiorBody: '',
  issuingBody: 'TỈNH ỦY BẮC NINH',
  symbolCode: 'TU',
  placeName: 'Bắc Ninh',
  collective: 'Ban Thường vụ Tỉnh ủy',
  regime: 'dang',
  defaultProfile: 'dang-hd05',
  citationStyle: { commaBeforeDate: true, dateStyle: 'numeric' },
  toneMarks: 'ủy',
  archiveLine: 'Lưu Văn phòng Tỉnh ủy',
  signers: [{ authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Nguyễn Văn A' }],
  ...o,
});

const state = (o: Partial<Organisation>): Organisation => ({
  superiorBody: 'UBND HUYỆN TIÊN DU',
  issuingBody: 'ỦY BAN NHÂN DÂN XÃ PHẬT TÍCH',
  symbolCode: 'UBND',
  placeName: 'Phật Tích',
  collective: 'Ủy ban nhân dân xã',
  regime: 'nha-nuoc',
  defaultProfile: 'nha-nuoc-nd30',
  citationStyle: { commaBeforeDate: false, dateStyle: 'numeric' },
  toneMarks: 'ủy',
  archiveLine: 'Lưu: VT, VP',
  signers: [{ authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Trần Văn B' }],
  ...o,
});

/** Province Party committee (tỉnh ủy): its own name is one line, comma before "ngày". */
export const tinhUy = party({});
/** District Party committee (huyện ủy). */
export const huyenUy = party({
  superiorBody: 'ĐẢNG BỘ TỈNH BẮC NINH',
  issuingBody: 'HUYỆN ỦY TIÊN DU',
  symbolCode: 'HU',
  placeName: 'Tiên Du',
  collective: 'Ban Thường vụ Huyện ủy',
  archiveLine: 'Lưu Văn phòng Huyện ủy',
});
/** Commune Party committee after the 2025 reorganisation (đảng ủy xã). */
export const dangUyXa = party({
  superiorBody: 'ĐẢNG BỘ TỈNH BẮC NINH',
  issuingBody: 'ĐẢNG ỦY XÃ PHẬT TÍCH',
  symbolCode: 'ĐU',
  placeName: 'Phật Tích',
  collective: 'Ban Thường vụ Đảng ủy xã',
  citationStyle: { commaBeforeDate: false, dateStyle: 'numeric' },
  archiveLine: 'Lưu Văn phòng Đảng ủy',
});
/** Commune people's committee (state, commune). */
export const ubndXa = state({});
/** Province people's committee (state, province). */
export const ubndTinh = state({
  superiorBody: '',
  issuingBody: 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
  placeName: 'Bắc Ninh',
  collective: 'Ủy ban nhân dân tỉnh',
});

export const nq57: NestedDocument = {
  id: 'nq57',
  type: 'Nghị quyết',
  regime: 'dang',
  number: '57',
  symbol: 'NQ/TW',
  date: '2024-12-22',
  issuer: 'Bộ Chính trị',
  subject: 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
};

/** The province's programme for NQ 57, typed with a subject of its own (the chain must still print). */
export const ctr15: NestedDocument = {
  id: 'ctr15',
  type: 'Chương trình hành động',
  regime: 'dang',
  number: '15',
  symbol: 'CTr/TU',
  date: '2025-02-10',
  issuer: 'Ban Thường vụ Tỉnh ủy',
  subject: 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
  implements: nq57,
};

export const kl118: NestedDocument = {
  id: 'kl118',
  type: 'Kết luận',
  regime: 'dang',
  number: '118',
  symbol: 'KL/TW',
  date: '2025-01-18',
  issuer: 'Bộ Chính trị',
  subject: 'về Chương trình làm việc của Bộ Chính trị, Ban Bí thư năm 2025',
};

/** A province Kế hoạch implementing KL 118: a plan whose parent is itself a Kế hoạch. */
export const kh112: NestedDocument = {
  id: 'kh112',
  type: 'Kế hoạch',
  regime: 'dang',
  number: '112',
  symbol: 'KH/TU',
  date: '2025-03-03',
  issuer: 'Ban Thường vụ Tỉnh ủy',
  subject: 'thực hiện Kết luận số 118-KL/TW của Bộ Chính trị',
  implements: kl118,
};

export const nqHdnd10: NestedDocument = {
  type: 'Nghị quyết',
  regime: 'nha-nuoc',
  number: '10',
  symbol: '2021/NQ-HĐND',
  date: '2021-12-09',
  issuer: 'Hội đồng nhân dân tỉnh',
  subject: 'về phát triển nông nghiệp hàng hóa tập trung giai đoạn 2021-2025',
} as NestedDocument;

export const nqHdnd05: NestedDocument = {
  type: 'Nghị quyết',
  regime: 'nha-nuoc',
  number: '05',
  symbol: '2023/NQ-HĐND',
  date: '2023-07-14',
  issuer: 'Hội đồng nhân dân tỉnh',
  subject: 'về chính sách hỗ trợ phát triển sản xuất nông nghiệp',
} as NestedDocument;

export const qd1234: NestedDocument = {
  type: 'Quyết định',
  regime: 'nha-nuoc',
  number: '1234',
  symbol: 'QĐ-UBND',
  date: '2025-03-15',
  issuer: 'Ủy ban nhân dân tỉnh',
  subject: 'về việc ban hành Kế hoạch chuyển đổi số tỉnh Bắc Ninh năm 2025',
} as NestedDocument;
