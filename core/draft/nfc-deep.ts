/**
 * Every string value of a JSON tree in Unicode NFC. Drafts are edited by hand, pasted from PDFs
 * or written on macOS, all of which produce NFD; the renderer, the search and the DOCX writer
 * assume NFC, so a draft is normalised once on load and once on save.
 *
 * Copy on write: an object or array none of whose strings change is returned as it is (almost
 * every draft is NFC already), so a large draft is not rebuilt object by object on every load
 * and save. The input is never changed.
 */
export function nfcDeep<T>(value: T): T {
  return normalise(value) as T;
}

function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const normal = normalise(item);
      if (normal !== item) (out ??= value.slice())[i] = normal;
    }
    return out ?? value;
  }
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const keys = Object.keys(source);
    let entries: Array<[string, unknown]> | undefined;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i]!;
      const item = source[key];
      const normalKey = key.normalize('NFC');
      const normal = normalise(item);
      // The first change: the keys before it are copied as they are.
      if (!entries && (normalKey !== key || normal !== item)) entries = keys.slice(0, i).map((k): [string, unknown] => [k, source[k]]);
      entries?.push([normalKey, normal]);
    }
    // Own properties, as JSON.parse made them ("__proto__" included: never the copy's prototype).
    return entries ? Object.fromEntries(entries) : value;
  }
  return value;
}
