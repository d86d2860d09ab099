import * as z from 'zod';
import { documentFields, symbolWithNumber } from '../model/document-ref';
import { vietnameseIssueMessage } from '../draft/validation-message';
import { importedTextSchema } from './imported-text-schema';
import type { LibraryEntry } from './library-entry';

/** The facts of a DocumentRef, plus what the library keeps to detect two clerks saving one entry. */
const entryObject = z.object({
  id: z.string().min(1).max(200),
  ...documentFields,
  implementsId: z.string().min(1).optional(),
  revision: z.number().int().min(0),
  updatedAt: z.string(),
  updatedBy: z.string().optional(),
  text: importedTextSchema.optional(),
});

export const libraryEntrySchema: z.ZodType<LibraryEntry> = entryObject.superRefine(symbolWithNumber) as unknown as z.ZodType<LibraryEntry>;

/** The entry as the form sends it to be saved: the library sets revision and time itself. */
export const libraryEntryInputSchema = entryObject
  .omit({ revision: true, updatedAt: true, updatedBy: true })
  // `text` absent: this save leaves the stored full text as it is (lists carry no text); null removes it.
  .extend({ id: z.string().min(1).max(200).optional(), revision: z.number().int().min(0).optional(), text: importedTextSchema.nullable().optional() })
  .superRefine(symbolWithNumber);

export type LibraryEntryInput = z.infer<typeof libraryEntryInputSchema>;

const FIELD_LABELS: Record<string, string> = {
  type: 'loại văn bản',
  regime: 'hệ thống văn bản',
  number: 'số',
  symbol: 'ký hiệu',
  date: 'ngày ban hành',
  issuer: 'cơ quan ban hành',
  subject: 'trích yếu',
  shortName: 'tên viết tắt',
  chainLink: 'từ nối chuỗi văn bản',
  implementsId: 'văn bản được thực hiện',
  text: 'toàn văn',
};

/** One Vietnamese sentence for the first problem zod found, naming the field as the form does. */
export function describeEntryIssue(error: z.ZodError, prefix: string): string {
  const issue = error.issues[0];
  if (!issue) return `${prefix}. Hãy kiểm tra lại các ô đã nhập.`;
  const top = String(issue.path[0] ?? '');
  const label = FIELD_LABELS[top] ?? top;
  // Our schemas' own messages are Vietnamese; zod's structural ones are English and replaced.
  const own = /[ăâđêôơưạảãáàẹẻẽéèịỉĩíìọỏõóòụủũúùỵỷỹýỳ]/i.test(issue.message);
  const message = own ? issue.message : vietnameseIssueMessage(issue as never);
  return label ? `${prefix}: ${label} — ${lowerFirstLetter(message)}. Hãy sửa lại rồi thử lại.` : `${prefix}: ${lowerFirstLetter(message)}. Hãy sửa lại rồi thử lại.`;
}

function lowerFirstLetter(message: string): string {
  const [first = '', second = ''] = [...message];
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return message;
  return first.toLowerCase() + message.slice(first.length);
}
