import { getDaysInMonth } from 'date-fns';
import * as z from 'zod/mini';
import { type BlockElement, type InlineNode, blockSchema, inlineNodeSchema } from './inline';
import { type DocumentRef, documentRefSchema } from './document-ref';
import { cyclicDocumentIds } from './document-set';
import { type PlanWording, planWordingSchema } from './wording';
import { type Appendix, appendixSchema } from './appendix';
import { type Organisation, type ProfileId, type Signer, PROFILE_IDS, organisationSchema, signerSchema } from './organisation';

/** How a heading level is numbered. Numbers are computed from the tree, never stored. */
export const NUMBERING_STYLES = ['upper-roman', 'upper-alpha', 'arabic', 'nested', 'lower-alpha', 'none'] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];

export interface Section {
  id: string;
  /** Which template section this is (muc-dich-yeu-cau, to-chuc-thuc-hien …); empty for free sections. */
  key?: string;
  /** Heading text as typed (caps are applied on output where the level asks for them). May be empty. */
  title: string;
  /** Number (and title, then ": ") run into the first paragraph: "1.1. Đổi mới …", "5. Ủy ban Kiểm tra …: Phối hợp …". */
  runIn?: boolean;
  /** Numbering of this section's children when it differs from the plan's level scheme. */
  childNumbering?: NumberingStyle;
  /** Starts on a new page (Ctrl+Enter, "Bắt đầu trang mới"); absent = flows on. */
  pageBreakBefore?: boolean;
  body: BlockElement[];
  children: Section[];
}

export interface PlanDate {
  /** null = left blank for the clerk to fill in at signing. */
  day: number | null;
  month: number | null;
  year: number;
}

export interface RecipientGroup {
  /** "để b/c", "để t/h", "để p/h", or empty for lines without a purpose. */
  purpose: string;
  /** A right brace spanning the group, or the purpose repeated on each line. */
  display: 'brace' | 'each-line';
  items: string[];
}

export const PLAN_TYPES = ['Kế hoạch', 'Chương trình hành động'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export const URGENCY_MARKS = ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const;

export interface PlanMarks {
  urgency?: (typeof URGENCY_MARKS)[number];
  /** "Dự thảo lần N". */
  draftNumber?: number;
  /** Circulation mark at the top right, e.g. TÀI LIỆU HỘI NGHỊ. */
  circulation?: string;
}

/** How a heading level prints: caps (applied to the text), bold, italic. Profiles give the default; a template may differ. */
export const headingStyleSchema = z.object({ caps: z.boolean(), bold: z.boolean(), italic: z.boolean() });
export type HeadingStyle = z.infer<typeof headingStyleSchema>;

export interface PlanOptions {
  /** Print on both sides: the back page mirrors the margins (Word: mirror margins). */
  mirrorMargins: boolean;
  /** Body size in points within the profile's range; default from the profile. */
  bodySizePt?: number;
  /** How the last sentence ends ("." or "./."); default from the profile. */
  finalMark?: '.' | './.';
  /** Numbering per heading level; default from the profile's regime. */
  levels?: NumberingStyle[];
  /** Look per heading level, from the template; default from the profile. */
  headings?: HeadingStyle[];
}

export interface Plan {
  id: string;
  templateId: string;
  profile: ProfileId;
  type: PlanType;
  /** Empty = left blank for signing ("Số      -KH/HU"). */
  number: string;
  date: PlanDate;
  organisation: Organisation;
  /** Every document the plan cites, once each: the bases and, through `implementsId`, their parents. */
  documents: DocumentRef[];
  /** Ids of the bases (parent documents) in `documents`, in the order the opening sentence cites them. */
  baseIds: string[];
  /** The parts the opening sentence and the summary were composed from (absent in older drafts). */
  wording?: PlanWording;
  /** Optional author line between type and summary: CỦA BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG PHÙ LIỄN. */
  authorLine?: string;
  /** Trích yếu, with live references. */
  summary: InlineNode[];
  /** Opening sentence(s) before the first section. */
  preamble: BlockElement[];
  sections: Section[];
  recipients: RecipientGroup[];
  signature: Signer;
  marks: PlanMarks;
  options: PlanOptions;
  /** Phụ lục after the signature block, each on a new page (absent in older drafts). */
  appendices?: Appendix[];
}

export const sectionSchema: z.ZodMiniType<Section> = z.lazy(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    key: z.optional(z.string()),
    title: z.string(),
    runIn: z.optional(z.boolean()),
    childNumbering: z.optional(z.enum(NUMBERING_STYLES)),
    pageBreakBefore: z.optional(z.boolean()),
    body: z.array(blockSchema),
    children: z.array(sectionSchema),
  }),
);

const blankableDay = z.nullable(z.int().check(z.minimum(1), z.maximum(31)));
const blankableMonth = z.nullable(z.int().check(z.minimum(1), z.maximum(12)));

export const planDateSchema = z
  .object({ day: blankableDay, month: blankableMonth, year: z.int().check(z.minimum(1945), z.maximum(2100)) })
  .check(
    z.refine(
      (d) => d.day === null || d.month === null || d.day <= getDaysInMonth(new Date(d.year, d.month - 1, 1)),
      'Ngày ký không có thật trong lịch',
    ),
  );

export const recipientGroupSchema = z.object({
  purpose: z.string(),
  display: z.enum(['brace', 'each-line']),
  items: z.array(z.string().check(z.minLength(1, 'Dòng nơi nhận trống'))).check(z.minLength(1, 'Nhóm nơi nhận không có dòng nào')),
});

export const planSchema: z.ZodMiniType<Plan> = z
  .object({
  id: z.string().check(z.minLength(1)),
  templateId: z.string(),
  profile: z.enum(PROFILE_IDS),
  type: z.enum(PLAN_TYPES),
  number: z.string().check(z.regex(/^\d*$/, 'Số văn bản chỉ gồm chữ số (để trống nếu chưa có số)')),
  date: planDateSchema,
  organisation: organisationSchema,
  documents: z.array(documentRefSchema),
  baseIds: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'Kế hoạch phải căn cứ ít nhất một văn bản')),
  wording: z.optional(planWordingSchema),
  authorLine: z.optional(z.string()),
  summary: z.array(inlineNodeSchema).check(z.minLength(1)),
  preamble: z.array(blockSchema),
  sections: z.array(sectionSchema).check(z.minLength(1, 'Kế hoạch chưa có mục nào')),
  recipients: z.array(recipientGroupSchema),
  signature: signerSchema,
  marks: z.object({
    urgency: z.optional(z.enum(URGENCY_MARKS)),
    draftNumber: z.optional(z.int().check(z.minimum(1))),
    circulation: z.optional(z.string()),
  }),
  options: z.object({
    headings: z.optional(z.array(headingStyleSchema).check(z.minLength(1))),
    mirrorMargins: z.boolean(),
    bodySizePt: z.optional(z.number().check(z.minimum(13), z.maximum(15))),
    finalMark: z.optional(z.enum(['.', './.'])),
    levels: z.optional(z.array(z.enum(NUMBERING_STYLES))),
  }),
  appendices: z.optional(z.array(appendixSchema)),
})
  .check(z.superRefine((plan, ctx) => {
    // The document set must hold together: unique ids, bases and chains pointing inside it, no loop.
    const ids = new Set<string>();
    plan.documents.forEach((doc, i) => {
      if (ids.has(doc.id)) ctx.addIssue({ code: 'custom', message: `Hai văn bản trùng mã "${doc.id}"`, path: ['documents', i, 'id'] });
      ids.add(doc.id);
    });
    plan.baseIds.forEach((id, i) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `Văn bản căn cứ "${id}" không có trong danh sách văn bản`, path: ['baseIds', i] });
    });
    plan.documents.forEach((doc, i) => {
      if (doc.implementsId !== undefined && !ids.has(doc.implementsId))
        ctx.addIssue({ code: 'custom', message: `Văn bản được thực hiện "${doc.implementsId}" không có trong danh sách văn bản`, path: ['documents', i, 'implementsId'] });
    });
    for (const id of cyclicDocumentIds(plan)) {
      const i = plan.documents.findIndex((doc) => doc.id === id);
      ctx.addIssue({ code: 'custom', message: 'Chuỗi văn bản vòng lại chính nó (văn bản A thực hiện B, B lại thực hiện A)', path: ['documents', i, 'implementsId'] });
    }
  })) as unknown as z.ZodMiniType<Plan>;

export type { BlockElement, InlineNode, DocumentRef, Organisation, Signer, ProfileId };
