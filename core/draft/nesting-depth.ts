/**
 * How deeply a parsed JSON value nests arrays and objects, counted without recursion.
 * Everything after JSON.parse — NFC normalisation, migrations, schema validation, layout, the
 * editor — walks the plan recursively, so a file nested far deeper than any plan (a broken
 * generator, a hostile file: 100,000 nested arrays) would exhaust the stack in whichever step
 * comes first and be reported as that step's failure. The draft loader checks this first.
 */

/**
 * Deepest nesting a draft may have. A real plan is about 20 levels deep (envelope, plan,
 * sections and their children, blocks, inline nodes, cited documents and what they implement);
 * 200 allows sections nested about 90 deep and stays far below what the recursive steps
 * survive (thousands of levels).
 */
export const MAX_DRAFT_NESTING = 200;

/** True when `value` nests arrays/objects more than `limit` levels deep (the root object is level 1). Linear, stops early. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    const items = Array.isArray(node) ? node : Object.values(node as Record<string, unknown>);
    for (const item of items) if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
  }
  return false;
}
