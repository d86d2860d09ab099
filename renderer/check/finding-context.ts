import { placesOf } from '../../core/check';
import type { Finding } from '../../core/check/types';
import type { Plan } from '../../core/model/plan';

/** Characters of text shown on each side of the words found. */
const SIDE = 32;

/** A finding with the words around its range, so the panel can show the slip in its sentence. */
export interface PanelFinding extends Finding {
  context?: { before: string; after: string };
}

/**
 * Adds to each finding with a range the text just before and after it (cut at a word, "…" where
 * cut), from the place's text as shown. Done where the check ran (the worker), where the plan's
 * places are already worked out.
 */
export function withContext(plan: Plan, findings: Finding[]): PanelFinding[] {
  const places = placesOf(plan);
  return findings.map((f) => {
    const { start, end } = f.location;
    if (start === undefined || end === undefined) return f;
    const text = places.find(f.location)?.text;
    if (text === undefined || end > text.length) return f;
    return { ...f, context: { before: leftOf(text, start), after: rightOf(text, end) } };
  });
}

function leftOf(text: string, start: number): string {
  if (start <= SIDE) return text.slice(0, start);
  const cut = text.slice(start - SIDE, start);
  const space = cut.indexOf(' ');
  return `…${space >= 0 && space < cut.length - 1 ? cut.slice(space + 1) : cut}`;
}

function rightOf(text: string, end: number): string {
  if (text.length - end <= SIDE) return text.slice(end);
  const cut = text.slice(end, end + SIDE);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}
