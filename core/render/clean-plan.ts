import { cleanText } from '../text/clean-text';

/**
 * Every text of a plan through `cleanText` (NFC, nothing XML 1.0 forbids), once, before layout.
 * Everything the DOCX carries — runs, header, table cells, the title in docProps/core.xml — and
 * everything the preview shows is derived from the plan by layout, so cleaning here covers all
 * of it, whatever field a future version adds. Plans come from drafts edited by hand, answers
 * files and paste, and none of those can be trusted to be clean.
 *
 * Identifiers (`id`, `target`) are left as they are: the preview maps laid-out paragraphs back
 * to sections by id, and cleaning never changes what an id refers to.
 *
 * Linear in the size of the plan. Unchanged parts are returned as they are (no copy), and an
 * object reached twice is cleaned once and stays one object, so identity-based lookups still work.
 */
const IDENTIFIER_KEYS = new Set(['id', 'target']);

export function cleanPlanText<T>(plan: T): T {
  const seen = new Map<object, unknown>();

  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') return cleanText(value);
    if (value === null || typeof value !== 'object') return value;
    const done = seen.get(value);
    if (done !== undefined) return done;
    let out: unknown = value;
    if (Array.isArray(value)) {
      const items = value.map(clean);
      if (items.some((item, i) => item !== value[i])) out = items;
    } else {
      let copy: Record<string, unknown> | undefined;
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        const cleaned = IDENTIFIER_KEYS.has(key) ? item : clean(item);
        if (cleaned === item) continue;
        copy ??= { ...record };
        copy[key] = cleaned;
      }
      if (copy) out = copy;
    }
    seen.set(value, out);
    return out;
  };

  return clean(plan) as T;
}
