import { applyToneMarks } from '../text/tone-marks';

/**
 * Vietnamese terms for the coverage index. Vietnamese writes one syllable per space-separated
 * word, so a regex over letters finds the syllables (Intl.Segmenter's word granularity gives the
 * same cut for Vietnamese, several times slower). A term is:
 * - a syllable, NFC, lower case ("Đ" → "đ"), its tone mark moved to one placement ("hoà" and
 *   "hòa" are one term) but its diacritics kept: "hòa" ≠ "hoa", "thực" ≠ "thuc";
 * - optionally, a pair of adjacent syllables joined by "_" ("giáo_dục", "an_ninh"): most
 *   Vietnamese words are two syllables. The coverage index does not use pairs: on the evaluation
 *   set they did not raise precision or recall (lower bodies reword, which breaks pairs first)
 *   and they doubled the index and the time.
 * Stop-words (function words and the words every plan repeats) make no term.
 */

/**
 * Syllables already normalised: a language has a few thousand, a 100-page document repeats them
 * tens of thousands of times. Bounded so a stream of garbage cannot grow it without end.
 */
const normalised = new Map<string, string>();
const NORMALISED_MAX = 50_000;

/** One syllable as a term: NFC, lower case, tone mark on the first vowel of oa/oe/uy ("hòa", "thủy"). */
export function normaliseSyllable(syllable: string): string {
  let term = normalised.get(syllable);
  if (term === undefined) {
    term = applyToneMarks(syllable.normalize('NFC').toLowerCase(), 'ủy');
    if (normalised.size >= NORMALISED_MAX) normalised.clear();
    normalised.set(syllable, term);
  }
  return term;
}

/** Function words and plan boilerplate: syllables that carry no task's meaning. */
const STOP_SYLLABLES = new Set(
  (
    'của và các những trong cho với để là được có theo về này đó kia ấy một số nhằm từ đến tại trên dưới như khi đã sẽ đang ' +
    'thì mà hoặc cũng vào ra bị do nên nếu vì hơn rất nhất cùng việc sự mỗi mọi nhau lại còn chưa không qua ' +
    'giữa bằng phải cần đây ' +
    // localising words: the parent says "thành phố", the draft "huyện", "phường", "xã" (see XA)
    'huyện phường quận tỉnh'
  ).split(' '),
);

/**
 * Two-syllable words every plan repeats whatever its subject ("thực hiện", "triển khai",
 * "trên địa bàn") and the verbs that open nearly every task ("tăng cường", "đẩy mạnh", "nâng
 * cao", "quan tâm", "chú trọng"): their syllables make no term when they stand together. The
 * verbs say nothing of which task it is; a draft sharing only them with a task must not look
 * like it takes it up (on the evaluation set stopping them changes precision and recall by one
 * pair at most). "Đổi mới", "xây dựng" stay: they say what is done.
 */
const STOP_PAIRS = new Set(
  [
    'thực hiện', 'triển khai', 'kế hoạch', 'nhiệm vụ', 'giải pháp', 'địa bàn', 'chỉ thị', 'nghị quyết', 'quy định', 'cơ quan',
    'đơn vị', 'địa phương', 'thành phố', 'thị trấn', 'hằng năm', 'hàng năm', 'cụ thể', 'phù hợp', 'hiệu quả', 'chương trình',
    'trọng tâm', 'chủ yếu', 'đối với', 'kịp thời', 'đồng thời', 'quan tâm', 'đẩy mạnh', 'chú trọng', 'tăng cường', 'nâng cao', 'các cấp', 'thường xuyên', 'tích cực', 'chủ động', 'tiếp tục', 'liên quan', 'tình hình', 'thực tiễn',
  ].map((pair) => normaliseSyllable(pair.split(' ')[0]!) + ' ' + normaliseSyllable(pair.split(' ')[1]!)),
);

/** "xã" (commune) localises a task like "huyện"; "xã hội" (society) is a word of its own. */
const XA = 'xã';
const HOI = 'hội';

/** A syllable: letters and their combining marks (NFC leaves none for Vietnamese, NFD input has them). */
const SYLLABLE = /[\p{L}\p{M}]+/gu;
const SPACES_ONLY = /^[ \t\u00a0]+$/;

export interface Syllable {
  /** The normalised syllable. */
  term: string;
  /** Offsets in the NFC text (what the UI shows), for highlighting. */
  start: number;
  end: number;
  /** A stop-word, alone or inside a stop pair. */
  stop: boolean;
  /** Only spaces separate it from the syllable before (no comma, dash, line end): a pair may form. */
  joinsPrevious: boolean;
}

/** The syllables of a text with their offsets in `text.normalize('NFC')`. */
export function viSyllables(text: string): Syllable[] {
  const nfc = text.normalize('NFC');
  const out: Syllable[] = [];
  let previousEnd = -1;
  for (const match of nfc.matchAll(SYLLABLE)) {
    const start = match.index;
    const end = start + match[0].length;
    const term = normaliseSyllable(match[0]);
    const joinsPrevious = previousEnd >= 0 && SPACES_ONLY.test(nfc.slice(previousEnd, start));
    out.push({ term, start, end, stop: STOP_SYLLABLES.has(term), joinsPrevious });
    previousEnd = end;
  }
  out.forEach((s, i) => {
    if (s.term === XA && !(out[i + 1]?.term === HOI && out[i + 1]!.joinsPrevious)) s.stop = true;
  });
  for (let i = 1; i < out.length; i += 1) {
    const a = out[i - 1]!;
    const b = out[i]!;
    if (b.joinsPrevious && STOP_PAIRS.has(`${a.term} ${b.term}`)) {
      a.stop = true;
      b.stop = true;
    }
  }
  return out;
}

/** Separator inside a pair term: never a letter, never a space (terms are split on spaces nowhere). */
export const PAIR_JOINER = '_';

/** The index terms of a text: its content syllables, and with `pairs` the pairs of adjacent ones. */
export function viTerms(text: string, options: { pairs?: boolean } = {}): string[] {
  const syllables = viSyllables(text);
  const terms: string[] = [];
  for (let i = 0; i < syllables.length; i += 1) {
    const s = syllables[i]!;
    if (s.stop || s.term.length < 2) continue;
    terms.push(s.term);
    const previous = syllables[i - 1];
    if (options.pairs && previous && s.joinsPrevious && !previous.stop && previous.term.length >= 2) terms.push(previous.term + PAIR_JOINER + s.term);
  }
  return terms;
}

/**
 * Where the given terms occur in a text (offsets in its NFC form): the syllables a shared term
 * is made of, merged into ranges, for highlighting the shared words of a task and a section.
 */
export function termRanges(text: string, terms: Iterable<string>): Array<{ start: number; end: number }> {
  const wanted = new Set(terms);
  const syllables = viSyllables(text);
  const hit = new Array<boolean>(syllables.length).fill(false);
  syllables.forEach((s, i) => {
    if (s.stop) return;
    if (wanted.has(s.term)) hit[i] = true;
    const previous = syllables[i - 1];
    if (previous && s.joinsPrevious && wanted.has(previous.term + PAIR_JOINER + s.term)) {
      hit[i] = true;
      hit[i - 1] = true;
    }
  });
  const ranges: Array<{ start: number; end: number }> = [];
  syllables.forEach((s, i) => {
    if (!hit[i]) return;
    const last = ranges[ranges.length - 1];
    if (last && hit[i - 1] && s.joinsPrevious) last.end = s.end;
    else ranges.push({ start: s.start, end: s.end });
  });
  return ranges;
}
