import type { CheckRule } from '../types';
import { abbreviationVariants } from './abbreviation-variants';
import { archiveLineForm, archiveLineMissing } from './archive-line';
import { citationFacts } from './citation-facts';
import { citationMissingSo } from './citation-missing-so';
import { citationPlainText } from './citation-plain-text';
import { citationShortSummary } from './citation-short-summary';
import { deadlineOutsidePeriod } from './deadline-outside-period';
import { documentLibrary } from './document-library';
import { doubleSpace } from './double-space';
import { notNfc } from './not-nfc';
import { numberingSequence } from './numbering-sequence';
import { properNameCase } from './proper-name-case';
import { recipientLineEnding } from './recipient-line-ending';
import { recipientsMissingUnit } from './recipients-missing-unit';
import { signatureAuthority, signerMissing } from './signature';
import { spelling } from './spelling';
import { strayPunctuation } from './stray-punctuation';
import { symbolPattern } from './symbol-pattern';
import { termWordCase } from './term-word-case';
import { toneMarksMixed } from './tone-marks-mixed';
import { weekdayMismatch } from './weekday-mismatch';

/** Every rule, in the order the panel lists their groups: citations, dates, numbering, recipients, text, signature, spelling. */
export const ALL_RULES: readonly CheckRule[] = [
  documentLibrary,
  citationFacts,
  citationMissingSo,
  citationShortSummary,
  citationPlainText,
  weekdayMismatch,
  deadlineOutsidePeriod,
  numberingSequence,
  recipientsMissingUnit,
  archiveLineMissing,
  archiveLineForm,
  recipientLineEnding,
  toneMarksMixed,
  notNfc,
  doubleSpace,
  strayPunctuation,
  symbolPattern,
  abbreviationVariants,
  properNameCase,
  termWordCase,
  signatureAuthority,
  signerMissing,
  spelling,
];
