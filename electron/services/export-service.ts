import type { Plan } from '../../core/model/plan';
import { exportDocx } from '../../core/docx/export-docx';
import { atomicWrite } from './atomic-write';
import { convertDocxToPdf } from './soffice-pdf';

export interface ExportDeps {
  docx: (plan: Plan) => Promise<Uint8Array>;
  pdf: (docx: Uint8Array) => Promise<Uint8Array>;
}

const realDeps: ExportDeps = { docx: exportDocx, pdf: (bytes) => convertDocxToPdf(bytes) };

/** Writes the plan as .docx, atomically (a failed export never leaves a broken file for Word). */
export async function exportDocxFile(target: string, plan: Plan, deps: ExportDeps = realDeps): Promise<void> {
  await atomicWrite(target, await deps.docx(plan));
}

/** PDF = LibreOffice's rendering of the very DOCX we export, so print and file agree. */
export async function exportPdfFile(target: string, plan: Plan, deps: ExportDeps = realDeps): Promise<void> {
  await atomicWrite(target, await deps.pdf(await deps.docx(plan)));
}

/** Appends the extension when the clerk typed a bare name ("ke-hoach" → "ke-hoach.docx"). */
export function withExtension(file: string, extension: '.docx' | '.pdf'): string {
  return file.toLowerCase().endsWith(extension) ? file : `${file}${extension}`;
}
