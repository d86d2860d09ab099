import type { Plan } from '../model/plan';
import { layoutPlan } from '../render/layout';
import { buildDocx } from './build-docx';
import { DocxExportError } from './export-error';
import { type ZipParts, packDocx } from './pack-docx';

export { DocxExportError };

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
