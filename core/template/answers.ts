import * as z from 'zod';
import { type NestedDocument, documentFields, isoDateSchema, symbolWithNumber } from '../model/document-ref';
import { openingPartsSchema, summaryPartsSchema } from '../model/wording';
import { PROFILE_IDS, organisationSchema, signerSchema } from '../model/organisation';
import { URGENCY_MARKS, planDateSchema, recipientGroupSchema, type PlanDate } from '../model/plan';
import type { TemplateField } from './manifest';
import { ORIENTATIONS } from '../model/appendix';

/**
 * What the new-plan form (or answers.json for the CLI) gives a template. The template's own
 * fields are checked separately against its manifest (`fieldsSchema`).
 */

/**
 * A base as typed in answers: `id` may be left out and is then generated; `implements` nests the
 * document it implements. The same document typed twice (a base that is also the parent of
 * another base) becomes one document of the plan's set.
 */
export interface BaseAnswer extends Omit<NestedDocument, 'id' | 'implements'> {
  id?: string;
  implements?: BaseAnswer;
}

export const baseAnswerSchema: z.ZodType<BaseAnswer> = z.lazy(() =>
  // The same fields as a plan's document (one definition), strict so a misspelt key is reported.
  z.strictObject({ id: z.string().min(1).optional(), ...documentFields, implements: baseAnswerSchema.optional() }).superRefine(symbolWithNumber),
);

/** The parts of the opening sentence and summary the answers choose (the rest: template, then regime defaults). */
export const wordingAnswerSchema = z.strictObject({
  opening: z.strictObject(openingPartsSchema.shape).partial().optional(),
  summary: z.strictObject(summaryPartsSchema.shape).partial().optional(),
  subject: z.string().optional(),
});

/** "2024-05-08", or { day, month, year } with day/month null to leave them blank for signing. */
const answerDateSchema = z.union([
  isoDateSchema.check(z.refine((d: string) => Number(d.slice(0, 4)) >= 1945 && Number(d.slice(0, 4)) <= 2100, 'Năm ký phải từ 1945 đến 2100')),
  planDateSchema,
]);

export const answersSchema = z.strictObject({
  profile: z.enum(PROFILE_IDS).optional(),
  organisation: organisationSchema,
  bases: z.array(baseAnswerSchema).min(1, 'Phải có ít nhất một văn bản căn cứ'),
  number: z.string().regex(/^\d*$/, 'Số văn bản chỉ gồm chữ số (để trống nếu chưa có số)').optional(),
  date: answerDateSchema,
  authorLine: z.string().optional(),
  signature: z.optional(signerSchema),
  recipients: z.array(recipientGroupSchema).optional(),
  marks: z
    .strictObject({
      urgency: z.enum(URGENCY_MARKS).optional(),
      draftNumber: z.number().int().min(1).optional(),
      circulation: z.string().optional(),
    })
    .optional(),
  mirrorMargins: z.boolean().optional(),
  wording: wordingAnswerSchema.optional(),
  /**
   * A task-assignment appendix (Phụ lục phân công nhiệm vụ) after the signature: its tasks as given,
   * or, without "tasks", one per "-" line of each unit of "Tổ chức thực hiện" with the unit as lead.
   */
  taskAppendix: z
    .strictObject({
      title: z.string().optional(),
      orientation: z.enum(ORIENTATIONS).optional(),
      tasks: z
        .array(
          z.strictObject({
            content: z.string().trim().min(1, 'nội dung nhiệm vụ không được để trống'),
            lead: z.string().optional(),
            partners: z.array(z.string()).optional(),
            deadline: z.string().optional(),
            product: z.string().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  /** Keys of template sections to leave out ("che-do-bao-cao"): any stock section can be switched off. */
  omitSections: z.array(z.string()).optional(),
  fields: z.record(z.string(), z.unknown()).default({}),
});

export type TemplateAnswers = z.infer<typeof answersSchema>;

export function toPlanDate(date: TemplateAnswers['date']): PlanDate {
  if (typeof date !== 'string') return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { day, month, year };
}

/** The zod schema of one field's value, from its manifest declaration. */
export function fieldValueSchema(field: TemplateField): z.ZodType {
  switch (field.type) {
    case 'string':
    case 'text':
      return field.required ? z.string().trim().min(1, 'không được để trống') : z.string();
    case 'number':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'date':
      return z.string().pipe(isoDateSchema);
    case 'string[]':
      return field.required ? z.array(z.string()).min(1, 'phải có ít nhất một mục') : z.array(z.string());
    case 'object[]': {
      const item = fieldsSchema(field.items ?? []);
      return field.required ? z.array(item).min(1, 'phải có ít nhất một mục') : z.array(item);
    }
  }
}

/** Value used when the answers leave an optional field out: the manifest default, else empty. */
export function emptyValue(field: TemplateField): unknown {
  if (field.default !== undefined) return field.default;
  switch (field.type) {
    case 'string':
    case 'text':
    case 'date':
      return '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'string[]':
    case 'object[]':
      return [];
  }
}

/**
 * The object schema of a template's fields: unknown names are refused (a typo would otherwise
 * silently drop text), required ones must be present, others get their default.
 */
export function fieldsSchema(fields: TemplateField[]): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const value = fieldValueSchema(field);
    shape[field.name] = field.required && field.default === undefined ? value : value.optional().transform((v) => (v === undefined ? emptyValue(field) : v));
  }
  return z.strictObject(shape) as unknown as z.ZodType<Record<string, unknown>>;
}
