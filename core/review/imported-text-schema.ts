import type { ImportedText } from '../import/imported-text';
import { importedTextSchema } from '../library/imported-text-schema';

/**
 * Checks a JSON ImportedText (the coverage CLI's `--parent x.json`, a file another tool wrote)
 * with the library's schema, the one shape of an imported text.
 */
/** The value as ImportedText with every text NFC, or the path of the first wrong field. */
export function parseImportedText(value: unknown): { ok: true; text: ImportedText } | { ok: false; field: string } {
  const parsed = importedTextSchema.safeParse(value);
  if (!parsed.success) return { ok: false, field: parsed.error.issues[0]?.path.join('.') || '(gốc)' };
  const text = parsed.data as ImportedText;
  return { ok: true, text: { ...text, paragraphs: text.paragraphs.map((p) => ({ ...p, text: p.text.normalize('NFC') })) } };
}
