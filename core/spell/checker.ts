import { isVietnameseSyllable } from './syllable';
import { isCheckable, tokenize, type WordSpan } from './tokenize';
import { suggest } from './suggest';

/** The lowercase NFC form under which words are compared (ignore lists, known syllables). */
export function wordKey(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/**
 * The misspelt words of a text: checkable words (see isCheckable) that are not Vietnamese
 * syllables and not in `ignore` (lowercase NFC keys: the plan's own names, words the clerk chose
 * to skip). Offsets are those of `text` as given.
 */
export function misspelledRanges(text: string, ignore: ReadonlySet<string> = new Set()): WordSpan[] {
  return tokenize(text).filter(({ word }) => isCheckable(word) && !isVietnameseSyllable(word) && !ignore.has(wordKey(word)));
}

/** How often each syllable occurs in some texts: the `known` ranking of suggestions. */
export function countSyllables(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const { word } of tokenize(text)) {
      if (!isVietnameseSyllable(word)) continue;
      const key = wordKey(word);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return counts;
}

export interface SpellChecker {
  isCorrect(word: string): boolean;
  suggest(word: string): string[];
}

/**
 * A checker with extra accepted words (the plan's names) and the document's syllable counts
 * for ranking suggestions.
 */
export function createSpellChecker(options: { ignore?: Iterable<string>; known?: ReadonlyMap<string, number> } = {}): SpellChecker {
  const ignore = new Set([...(options.ignore ?? [])].map(wordKey));
  const known = options.known ?? new Map<string, number>();
  return {
    isCorrect: (word) => !isCheckable(word) || isVietnameseSyllable(word) || ignore.has(wordKey(word)),
    suggest: (word) => suggest(word, known),
  };
}
