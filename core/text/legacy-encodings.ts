/**
 * Legacy Vietnamese encodings pasted as text: TCVN3 (ABC, fonts ".VnTime") and VNI (fonts
 * "VNI-Times"). Such text reaches the clipboard as Latin-1 look-alikes ("c¸c" for "các",
 * "caùc" for "các"); we detect it and convert it to Unicode NFC.
 *
 * Pure: no DOM, no Node.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Vowels with their five tones in the order: none, acute, grave, hook, tilde, dot below. */
const TONED: Record<string, string> = {
  a: 'aáàảãạ', ă: 'ăắằẳẵặ', â: 'âấầẩẫậ', e: 'eéèẻẽẹ', ê: 'êếềểễệ', i: 'iíìỉĩị',
  o: 'oóòỏõọ', ô: 'ôốồổỗộ', ơ: 'ơớờởỡợ', u: 'uúùủũụ', ư: 'ưứừửữự', y: 'yýỳỷỹỵ',
};

/**
 * TCVN3 (TCVN 5712:1993, VN3): one byte per lowercase letter; capitals exist only for the
 * seven modified base letters (toned capitals are drawn with the caps font ".VnTimeH", which
 * reuses the lowercase codes, so they convert to lowercase). Codes per base, same tone order
 * as TONED; 0 = the plain ASCII letter.
 */
const TCVN3_CODES: Record<string, number[]> = {
  a: [0, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  ă: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  â: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  e: [0, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  i: [0, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  o: [0, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  u: [0, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
  y: [0, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
};
const TCVN3_EXTRA: Array<[number, string]> = [
  [0xae, 'đ'], [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
];

const TCVN3_TO_UNICODE: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [base, codes] of Object.entries(TCVN3_CODES)) {
    codes.forEach((code, tone) => {
      if (code !== 0) map.set(String.fromCharCode(code), TONED[base]![tone]!);
    });
  }
  for (const [code, letter] of TCVN3_EXTRA) map.set(String.fromCharCode(code), letter);
  return map;
})();

/**
 * VNI for Windows: an ASCII base letter followed by a mark character. Some letters are one
 * character (ơ = ô, ư = ö, đ = ñ, the toned i's, ỵ = î). Lowercase marks shown; capitals use
 * the upper-case form of the same Latin-1 letter.
 */
const VNI_TONE_MARKS = ['', 'ù', 'ø', 'û', 'õ', 'ï'];
const VNI_SPELLING: Record<string, { base: string; marks: string[] }> = {
  a: { base: 'a', marks: VNI_TONE_MARKS },
  ă: { base: 'a', marks: ['ê', 'é', 'è', 'ú', 'ü', 'ë'] },
  â: { base: 'a', marks: ['â', 'á', 'à', 'å', 'ã', 'ä'] },
  e: { base: 'e', marks: VNI_TONE_MARKS },
  ê: { base: 'e', marks: ['â', 'á', 'à', 'å', 'ã', 'ä'] },
  o: { base: 'o', marks: VNI_TONE_MARKS },
  ô: { base: 'o', marks: ['â', 'á', 'à', 'å', 'ã', 'ä'] },
  ơ: { base: 'ô', marks: VNI_TONE_MARKS },
  u: { base: 'u', marks: VNI_TONE_MARKS },
  ư: { base: 'ö', marks: VNI_TONE_MARKS },
  y: { base: 'y', marks: ['', 'ù', 'ø', 'û', 'õ', 'î'] },
};
/** i and ỵ are single characters in VNI (the mark replaces the letter). */
const VNI_SINGLE: Array<[string, string]> = [
  ['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'], ['ñ', 'đ'], ['ô', 'ơ'], ['ö', 'ư'],
];

const VNI_TO_UNICODE: Map<string, string> = (() => {
  const map = new Map<string, string>();
  const add = (legacy: string, letter: string) => {
    map.set(legacy, letter);
    map.set(legacy.toUpperCase(), letter.toUpperCase());
    // Capital base with lower-case mark occurs when only the first letter was typed in caps.
    if (legacy.length === 2) map.set(legacy[0]!.toUpperCase() + legacy[1], letter.toUpperCase());
  };
  for (const [letter, { base, marks }] of Object.entries(VNI_SPELLING)) {
    marks.forEach((mark, tone) => {
      const unicode = TONED[letter]![tone]!;
      if (letter === 'y' && tone === 5) add('î', unicode); // ỵ is one character
      else if (mark !== '') add(base + mark, unicode); // plain letters and ơ/ư come from VNI_SINGLE
    });
  }
  for (const [legacy, letter] of VNI_SINGLE) add(legacy, letter);
  return map;
})();

/** Letters that only Unicode Vietnamese has: their presence means the text is already Unicode. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u036f]/;
/** Latin-1 characters that both legacy encodings use as letters. */
const LATIN1_LETTERISH = /[\u00a1-\u00fe]/;

export function convertLegacy(text: string, enc: LegacyEncoding): string {
  let out = '';
  if (enc === 'tcvn3') {
    for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
    return out.normalize('NFC');
  }
  for (let i = 0; i < text.length; ) {
    const pair = text.slice(i, i + 2);
    const two = pair.length === 2 ? VNI_TO_UNICODE.get(pair) : undefined;
    if (two !== undefined) {
      out += two;
      i += 2;
      continue;
    }
    const ch = text[i]!;
    out += VNI_TO_UNICODE.get(ch) ?? ch;
    i += 1;
  }
  return out.normalize('NFC');
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Vowel clusters that may be followed by a final consonant (hoàng, tuyết, người, khuân). */
const CLOSED_NUCLEI = 'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|uyê';
/** Vowel clusters that end the syllable (hai, người → ươi, khuya, thuở). */
const OPEN_NUCLEI =
  'ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|oai|oay|oao|oeo|uây|uôi|uya|uyu|ươi|ươu|iêu|yêu|uơ';
const ONSETS = 'ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx]';
const SYLLABLE = new RegExp(`^(?:${ONSETS})?(?:(?:${CLOSED_NUCLEI})(?:ch|ng|nh|[cmnpt])?|(?:${OPEN_NUCLEI}))$`);

/** Whether a word (tones ignored) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const bare = word.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
  return SYLLABLE.test(bare);
}

/** Words are split on spaces, digits and ASCII punctuation only: TCVN3 letters include "¬", "«", soft hyphen. */
const WORD_SPLIT = /[\s0-9!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~\u201c\u201d\u2018\u2019\u2013\u2014]+/;

function score(text: string, enc: LegacyEncoding | null): { valid: number; changed: number } {
  let valid = 0;
  let changed = 0;
  for (const word of text.split(WORD_SPLIT)) {
    if (!LATIN1_LETTERISH.test(word)) continue;
    changed += 1;
    if (isVietnameseSyllable(enc === null ? word : convertLegacy(word, enc))) valid += 1;
  }
  return { valid, changed };
}

/**
 * Decides whether pasted text is TCVN3 or VNI. A conversion must turn nearly every word that
 * carries Latin-1 characters into a well-formed Vietnamese syllable; French or German words
 * (café, Müller) do not, and real Unicode Vietnamese is never touched.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text) || !LATIN1_LETTERISH.test(text)) return null;
  let best: { enc: LegacyEncoding; valid: number; changed: number } | null = null;
  for (const enc of ['tcvn3', 'vni'] as const) {
    const s = score(text, enc);
    if (best === null || s.valid > best.valid) best = { enc, ...s };
  }
  if (best === null || best.valid === 0) return null;
  // Unicode Vietnamese written only with Latin-1 letters ("có má") is already well formed.
  if (score(text, null).valid >= best.valid) return null;
  const enough = best.changed <= 2 ? best.valid === best.changed : best.valid >= 2 && best.valid >= best.changed * 0.8;
  return enough ? best.enc : null;
}
