import type { Plan } from '../model/plan';
import { wordKey } from './checker';
import { tokenize } from './tokenize';

/** Every string inside a value (objects and arrays walked). */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
}

/**
 * The words of the plan's own names, never flagged in its text: the organisation (bodies,
 * collective, place), the documents it cites (issuers, types, subjects, short names), the signer
 * and the recipients. A name the clerk typed there is the clerk's spelling to keep.
 */
export function planIgnoreWords(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const text of strings([plan.organisation, plan.documents, plan.signature, plan.recipients, plan.authorLine ?? '']))
    for (const { word } of tokenize(text)) out.add(wordKey(word));
  return out;
}
