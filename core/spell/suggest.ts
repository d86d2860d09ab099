import { isValidBase, splitTone, withTone, type Tone } from './syllable';

const LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];

// A letter left out is the commonest slip while typing fast (and Telex drops a letter when a key
// is read as a mark), so adding one costs less than deleting, replacing or swapping.
const INSERT_COST = 0.75;

/** Bases one edit away (insert, delete, replace a letter, swap two neighbours), with the edit's cost. */
function edits1(base: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (b: string, cost: number) => {
    if (b !== base && b.length <= 7 && !(cost >= (out.get(b) ?? Infinity))) out.set(b, cost);
  };
  const chars = [...base];
  for (let i = 0; i <= chars.length; i++) {
    const head = chars.slice(0, i).join('');
    const tail = chars.slice(i).join('');
    for (const l of LETTERS) add(head + l + tail, INSERT_COST);
    if (i < chars.length) {
      const after = chars.slice(i + 1).join('');
      add(head + after, 1);
      for (const l of LETTERS) if (l !== chars[i]) add(head + l + after, 1);
      if (i + 1 < chars.length) add(head + chars[i + 1] + chars[i] + chars.slice(i + 2).join(''), 1);
    }
  }
  return out;
}

const TONES: Tone[] = [0, 1, 2, 3, 4, 5];

/**
 * Up to `limit` corrections for a misspelt syllable, nearest first. Without a word list the
 * checker cannot tell "triển" from "triẻn" by itself, so it ranks by `known`: how often each
 * (lowercase, NFC) syllable occurs in the document being written — a clerk's plan repeats its own
 * vocabulary. Known syllables come first (nearest first: a missing letter nearer than a wrong
 * one, a tone not typed yet nearer still; then the more frequent);
 * then unknown valid syllables one letter away, keeping the typed tone. The case of the first
 * letter is kept.
 */
export function suggest(word: string, known: ReadonlyMap<string, number> = new Map(), limit = 5): string[] {
  const split = splitTone(word);
  if (!split) return [];
  const self = withTone(split.base, split.tone);
  const one = edits1(split.base);
  // Two edits away only known syllables are offered: look only at their bases.
  const knownBases = new Set<string>();
  for (const form of known.keys()) knownBases.add(splitTone(form)?.base ?? form);
  const two = new Map<string, number>();
  for (const [b, cost] of one)
    for (const [c, more] of edits1(b))
      if (knownBases.has(c) && c !== split.base && !one.has(c) && !(cost + more >= (two.get(c) ?? Infinity))) two.set(c, cost + more);
  const scored = new Map<string, number>();
  const consider = (base: string, distance: number) => {
    for (const tone of TONES) {
      if (!isValidBase(base, tone)) continue;
      const form = withTone(base, tone);
      if (form === self) continue;
      const count = known.get(form) ?? 0;
      // A tone the typist has not put yet costs less than a wrong letter.
      const toneCost = tone === split.tone ? 0 : split.tone === 0 ? 0.5 : 1;
      const cost = distance + toneCost;
      if (count === 0 && (distance > 1 || tone !== split.tone)) continue;
      const score = (count > 0 ? 0 : 10) + cost - Math.min(count, 99) / 100;
      const previous = scored.get(form);
      if (previous === undefined || score < previous) scored.set(form, score);
    }
  };
  for (const tone of TONES) if (tone !== split.tone && isValidBase(split.base, tone)) consider(split.base, 0);
  for (const [b, cost] of one) consider(b, cost);
  for (const [b, cost] of two) consider(b, cost);
  const capital = word[0] !== word[0]!.toLowerCase();
  return [...scored]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], 'vi'))
    .slice(0, limit)
    .map(([form]) => (capital ? form[0]!.toUpperCase() + form.slice(1) : form));
}
