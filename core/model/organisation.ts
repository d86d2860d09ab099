import { z } from 'zod';

export const PROFILE_IDS = ['dang-hd05', 'dang-hd36', 'nha-nuoc-nd30'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export interface CitationStyle {
  /** "Chỉ thị số 29-CT/TW, ngày 05/01/2024" (true) or "… 32-CT/TU ngày 24/4/2024" (false). */
  commaBeforeDate: boolean;
  /** "24/4/2024" or "ngày 24 tháng 4 năm 2024". */
  dateStyle: 'numeric' | 'words';
}

export interface Signer {
  /** T/M BAN THƯỜNG VỤ, T/M ĐẢNG ỦY, TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH; empty when the head signs for the unit itself. */
  authority: string;
  /** PHÓ BÍ THƯ, PHÓ BÍ THƯ THƯỜNG TRỰC, TRƯỞNG PHÒNG … */
  position: string;
  /** Name only, no titles. */
  name: string;
}

export interface Organisation {
  /** Superior body line, e.g. ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG; empty for bodies whose name is one line. */
  superiorBody: string;
  /** Issuing body, e.g. HUYỆN ỦY AN LÃO (printed in caps). */
  issuingBody: string;
  /** HU, ĐU, TU, ĐUK, UBND, GDĐT … */
  symbolCode: string;
  /** Place name for the date line: An Lão, Thanh Xuân. */
  placeName: string;
  /** The collective that issues the plan, as in running text: Ban Thường vụ Huyện ủy. */
  collective: string;
  regime: 'dang' | 'nha-nuoc';
  defaultProfile: ProfileId;
  citationStyle: CitationStyle;
  /** Which tone-mark placement the organisation writes: "ủy/hòa" or "uỷ/hoà". */
  toneMarks: 'ủy' | 'uỷ';
  /** Archive line of Nơi nhận without the leading "- " and final ".": Lưu Văn phòng Huyện ủy; Lưu: VT, GDĐT. */
  archiveLine: string;
  signers: Signer[];
}

export const signerSchema = z.object({
  authority: z.string(),
  position: z.string().min(1, 'Thiếu chức vụ người ký'),
  name: z.string(),
});

export const citationStyleSchema = z.object({
  commaBeforeDate: z.boolean(),
  dateStyle: z.enum(['numeric', 'words']),
});

export const organisationSchema: z.ZodType<Organisation> = z.object({
  superiorBody: z.string(),
  issuingBody: z.string().min(1, 'Thiếu tên cơ quan ban hành'),
  symbolCode: z.string().min(1, 'Thiếu ký hiệu cơ quan (HU, ĐU, UBND…)'),
  placeName: z.string().min(1, 'Thiếu địa danh ghi ở dòng ngày tháng'),
  collective: z.string().min(1, 'Thiếu tên tập thể ban hành'),
  regime: z.enum(['dang', 'nha-nuoc']),
  defaultProfile: z.enum(PROFILE_IDS),
  citationStyle: citationStyleSchema,
  toneMarks: z.enum(['ủy', 'uỷ']),
  archiveLine: z.string().min(1, 'Thiếu dòng lưu trữ (Lưu Văn phòng …)'),
  signers: z.array(signerSchema),
});
