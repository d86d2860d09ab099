import type { DocumentRef } from '../../../core/model/document-ref';
import { type PlanFromDocxOptions, type PlanFromDocxResult, planFromDocx } from '../../../core/import/plan-from-docx/plan-from-docx';
import { readDocxBlocks } from './read-docx-blocks';

/**
 * Opens a Word plan as a draft: reads the package (refusing a corrupt, encrypted or oversized file
 * with a UserError in Vietnamese) and recognises the plan. Used by the CLI's `open-docx`, the
 * API's `openDocxPlan` (Electron and browser mode).
 */
export async function openDocxPlan(bytes: Uint8Array, options: PlanFromDocxOptions & { library?: DocumentRef[] } = {}): Promise<PlanFromDocxResult> {
  const content = await readDocxBlocks(bytes);
  return planFromDocx(content, options);
}
