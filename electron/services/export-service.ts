import type { Plan } from '../../core/model/plan';
import { exportDocx } from '../../core/docx/export-docx';
import { atomicWrite } from './atomic-write';
import { UserError } from './errors';
import { convertDocxToPdf } from './soffice-pdf';

export interface ExportDeps {
  docx: (plan: Plan) => Promise<Uint8Array>;
  pdf: (docx: Uint8Array) => Promise<Uint8Array>;
}

const realDeps: ExportDeps = { docx: exportDocx, pdf: (bytes) => convertDocxToPdf(bytes) };

/**
 * Building the DOCX cannot fail on anything the clerk typed (texts are cleaned, layout is
 * linear); if it fails anyway it is a bug, and the clerk gets one sentence saying the old file
 * is untouched and what to do, never the library's English. The cause stays on the error for the log.
 */
export const DOCX_BUILD_FAILED =
  'Không tạo được tệp DOCX vì ứng dụng gặp lỗi khi dàn trang kế hoạch (tệp cũ cùng tên, nếu có, vẫn còn nguyên), hãy lưu bản thảo rồi gửi tệp .kehoach cho người phụ trách kỹ thuật.';

async function buildDocxBytes(plan: Plan, deps: ExportDeps): Promise<Uint8Array> {
  try {
    return await deps.docx(plan);
  } catch (err) {
    if (err instanceof UserError) throw err;
    console.error('[kehoach] DOCX export failed:', err);
    throw new UserError(DOCX_BUILD_FAILED, { cause: err });
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
export function withExtension(file: string, extension: '.docx' | '.pdf'): string {
  return file.toLowerCase().endsWith(extension) ? file : `${file}${extension}`;
}
