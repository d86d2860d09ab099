import { memoByText } from './text-memo';

/**
 * Two tone-mark placements coexist in Vietnamese for the open syllables oa, oe, uy:
 * "hòa, hòe, thủy" (mark on the first vowel) and "hoà, hoè, thuỷ" (on the second).
 * An organisation writes one of them; mixing both in a document is a defect (An Lão wrote
 * "Huyện uỷ" beside "Huyện ủy"). Only open syllables change: "hoàn", "khoảng", "quý" do not.
 */

const TONED: Record<string, string[]> = {
  // base vowel → [huyền, sắc, hỏi, ngã, nặng]
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
  u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
  a: ['à', 'á', 'ả', 'ã', 'ạ'],
  e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
};

const withUpper = (map: Record<string, string[]>): Record<string, string[]> => {
  const out: Record<string, string[]> = { ...map };
  for (const [base, forms] of Object.entries(map)) out[base.toUpperCase()] = forms.map((f) => f.toUpperCase());
  return out;
};
const TONES = withUpper(TONED);

/** toned char → [base, tone index] */
const DECOMPOSE = new Map<string, [string, number]>();
for (const [base, forms] of Object.entries(TONES)) forms.forEach((form, i) => DECOMPOSE.set(form, [base, i]));

const PAIRS = ['oa', 'oe', 'uy'];
const LETTER = /[\p{L}]/u;

export type ToneConvention = 'ủy' | 'uỷ';

/**
 * Rewrites oa/oe/uy open syllables to the given convention. `ủy` puts the mark on the first
 * vowel (hòa, ủy); `uỷ` on the second (hoà, uỷ).
 */
/**
 * A pair that may move: o/u before a toned a/e/y, or a toned o/u before a/e/y. Most text has none,
 * and this check (no Unicode classes, no per-character loop) lets it through untouched: the layout
 * calls this on every run of every paragraph.
 */
const CANDIDATE = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]|[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aAeEyY]/;

/** Every candidate pair in a text (global: replaced one by one, the rest of the text untouched). */
const CANDIDATES = new RegExp(CANDIDATE.source, 'g');
const VOWEL = /[aăâeêioôơuưy]/i;

export function applyToneMarks(value: string, convention: ToneConvention): string {
  return (convention === 'ủy' ? firstVowel : secondVowel)(value);
}

// Remembered by text (text-memo.ts): every export and preview re-layout tone-marks the whole plan again.
const firstVowel = memoByText((value: string) => placeToneMarks(value, 'ủy'));
const secondVowel = memoByText((value: string) => placeToneMarks(value, 'uỷ'));

function placeToneMarks(value: string, convention: ToneConvention): string {
  const nfc = value.normalize('NFC');
  // "của", "hòa", "thủy" are everywhere: only the candidate pairs are looked at, in place (NFC
  // letters are one UTF-16 unit each), not the text letter by letter.
  return nfc.replace(CANDIDATES, (pair: string, i: number) => {
    const a = pair[0]!;
    const b = pair[1]!;
    const next = nfc[i + 2];
    const prev = i > 0 ? nfc[i - 1] : undefined;
    if (next !== undefined && LETTER.test(next)) return pair; // closed syllable: hoàn, khoảng
    const da = DECOMPOSE.get(a);
    const db = DECOMPOSE.get(b);
    const baseA = da ? da[0] : a;
    const baseB = db ? db[0] : b;
    if (!PAIRS.includes((baseA + baseB).toLowerCase())) return pair;
    // In "qu" the u belongs to the consonant: quý, quỳ keep the mark on y.
    if (baseA.toLowerCase() === 'u' && prev !== undefined && prev.toLowerCase() === 'q') return pair;
    // A syllable that has three vowels (e.g. "khuya", "oai") is not one of these pairs.
    if (prev !== undefined && VOWEL.test(prev.normalize('NFD').charAt(0))) return pair;
    if (convention === 'ủy' && db && !da) return (TONES[baseA] as string[])[db[1]]! + baseB;
    if (convention === 'uỷ' && da && !db) return baseA + (TONES[baseB] as string[])[da[1]]!;
    return pair;
  });
}

/** True when the text mixes both placements (a checker finding). */
export function mixesToneMarks(value: string): boolean {
  return applyToneMarks(value, 'ủy') !== value && applyToneMarks(value, 'uỷ') !== value;
}
