import type { CheckRule } from '../types';
import { citationFacts } from './citation-facts';
import { citationMissingSo } from './citation-missing-so';
import { citationShortSummary } from './citation-short-summary';
import { doubleSpace } from './double-space';
import { weekdayMismatch } from './weekday-mismatch';

/** Every rule, in the order the panel lists their groups. */
export const ALL_RULES: readonly CheckRule[] = [citationFacts, citationMissingSo, citationShortSummary, weekdayMismatch, doubleSpace];
