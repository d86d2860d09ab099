import * as z from 'zod';
import { NUMBERING_KINDS, type ImportedText } from '../import/imported-text';

/**
 * zod schema of ImportedText (core/import/imported-text.ts), for a library entry read from disk
 * or from a bundle another office sent: the text is data from outside, checked like the facts.
 */
export const importedParagraphSchema = z.object({
  text: z.string(),
  label: z.string().optional(),
  kind: z.enum(NUMBERING_KINDS).optional(),
  level: z.number().int().min(0).max(16),
  bold: z.boolean().optional(),
  align: z.enum(['left', 'center', 'right', 'both']).optional(),
  table: z.object({ index: z.number().int().min(0), row: z.number().int().min(0), col: z.number().int().min(0) }).optional(),
  page: z.number().int().min(1).optional(),
});

export const importedTextSchema = z.object({
  paragraphs: z.array(importedParagraphSchema),
  source: z.object({
    fileName: z.string(),
    format: z.enum(['docx', 'pdf', 'txt']),
    bytes: z.number().int().min(0),
    pages: z.number().int().min(0).optional(),
  }),
  converted: z.array(z.enum(['tcvn3', 'vni'])).optional(),
}) satisfies z.ZodType<ImportedText>;
