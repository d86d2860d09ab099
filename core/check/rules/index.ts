import type { CheckRule } from '../types';
import { doubleSpace } from './double-space';
import { weekdayMismatch } from './weekday-mismatch';

/** Every rule, in the order the panel lists their groups. */
export const ALL_RULES: readonly CheckRule[] = [weekdayMismatch, doubleSpace];
