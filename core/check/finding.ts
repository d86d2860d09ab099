import type { InlineNode } from '../model/inline';
import { type PlanPlace, isTypedRange } from './plan-places';
import type { CheckFix, CheckLocation, CheckRule, Finding } from './types';

/** Helpers the rules share to build findings and fixes on places. */

const EXCERPT_MAX = 80;

/** The location of [start, end) of a place; the excerpt is exactly that text (the panel highlights it). */
export function rangeLocation(place: PlanPlace, start: number, end: number): CheckLocation {
  return { ...place.place, start, end, label: place.label, excerpt: place.text.slice(start, end) };
}

/** The location of a whole place (no range): the excerpt is its beginning. */
export function placeLocation(place: PlanPlace): CheckLocation {
  const excerpt = place.text.length > EXCERPT_MAX ? `${place.text.slice(0, EXCERPT_MAX - 1)}…` : place.text;
  return { ...place.place, label: place.label, excerpt };
}

/** A fix replacing [start, end) of a place's shown text. */
export function textFix(label: string, place: PlanPlace, start: number, end: number, replacement: string | InlineNode[]): CheckFix {
  return { label, edits: [{ kind: 'text', place: place.place, start, end, expected: place.text.slice(start, end), replacement }] };
}

export function rangeFinding(
  rule: Pick<CheckRule, 'id' | 'severity'>,
  place: PlanPlace,
  start: number,
  end: number,
  message: string,
  fix?: CheckFix,
): Finding {
  return { ruleId: rule.id, severity: rule.severity, message, location: rangeLocation(place, start, end), ...(fix ? { fix } : {}) };
}

export function placeFinding(rule: Pick<CheckRule, 'id' | 'severity'>, place: PlanPlace, message: string, fix?: CheckFix): Finding {
  return { ruleId: rule.id, severity: rule.severity, message, location: placeLocation(place), ...(fix ? { fix } : {}) };
}

/** True when [start, end) of the place is typed text (a fix may edit it). */
export const editable = isTypedRange;
