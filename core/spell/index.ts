/** Vietnamese spell checking without a dictionary file: a syllable validator (see syllable.ts). */
export { createSpellChecker, countSyllables, misspelledRanges, wordKey, type SpellChecker } from './checker';
export { planIgnoreWords } from './plan-words';
export { suggest } from './suggest';
export { isVietnameseSyllable, splitTone, withTone } from './syllable';
export { isCheckable, tokenize, type WordSpan } from './tokenize';
