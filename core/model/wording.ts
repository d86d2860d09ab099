import * as z from 'zod/mini';

/**
 * The opening sentence and the summary (trích yếu) are composed from parts, each a setting with a
 * default per template and regime (core/compose). The parts are kept in the plan so the plan's
 * name stays live ("Kế hoạch thực hiện Nghị quyết số 57-NQ/TW" follows the first base) and so
 * the clerk can recompose the sentence after changing a part. docs/citations.md shows the
 * sentence each value produces.
 */

/** How the opening names the plan it issues. */
export const PLAN_NAME_FORMS = [
  'implements-type', // Kế hoạch thực hiện Chỉ thị
  'implements-short', // Kế hoạch thực hiện Nghị quyết số 57-NQ/TW
  'generic', // Kế hoạch triển khai thực hiện
  'subject', // Kế hoạch củng cố, kiện toàn …  (the plan's own subject)
] as const;
export type PlanNameForm = (typeof PLAN_NAME_FORMS)[number];

export const OPENING_LEADS = ['Thực hiện', 'Triển khai thực hiện', 'Căn cứ'] as const;
export const OPENING_VERBS = ['ban hành', 'xây dựng'] as const;
export const OPENING_ENDINGS = ['như sau:', 'cụ thể như sau:', ', cụ thể:', 'với những nội dung sau:', ', với các nội dung như sau:'] as const;

export interface OpeningParts {
  /** "Thực hiện", "Triển khai thực hiện", or "Căn cứ" (then one line per base, each ending ";"). */
  lead: string;
  /** Optional purpose clause, "nhằm …", printed before the collective and followed by a comma. */
  purpose?: string;
  /**
   * Who issues the plan, when the sentence names another collective than the organisation's usual
   * one ("Ban Chấp hành Đảng bộ tỉnh" for an action programme); empty: the organisation's collective (live).
   */
  collective?: string;
  /** "ban hành", "xây dựng". */
  verb: string;
  name: PlanNameForm;
  /**
   * With name "subject": the words after the plan type when they differ from the plan's subject
   * (", hướng dẫn các nhà trường … thực hiện nhiệm vụ …"; a leading comma attaches to the type).
   */
  nameText?: string;
  /**
   * Which document the plan's name refers to: the first base (default), or the top of its chain —
   * a district plan on the province's programme for Nghị quyết 57 is often "Kế hoạch thực hiện
   * Nghị quyết số 57-NQ/TW".
   */
  nameTarget?: 'base' | 'root';
  /** "thực hiện" or "triển khai thực hiện", in the plan's name. */
  implementVerb: string;
  /** "Kế hoạch" as a name (as-is) or "kế hoạch" as a common noun (lower), as state bodies often write. */
  planTypeCase: 'as-is' | 'lower';
  /** "như sau:", "cụ thể như sau:", ", cụ thể:" … (a leading comma attaches to the word before). */
  ending: string;
  /** One paragraph, or two: the bases end with "," and the collective starts the second. */
  paragraphs: 1 | 2;
}

export interface SummaryParts {
  /** Cite the parent ("thực hiện <citation>") or state the plan's own subject. */
  form: 'cite' | 'subject';
  /** "thực hiện", "triển khai thực hiện" (cite form). */
  lead: string;
  /** The first base, every base as in the opening, or the top of the first base's chain (the resolution a programme implements). */
  cite: 'first' | 'all' | 'root';
  /** Cite with the date ("Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của …") or without it. */
  date: boolean;
  /** Leave abbreviations introduced inside a citation ("khoa học, công nghệ (KHCN)") out of the summary. */
  dropAbbreviations: boolean;
}

export interface PlanWording {
  opening: OpeningParts;
  summary: SummaryParts;
  /** The plan's own subject, without the plan type: "củng cố, kiện toàn tổ chức cơ sở đảng …". */
  subject?: string;
}

const text = (message: string) => z.string().check(z.trim(), z.minLength(1, message));

export const openingPartsSchema = z.object({
  lead: text('Thiếu từ mở đầu (ví dụ "Thực hiện", "Căn cứ")'),
  purpose: z.optional(z.string()),
  collective: z.optional(z.string()),
  verb: text('Thiếu động từ (ví dụ "ban hành", "xây dựng")'),
  name: z.enum(PLAN_NAME_FORMS),
  nameText: z.optional(z.string()),
  nameTarget: z.optional(z.enum(['base', 'root'])),
  implementVerb: text('Thiếu cách nói việc thực hiện (ví dụ "thực hiện")'),
  planTypeCase: z.enum(['as-is', 'lower']),
  ending: text('Thiếu phần kết câu (ví dụ "như sau:")'),
  paragraphs: z.union([z.literal(1), z.literal(2)], { error: 'phải là 1 (một đoạn) hoặc 2 (hai đoạn)' }),
});

export const summaryPartsSchema = z.object({
  form: z.enum(['cite', 'subject']),
  lead: z.string(),
  cite: z.enum(['first', 'all', 'root']),
  date: z.boolean(),
  dropAbbreviations: z.boolean(),
});

export const planWordingSchema = z.object({
  opening: openingPartsSchema,
  summary: summaryPartsSchema,
  subject: z.optional(z.string()),
});
