import { isValid, parse } from 'date-fns';
import * as z from 'zod/mini';

/**
 * A document the plan cites: a base (parent) of the plan, or a document a base implements
 * (grandparent, to any depth). A plan keeps its documents as one deduplicated set
 * (`plan.documents`), each referenced by id: a document that is both a base and the parent of
 * another base exists once, so every live reference to it is the same reference.
 * `regime` decides how number and symbol are joined: Party `32-CT/TU`, state `4045/QĐ-UBND`.
 */
export interface DocumentRef {
  id: string;
  /** Chỉ thị, Nghị quyết, Chương trình hành động, Quyết định, Công văn, Kế hoạch, … */
  type: string;
  regime: 'dang' | 'nha-nuoc';
  /** As printed on the document: "05", "32", "4045". May be empty when only the symbol is known. */
  number: string;
  /**
   * CT/TU, CTr/TU, QĐ-UBND, SGDĐT-CTTT, 2020/NĐ-CP … Empty, with an empty number, for a document
   * cited by its name alone ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" as the type).
   */
  symbol: string;
  /** ISO date yyyy-mm-dd; empty for a document cited without a date. */
  date: string;
  /** Ban Thường vụ Thành ủy, Bộ Chính trị, Ủy ban nhân dân (UBND) thành phố Hà Nội … */
  issuer: string;
  /**
   * What the document is about, starting with "về …" as it is cited. A document that
   * implements another is cited through its chain ("… thực hiện <that one>"); its own subject
   * is printed only when it has no chain.
   */
  subject: string;
  /** Introduced once as "(sau đây viết tắt là …)"; later short mentions use it. */
  shortName?: string;
  /** Id of the document (in the same set) this one implements: the chain, to any depth. */
  implementsId?: string;
  /**
   * How this document is linked to the one it implements when the organisation's usual word
   * does not fit it: "thực hiện", "về thực hiện", "về triển khai thực hiện" …
   */
  chainLink?: string;
}

/** A document with its chain as nested objects: how answers.json and version-1 drafts write it. */
export interface NestedDocument extends Omit<DocumentRef, 'implementsId'> {
  implements?: NestedDocument;
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
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng năm-tháng-ngày, ví dụ 2024-04-24'),
    z.refine((value) => isValid(parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1))), 'Ngày không có thật trong lịch'),
  );

/** The facts of a document, shared by the plan's set, nested documents and answers.json. */
export const documentFields = {
  type: z.string().check(z.minLength(1, 'Thiếu loại văn bản (Chỉ thị, Nghị quyết…)')),
  regime: z.enum(['dang', 'nha-nuoc']),
  number: z.string(),
  symbol: z.string(),
  date: z.union([isoDate, z.literal('')]),
  issuer: z.string(),
  subject: z.string(),
  shortName: z.optional(z.string()),
  chainLink: z.optional(z.string().check(z.trim(), z.minLength(1, 'Từ nối chuỗi văn bản không được để trống (ví dụ "thực hiện")'))),
};

/**
 * A number needs its symbol ("số 32" alone cites nothing), and a numbered document its issuer. A
 * document known by its name alone has neither: "Điều lệ Đảng", "Luật Tổ chức chính quyền địa
 * phương ngày 19/6/2015", "Nghị quyết Đại hội … của Đảng bộ tỉnh" (issuer optional there).
 */
/** What a refinement is handed to report with (zod's classic and mini APIs both pass one). */
interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void;
}

export const symbolWithNumber = (doc: { number: string; symbol: string; issuer: string }, ctx: IssueSink): void => {
  if (doc.number.trim() !== '' && doc.symbol.trim() === '') ctx.addIssue({ code: 'custom', message: 'Thiếu ký hiệu văn bản (ví dụ CT/TU)', path: ['symbol'] });
  if ((doc.number.trim() !== '' || doc.symbol.trim() !== '') && doc.issuer.trim() === '') ctx.addIssue({ code: 'custom', message: 'Thiếu cơ quan ban hành', path: ['issuer'] });
};

export const documentRefSchema: z.ZodMiniType<DocumentRef> = z
  .object({ id: z.string().check(z.minLength(1)), ...documentFields, implementsId: z.optional(z.string().check(z.minLength(1))) })
  .check(z.superRefine(symbolWithNumber)) as unknown as z.ZodMiniType<DocumentRef>;

export const nestedDocumentSchema: z.ZodMiniType<NestedDocument> = z.lazy(() =>
  z.object({ id: z.string().check(z.minLength(1)), ...documentFields, implements: z.optional(nestedDocumentSchema) }).check(z.superRefine(symbolWithNumber)),
);

export { isoDate as isoDateSchema };
