import type { Plan } from '../model/plan';
import { layoutPlan } from '../render/layout';
import { buildDocx } from './build-docx';
import { type ZipParts, packDocx } from './pack-docx';

/**
 * The export failed although it should not: layoutPlan cleans every text and every step is
 * linear, so nothing a clerk types can cause this; it is a bug. The message is one Vietnamese
 * sentence for the clerk (every caller, the CLI included, may show it as it is); the library's
 * own error, in English, stays in `cause` for the log.
 */
export class DocxExportError extends Error {
  override readonly name = 'DocxExportError';
  constructor(cause: unknown) {
    super(
      'Không tạo được tệp DOCX vì ứng dụng gặp lỗi khi dàn trang kế hoạch (tệp cũ cùng tên, nếu có, vẫn còn nguyên), hãy lưu bản thảo rồi gửi tệp .kehoach cho người phụ trách kỹ thuật.',
      { cause },
    );
  }
}

export interface ExportDocxOptions {
  /** The zipper (pack-docx.ts): fflate's by default, so this runs anywhere; Node callers pass zlib's. */
  zip?: ZipParts;
}

/**
 * Plan → .docx bytes, in the renderer, the main process and the CLI alike. Throws only
 * DocxExportError, before any byte is written anywhere.
 */
export async function exportDocx(plan: Plan, options: ExportDocxOptions = {}): Promise<Uint8Array> {
  try {
    const laidOut = layoutPlan(plan);
    return packDocx(buildDocx(laidOut), { mirrorMargins: laidOut.page.mirrorMargins, zip: options.zip });
  } catch (err) {
    throw new DocxExportError(err);
  }
}
