/**
 * Is a word a well-formed Vietnamese syllable? Vietnamese is written one syllable per word:
 * onset + rhyme (medial, nucleus, coda) + tone. The checker knows the onsets and the rhymes of
 * the written language, the spelling rules between them (c/k/q, g/gh, ng/ngh, gi, qu) and that a
 * syllable ending in p, t, c, ch takes only the sắc or nặng tone. No word list: small, fast, and
 * the tone mark may sit on either letter (hòa/hoà, thủy/thuỷ) since the mark is taken off first.
 */

/** Tone marks as combining characters (NFD). Circumflex, breve and horn are letters, not tones. */
const TONE_MARKS: Record<string, Tone> = { '\u0300': 1, '\u0301': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
/** 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;
const TONE_CHARS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** A lowercase NFC syllable without its tone mark, and the tone; null when it has two tone marks. */
export function splitTone(word: string): { base: string; tone: Tone } | null {
  let tone: Tone = 0;
  let base = '';
  for (const ch of word.normalize('NFD')) {
    const t = TONE_MARKS[ch];
    if (t === undefined) base += ch;
    else if (tone !== 0) return null;
    else tone = t;
  }
  return { base: base.normalize('NFC').toLowerCase(), tone };
}

/** Puts a tone on a toneless base, on the letter the modern ("new") placement uses. */
export function withTone(base: string, tone: Tone): string {
  if (tone === 0) return base;
  const at = toneLetterIndex(base);
  if (at < 0) return base;
  return (base.slice(0, at + 1) + TONE_CHARS[tone] + base.slice(at + 1)).normalize('NFC');
}

const VOWELS = 'aăâeêioôơuưy';
const MARKED_VOWELS = 'ăâêôơư';

/** Index of the letter that carries the tone (new style: hoà, thuỷ; ươ/iê/uô on the second). */
function toneLetterIndex(base: string): number {
  const onset = base.startsWith('gi') && base.length > 2 && VOWELS.includes(base[2]!) ? 2 : base.startsWith('qu') ? 2 : 0;
  let start = -1;
  let end = -1;
  for (let i = onset; i < base.length; i++) {
    if (VOWELS.includes(base[i]!)) {
      if (start < 0) start = i;
      end = i;
    } else if (start >= 0) break;
  }
  if (start < 0) return base.startsWith('gi') ? 1 : -1;
  for (let i = end; i >= start; i--) if (MARKED_VOWELS.includes(base[i]!)) return i;
  const vowels = end - start + 1;
  const closed = end + 1 < base.length;
  if (vowels === 1) return start;
  if (vowels === 3) return start + 1;
  // Two vowels: the second when a consonant follows or the first is a medial (oa, oe, uy, uê).
  if (closed || /^(oa|oe|uy|uê)$/.test(base.slice(start, end + 1))) return start + 1;
  return start;
}

/** Onsets, longest first so "ngh" wins over "ng" and "n". */
const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'qu', 'th', 'tr', 'ch', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Every written rhyme (medial + nucleus + coda), toneless. */
const RHYMES = new Set(
  `a ai ao au ay am an ang anh ap at ac ach
   ă ăm ăn ăng ăp ăt ăc
   âu ây âm ân âng âp ât âc
   e eo em en eng ep et ec
   ê êu êm ên ênh êp êt êch
   i ia iu im in inh ip it ich
   iêu iêm iên iêng iêp iêt iêc
   yêu yêm yên yêt y
   o oi om on ong op ot oc oong ooc
   ô ôi ôm ôn ông ôp ôt ôc
   ơ ơi ơm ơn ơp ơt
   u ua ui um un ung up ut uc
   uôi uôm uôn uông uôt uôc
   ư ưa ưi ưu ưm ưn ưng ưt ưc
   ươi ươu ươm ươn ương ươp ươt ươc
   oa oai oay oao oam oan oang oanh oap oat oac oach
   oăm oăn oăng oăt oăc
   oe oeo oen oet
   uê uênh uêch uơ uya uyu
   uy uyn uynh uyt uych uyên uyêt
   uân uâng uât uây`.split(/\s+/),
);

/** Rhymes used after a few onsets only (attested words); the others take any onset. */
const RHYME_ONSETS: Record<string, string[]> = {
  // ín, bịn, chín, giữ gìn, kín, mịn, nín, nghìn, nhìn, rịn, sìn, tin, Thìn, vin, xin — never "trin", "khin", "phin"…
  in: ['', 'b', 'ch', 'gi', 'k', 'l', 'm', 'n', 'ngh', 'nh', 'r', 's', 't', 'th', 'v', 'x'],
};

/** Onsets written only before i, e, ê, y (k, gh, ngh), and the ones never written there (c, g, ng). */
const FRONT_ONLY: Record<string, string> = { k: 'c', gh: 'g', ngh: 'ng' };
const NOT_FRONT = new Set(['c', 'g', 'ng']);
const STOP_CODA = /(p|t|c|ch)$/;

function isFront(rhyme: string): boolean {
  return /^[ieêy]/.test(rhyme);
}

function rhymeFits(onset: string, rhyme: string): boolean {
  if (!RHYMES.has(rhyme)) return false;
  const only = RHYME_ONSETS[rhyme];
  if (only && !only.includes(onset)) return false;
  if (onset in FRONT_ONLY) return isFront(rhyme);
  if (NOT_FRONT.has(onset) && isFront(rhyme)) return false;
  // "y" alone or starting a rhyme stands only without an onset (yêu, yên) or as "uy"; "i" is written after onsets.
  if (onset !== '' && /^y/.test(rhyme) && rhyme !== 'y') return false;
  return true;
}

/** A toneless lowercase base is a syllable. */
export function isValidBase(base: string, tone: Tone = 0): boolean {
  if (base === '' || base.length > 7) return false;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rest = base.slice(onset.length);
    if (rest === '' && onset !== 'gi') continue;
    if (STOP_CODA.test(rest) && tone !== 0 && tone !== 2 && tone !== 5) return false;
    if (STOP_CODA.test(rest) && tone === 0) return false;
    if (onset === 'qu') {
      // "qu" holds the medial: quả = q + ua, quyết = q + uyêt, quen = q + oen, quang = q + oang.
      if (!rest.startsWith('u') && (RHYMES.has('u' + rest) || RHYMES.has('o' + rest))) return true;
      continue;
    }
    if (onset === 'gi') {
      // "gi" + a rhyme (gia, giữ), or g + a rhyme in i (gì, gìn; giếng = gi + iêng).
      if (rest === '' || (!rest.startsWith('i') && (RHYMES.has(rest) || RHYMES.has('i' + rest)))) return true;
      continue;
    }
    if (rhymeFits(onset, rest)) return true;
  }
  return false;
}

/** A word (any case, NFC or not) is one Vietnamese syllable, tone marks wherever the typist put them. */
export function isVietnameseSyllable(word: string): boolean {
  const split = splitTone(word);
  return split !== null && isValidBase(split.base, split.tone);
}
