import { z } from 'zod';
import type { ImportedText } from '../import/imported-text';

/**
 * Checks a JSON ImportedText (the coverage CLI's `--parent x.json`, a file another tool wrote).
 * Unknown keys are let through: a later import may add facts this reader does not need. If the
 * library part of issue 9 ships its own schema of ImportedText, this one should give way to it.
 */
const paragraphSchema = z.object({
  text: z.string(),
  label: z.string().optional(),
  kind: z.enum(['roman', 'arabic', 'decimal', 'letter', 'dash', 'plus']).optional(),
  level: z.number().int().min(0),
  bold: z.boolean().optional(),
  align: z.enum(['left', 'center', 'right', 'both']).optional(),
  table: z.object({ index: z.number().int(), row: z.number().int(), col: z.number().int() }).optional(),
  page: z.number().int().optional(),
});

export const importedTextSchema = z.object({
  paragraphs: z.array(paragraphSchema),
  source: z.object({
    fileName: z.string(),
    format: z.enum(['docx', 'pdf', 'txt']),
    bytes: z.number().int().min(0),
    pages: z.number().int().optional(),
  }),
  converted: z.array(z.enum(['tcvn3', 'vni'])).optional(),
});

/** The value as ImportedText with every text NFC, or the path of the first wrong field. */
export function parseImportedText(value: unknown): { ok: true; text: ImportedText } | { ok: false; field: string } {
  const parsed = importedTextSchema.safeParse(value);
  if (!parsed.success) return { ok: false, field: parsed.error.issues[0]?.path.join('.') || '(gốc)' };
  const text = parsed.data as ImportedText;
  return { ok: true, text: { ...text, paragraphs: text.paragraphs.map((p) => ({ ...p, text: p.text.normalize('NFC') })) } };
}
