import { isValid, parse } from 'date-fns';
import { z } from 'zod';

/**
 * A document the plan cites: its parent(s) and, through `implements`, their parents.
 * `regime` decides how number and symbol are joined: Party `32-CT/TU`, state `4045/QĐ-UBND`.
 */
export interface DocumentRef {
  id: string;
  /** Chỉ thị, Nghị quyết, Chương trình hành động, Quyết định, Công văn, Kế hoạch, … */
  type: string;
  regime: 'dang' | 'nha-nuoc';
  /** As printed on the document: "05", "32", "4045". May be empty when only the symbol is known. */
  number: string;
  /** CT/TU, CTr/TU, QĐ-UBND, SGDĐT-CTTT, 2020/NĐ-CP … */
  symbol: string;
  /** ISO date yyyy-mm-dd. */
  date: string;
  /** Ban Thường vụ Thành ủy, Bộ Chính trị, Ủy ban nhân dân (UBND) thành phố Hà Nội … */
  issuer: string;
  /**
   * What the document is about, starting with "về …" as it is cited. May be empty for a
   * document that implements another: its subject is then "về thực hiện <parent>".
   */
  subject: string;
  /** Introduced once as "(sau đây viết tắt là …)"; later short mentions use it. */
  shortName?: string;
  /** The document this one implements: the chain, to any depth. */
  implements?: DocumentRef;
}

export const DOCUMENT_TYPES = [
  'Nghị quyết',
  'Chỉ thị',
  'Chương trình hành động',
  'Chương trình',
  'Kết luận',
  'Quyết định',
  'Quy định',
  'Hướng dẫn',
  'Kế hoạch',
  'Công văn',
  'Thông báo',
  'Thông tri',
  'Đề án',
  'Nghị định',
  'Thông tư',
  'Luật',
] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng năm-tháng-ngày, ví dụ 2024-04-24')
  .refine((value) => isValid(parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1))), 'Ngày không có thật trong lịch');

export const documentRefSchema: z.ZodType<DocumentRef> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    type: z.string().min(1, 'Thiếu loại văn bản (Chỉ thị, Nghị quyết…)'),
    regime: z.enum(['dang', 'nha-nuoc']),
    number: z.string(),
    symbol: z.string().min(1, 'Thiếu ký hiệu văn bản (ví dụ CT/TU)'),
    date: isoDate,
    issuer: z.string().min(1, 'Thiếu cơ quan ban hành'),
    subject: z.string(),
    shortName: z.string().optional(),
    implements: documentRefSchema.optional(),
  }),
);

export { isoDate as isoDateSchema };
