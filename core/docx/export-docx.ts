import { Packer } from 'docx';
import type { Plan } from '../model/plan';
import { layoutPlan } from '../render/layout';
import { buildDocx } from './build-docx';
import { patchMirrorMargins } from './mirror-margins';

/**
 * Plan → .docx bytes. Packs with Packer.toArrayBuffer (no Node Buffer), so it runs in the
 * renderer, the main process and the CLI alike.
 */
export async function exportDocx(plan: Plan): Promise<Uint8Array> {
  const laidOut = layoutPlan(plan);
  const bytes = new Uint8Array(await Packer.toArrayBuffer(buildDocx(laidOut)));
  return laidOut.page.mirrorMargins ? patchMirrorMargins(bytes) : bytes;
}
