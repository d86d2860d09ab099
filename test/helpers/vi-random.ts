import fc from 'fast-check';

/**
 * Random Vietnamese words for generated inputs: an onset, a toned vowel and an optional final,
 * so tests meet every diacritic (ơ ư ă â ê ô đ and the five tones) in upper and lower case.
 */
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 's', 't', 'th', 'tr', 'v', 'x'];
const VOWELS = [...'aáàảãạăắằẳẵặâấầẩẫậeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵ'];
const FINALS = ['', '', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o', 'u'];

export const viWord: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...VOWELS), fc.constantFrom(...FINALS))
  .map(([a, b, c]) => (a + b + c).normalize('NFC'));

export const capitalise = (w: string): string => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);

/** A phrase of `min`..`max` words; `capitalFirst` makes it start like a sentence. */
export const viPhrase = (min = 2, max = 12, capitalFirst = true): fc.Arbitrary<string> =>
  fc.array(viWord, { minLength: min, maxLength: max }).map((ws) => {
    const s = ws.join(' ');
    return capitalFirst ? capitalise(s) : s;
  });

/** A proper name of two or three capitalised words ("Đông Đa", "Hải Phòng"). */
export const viName: fc.Arbitrary<string> = fc.array(viWord, { minLength: 1, maxLength: 3 }).map((ws) => ws.map(capitalise).join(' '));
