import { REF_FIELDS, type RefField } from '../model/inline';

/**
 * Handlebars produces plain text, so a live reference travels through it as a marker made of
 * private-use characters that no clerk can type: U+E000 field[:target] U+E001.
 * parse-section-text.ts turns each marker back into a `ref` node.
 */
export const MARKER_OPEN = '\uE000';
export const MARKER_CLOSE = '\uE001';

export function refMarker(field: RefField, target?: string): string {
  return `${MARKER_OPEN}${field}${target === undefined ? '' : `:${target}`}${MARKER_CLOSE}`;
}

export interface DecodedMarker {
  field: RefField;
  target?: string;
}

/** Reads the inside of a marker; null when the field is not one the resolver knows. */
export function decodeMarker(inner: string): DecodedMarker | null {
  const colon = inner.indexOf(':');
  const field = colon < 0 ? inner : inner.slice(0, colon);
  if (!(REF_FIELDS as readonly string[]).includes(field)) return null;
  return colon < 0 ? { field: field as RefField } : { field: field as RefField, target: inner.slice(colon + 1) };
}

/** Answers are typed by people: strip marker characters so a value can never forge a reference. */
export function stripMarkerChars(value: string): string {
  return value.replace(/[\uE000\uE001]/g, '');
}
