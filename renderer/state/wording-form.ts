import { OPENING_DEFAULTS, SUMMARY_DEFAULTS } from '../../core/compose/defaults';
import type { TemplateWordingInfo } from '../../core/ipc/api';
import { type OpeningParts, type PlanWording, type SummaryParts, openingPartsSchema, summaryPartsSchema } from '../../core/model/wording';
import { evaluateTemplateValue } from './template-values';

/**
 * The opening sentence and summary parts in the new-plan form. What prints without the clerk
 * choosing anything is the regime's default, then the template's `wording` (rendered with the
 * fields as typed); the clerk's choices go on top and only they are sent with the answers, so a
 * template that changes later still decides what the clerk left alone.
 */
export interface WordingChoices {
  opening: Partial<OpeningParts>;
  summary: Partial<SummaryParts>;
  /** The plan's own subject, when the clerk typed it here. */
  subject?: string;
}

export const NO_WORDING_CHOICES: WordingChoices = { opening: {}, summary: {} };

/** Every part decided: what the plan will be composed from. */
export interface Wording {
  opening: OpeningParts;
  summary: SummaryParts;
  subject: string;
}

type Regime = 'dang' | 'nha-nuoc';

/** The template's parts that fit the schema once rendered; the others are left to the regime default. */
function templateParts<T extends object>(
  values: Record<string, string | number | boolean> | undefined,
  shape: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>,
  fields: Record<string, unknown>,
): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values ?? {})) {
    const schema = shape[key];
    if (!schema) continue;
    const value = typeof raw === 'string' ? evaluateTemplateValue(raw, fields) : raw;
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Partial<T>;
}

/** What prints when the clerk chooses nothing: regime defaults, then the template's parts. */
export function templateWording(regime: Regime, wording: TemplateWordingInfo | undefined, fields: Record<string, unknown>): Wording {
  const subject = wording?.subject === undefined ? '' : (evaluateTemplateValue(wording.subject, fields) ?? '');
  return {
    opening: { ...OPENING_DEFAULTS[regime], ...templateParts<OpeningParts>(wording?.opening, openingPartsSchema.shape, fields) },
    summary: { ...SUMMARY_DEFAULTS[regime], ...templateParts<SummaryParts>(wording?.summary, summaryPartsSchema.shape, fields) },
    subject,
  };
}

export function effectiveWording(base: Wording, choices: WordingChoices): Wording {
  return {
    opening: { ...base.opening, ...choices.opening },
    summary: { ...base.summary, ...choices.summary },
    subject: choices.subject ?? base.subject,
  };
}

/**
 * One part chosen by the clerk. Choosing what would print anyway removes the choice, so the
 * answers carry only real changes; an optional text cleared (the purpose clause) is a choice
 * when the template has one.
 */
export function chooseOpening<K extends keyof OpeningParts>(choices: WordingChoices, base: Wording, key: K, value: OpeningParts[K]): WordingChoices {
  const { [key]: _old, ...rest } = choices.opening;
  const same = (base.opening[key] ?? '') === (value ?? '');
  return { ...choices, opening: same ? rest : { ...rest, [key]: value } };
}

export function chooseSummary<K extends keyof SummaryParts>(choices: WordingChoices, base: Wording, key: K, value: SummaryParts[K]): WordingChoices {
  const { [key]: _old, ...rest } = choices.summary;
  return { ...choices, summary: base.summary[key] === value ? rest : { ...rest, [key]: value } };
}

export function chooseSubject(choices: WordingChoices, base: Wording, value: string): WordingChoices {
  const { subject: _old, ...rest } = choices;
  return value === base.subject ? rest : { ...rest, subject: value };
}

const clean = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The answers' `wording`: only the parts the clerk changed, text cleaned; undefined when none. */
export function wordingAnswer(choices: WordingChoices): Partial<{ opening: Partial<OpeningParts>; summary: Partial<SummaryParts>; subject: string }> | undefined {
  const tidy = <T extends object>(parts: T): T => Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === 'string' ? clean(v) : v])) as T;
  const out: Partial<Pick<PlanWording, 'subject'>> & { opening?: Partial<OpeningParts>; summary?: Partial<SummaryParts> } = {};
  if (Object.keys(choices.opening).length > 0) out.opening = tidy(choices.opening);
  if (Object.keys(choices.summary).length > 0) out.summary = tidy(choices.summary);
  if (choices.subject !== undefined) out.subject = clean(choices.subject);
  return Object.keys(out).length > 0 ? out : undefined;
}
