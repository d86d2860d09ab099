import { flattenNested } from '../model/document-set';
import type { MigrationStep } from './migration-step';

/**
 * Version 1 kept each base with the document it implements nested inside it
 * (`bases: [{ …, implements: { … } }]`), so a document that was both a base and the parent of
 * another base existed twice. Version 2 keeps one deduplicated set, `documents` (chains through
 * `implementsId`), and `baseIds`. References whose target was a merged copy are pointed at the
 * one document that remains.
 */
export const migrateV1ToV2: MigrationStep = {
  from: 1,
  describe: 'Văn bản căn cứ lồng nhau: văn bản được thực hiện nằm trong văn bản thực hiện nó',
  up(plan) {
    if (!Array.isArray(plan.bases) || !plan.bases.every(isRecord)) return plan;
    const { bases, ...rest } = plan;
    const { documents, baseIds, idMap } = flattenNested(bases as never);
    return { ...retarget(rest, idMap), documents, baseIds };
  },
};

/** Rewrites `target` of every `ref` node found anywhere in the plan. */
function retarget(value: Record<string, unknown>, idMap: Map<string, string>): Record<string, unknown> {
  // Iterative walk: a hand-edited draft may be nested deeper than the call stack.
  const stack: unknown[] = [value];
  const copy = structuredClone(value);
  stack[0] = copy;
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) node.forEach((child) => stack.push(child));
    else if (isRecord(node)) {
      if (node.type === 'ref' && typeof node.target === 'string') node.target = idMap.get(node.target) ?? node.target;
      Object.values(node).forEach((child) => stack.push(child));
    }
  }
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
