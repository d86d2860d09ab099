import type { Plan } from '../../core/model/plan';
import { DocxExportError, exportDocx } from '../../core/docx/export-docx';
import { atomicWrite } from './atomic-write';
import { nativeZip } from './native-zip';
import { UserError } from './errors';
import { convertDocxToPdf } from './soffice-pdf';

export interface ExportDeps {
  docx: (plan: Plan) => Promise<Uint8Array>;
  pdf: (docx: Uint8Array) => Promise<Uint8Array>;
}

const realDeps: ExportDeps = { docx: (plan) => exportDocx(plan, { zip: nativeZip }), pdf: (bytes) => convertDocxToPdf(bytes) };

/**
 * Building the DOCX cannot fail on anything the clerk typed (texts are cleaned, layout is
 * linear); if it fails anyway it is a bug, and the clerk gets the exporter's one Vietnamese
 * sentence (the old file is untouched, what to do), never the library's English. The cause is logged.
 */
async function buildDocxBytes(plan: Plan, deps: ExportDeps): Promise<Uint8Array> {
  try {
    return await deps.docx(plan);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const failure = err instanceof DocxExportError ? err : new DocxExportError(err);
    console.error('[kehoach] DOCX export failed:', failure.cause);
    throw new UserError(failure.message, { cause: failure.cause });
  }
}

/** Writes the plan as .docx, atomically (a failed export never leaves a broken file for Word). */
export async function exportDocxFile(target: string, plan: Plan, deps: ExportDeps = realDeps): Promise<void> {
  await atomicWrite(target, await buildDocxBytes(plan, deps));
}

/** PDF = LibreOffice's rendering of the very DOCX we export, so print and file agree. */
export async function exportPdfFile(target: string, plan: Plan, deps: ExportDeps = realDeps): Promise<void> {
  await atomicWrite(target, await deps.pdf(await buildDocxBytes(plan, deps)));
}

/** Appends the extension when the clerk typed a bare name ("ke-hoach" → "ke-hoach.docx"). */
export function withExtension(file: string, extension: string): string {
  return file.toLowerCase().endsWith(extension) ? file : `${file}${extension}`;
}
