import * as z from 'zod/mini';

export const PROFILE_IDS = ['dang-hd05', 'dang-hd36', 'nha-nuoc-nd30'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/**
 * How an organisation cites documents. Only the first two are required; the others default to
 * the most common practice (see docs/citations.md for the sentence each value produces).
 */
export interface CitationStyle {
  /** "Chỉ thị số 29-CT/TW, ngày 05/01/2024" (true) or "… 32-CT/TU ngày 24/4/2024" (false). */
  commaBeforeDate: boolean;
  /** "24/4/2024" or "ngày 24 tháng 4 năm 2024". */
  dateStyle: 'numeric' | 'words';
  /** Word between a document and the one it implements: "… của Ban Thường vụ Tỉnh ủy thực hiện Kết luận …". Default "về thực hiện". */
  chainLink?: string;
  /** "(sau đây viết tắt là …)", "(sau đây gọi là …)" or "(sau đây gọi tắt là …)". Default "viết tắt là". */
  shortNameWord?: (typeof SHORT_NAME_WORDS)[number];
  /** One bracket per document, or one bracket after the last of several documents. Default "each". */
  shortNameBrackets?: 'each' | 'joint';
  /** How several bases are joined: "A; B; C", "A, B, C", "A; B và C", "A, B và C". Default "semicolon". */
  basesJoin?: (typeof BASES_JOINS)[number];
  /**
   * Consecutive bases of one type and issuer: never grouped; grouped when they share the subject
   * ("Quyết định số 4045/QĐ-UBND ngày … và Quyết định số 4354/QĐ-UBND ngày … của UBND … về …");
   * or grouped whenever they share type and issuer ("các Nghị quyết của Hội đồng nhân dân tỉnh: số …; số …").
   * Default "same-subject".
   */
  grouping?: (typeof BASES_GROUPINGS)[number];
}

export const SHORT_NAME_WORDS = ['viết tắt là', 'gọi là', 'gọi tắt là'] as const;
export const BASES_JOINS = ['semicolon', 'comma', 'semicolon-and', 'comma-and'] as const;
export const BASES_GROUPINGS = ['none', 'same-subject', 'same-issuer'] as const;
export const CHAIN_LINKS = ['về thực hiện', 'thực hiện', 'về việc thực hiện', 'về triển khai thực hiện', 'triển khai thực hiện'] as const;

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
  position: z.string().check(z.minLength(1, 'Thiếu chức vụ người ký')),
  name: z.string(),
});

export const citationStyleSchema = z.object({
  commaBeforeDate: z.boolean(),
  dateStyle: z.enum(['numeric', 'words']),
  chainLink: z.optional(z.string().check(z.trim(), z.minLength(1, 'Từ nối chuỗi văn bản không được để trống (ví dụ "về thực hiện")'))),
  shortNameWord: z.optional(z.enum(SHORT_NAME_WORDS)),
  shortNameBrackets: z.optional(z.enum(['each', 'joint'])),
  basesJoin: z.optional(z.enum(BASES_JOINS)),
  grouping: z.optional(z.enum(BASES_GROUPINGS)),
});

export const organisationSchema: z.ZodMiniType<Organisation> = z.object({
  superiorBody: z.string(),
  issuingBody: z.string().check(z.minLength(1, 'Thiếu tên cơ quan ban hành')),
  symbolCode: z.string().check(z.minLength(1, 'Thiếu ký hiệu cơ quan (HU, ĐU, UBND…)')),
  placeName: z.string().check(z.minLength(1, 'Thiếu địa danh ghi ở dòng ngày tháng')),
  collective: z.string().check(z.minLength(1, 'Thiếu tên tập thể ban hành')),
  regime: z.enum(['dang', 'nha-nuoc']),
  defaultProfile: z.enum(PROFILE_IDS),
  citationStyle: citationStyleSchema,
  toneMarks: z.enum(['ủy', 'uỷ']),
  archiveLine: z.string().check(z.minLength(1, 'Thiếu dòng lưu trữ (Lưu Văn phòng …)')),
  signers: z.array(signerSchema),
});
