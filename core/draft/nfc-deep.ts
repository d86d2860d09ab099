/**
 * Every string value of a JSON tree in Unicode NFC. Drafts are edited by hand, pasted from PDFs
 * or written on macOS, all of which produce NFD; the renderer, the search and the DOCX writer
 * assume NFC, so a draft is normalised once on load and once on save.
 */
export function nfcDeep<T>(value: T): T {
  return normalise(value) as T;
}

function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key.normalize('NFC')] = normalise(item);
    return out;
  }
  return value;
}
