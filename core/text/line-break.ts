/**
 * Balanced line breaking for the centred lines a clerk breaks by hand: the summary (trích yếu),
 * a long issuing body, the author line. Given the words and their measured widths, it picks the
 * fewest lines that fit, then the break points that make the lines most even (least squared
 * slack), preferring to start a line with a phrase word ("của", "về", "ngày", "thực hiện"),
 * never separating "số"/"ngày" from the figure that follows, and never leaving a last line of
 * fewer than `minLastWords` words.
 */

export interface BreakWord {
  text: string;
  widthMm: number;
}

export interface BalanceOptions {
  maxWidthMm: number;
  /** Width of the space between two words. */
  spaceMm: number;
  /** The last line (and, for names, every line) has at least this many words when the text has enough. */
  minLastWords: number;
  /** Every line, not only the last, has at least minLastWords words (body names: no word alone). */
  minWordsEveryLine?: boolean;
  /** An organisation name: lines start at a unit ("ĐẢNG ỦY / CƠ QUAN ỦY BAN NHÂN DÂN TỈNH"), not at summary phrases. */
  name?: boolean;
}

/** A line that starts with one of these reads as a phrase, as clerks break it. */
const PHRASE_STARTS: ReadonlyArray<readonly [string[], number]> = [
  [['của'], 30],
  [['về'], 30],
  [['ngày'], 25],
  [['thực', 'hiện'], 25],
  [['triển', 'khai'], 15],
  [['đối', 'với'], 20],
  [['trên', 'địa', 'bàn'], 20],
  [['nhằm'], 15],
  [['giai', 'đoạn'], 15],
  [['đến', 'năm'], 15],
  [['năm', 'học'], 10],
  [['và'], 10],
];
/** A line of an organisation name starts best at a unit, so "CƠ QUAN", "ỦY BAN", "BÀ RỊA" stay whole. */
const NAME_STARTS: ReadonlyArray<readonly [string[], number]> = [
  [['tỉnh'], 30],
  [['thành', 'phố'], 30],
  [['huyện'], 30],
  [['quận'], 30],
  [['thị', 'xã'], 30],
  [['phường'], 30],
  [['xã'], 30],
  [['cơ', 'quan'], 25],
  [['ủy', 'ban'], 25],
  [['khối'], 25],
  [['đảng', 'ủy'], 20],
  [['phòng'], 20],
  [['sở'], 20],
  [['các'], 15],
];
/** Administrative units: the words after one, up to the next unit, are a place name ("TỈNH / BÀ RỊA - VŨNG TÀU"). */
const PLACE_UNITS: ReadonlyArray<string[]> = [['tỉnh'], ['thành', 'phố'], ['huyện'], ['quận'], ['thị', 'xã'], ['thị', 'trấn'], ['phường'], ['xã'], ['đặc', 'khu']];
const PLACE_PENALTY = 60;

/** For each word index, true when a line starting there would split a place name ("BÀ / RỊA") or a unit ("THÀNH / PHỐ"). */
function insidePlaceName(words: BreakWord[]): boolean[] {
  const out = new Array<boolean>(words.length).fill(false);
  // Multi-word units and name parts ("THÀNH PHỐ", "CƠ QUAN", "ỦY BAN") never split.
  for (let i = 0; i < words.length; i++) {
    for (const [phrase] of [...PLACE_UNITS.map((u) => [u] as const), ...NAME_STARTS]) {
      if (phrase.length > 1 && phrase.every((w, k) => lower(words[i + k]?.text ?? '') === w)) for (let k = 1; k < phrase.length; k++) out[i + k] = true;
    }
  }
  const unitAt = (i: number): number => {
    for (const unit of PLACE_UNITS) if (unit.every((w, k) => lower(words[i + k]?.text ?? '') === w)) return unit.length;
    return 0;
  };
  let inPlace = false;
  for (let i = 0; i < words.length; i++) {
    const unit = unitAt(i);
    if (unit > 0) {
      // The unit's own words, then the first word of the place: a break before that word is fine.
      i += unit;
      inPlace = true;
      continue;
    }
    if (inPlace) out[i] = true;
  }
  return out;
}

/** Words that must stay with the figure after them: "số 71-NQ/TW", "ngày 22/8/2025", "năm 2030". */
const GLUED_TO_NEXT = new Set(['số', 'ngày', 'tháng', 'năm', 'Số']);
/** A line should not end on a word that opens a phrase: "… Thành ủy Hà Nội về / thực hiện …". */
const OPENS_PHRASE = new Set(['của', 'về', 'và', 'với', 'các', 'những', 'đối', 'trên', 'tại', 'cho', 'theo', 'để', 'thực', 'triển', 'giai', 'đến']);
const DANGLING_PENALTY = 40;
const AFTER_COMMA_BONUS = 15;
const GLUE_PENALTY = 80;
/** Weight of the squared slack (slack as a fraction of the line width). */
const SLACK_WEIGHT = 1000;
/** Beyond this many words the quadratic search is not worth it: the printer wraps the text. */
export const MAX_BALANCED_WORDS = 400;

const lower = (s: string): string => s.toLocaleLowerCase('vi');

/** Bonus (a negative cost) for starting a line at word `i`. */
function breakCost(words: BreakWord[], i: number, name: boolean, inPlace: boolean[] = []): number {
  const prev = words[i - 1]?.text ?? '';
  let cost = 0;
  // "BÀ RỊA - / VŨNG TÀU", "chính trị / - xã hội": a dash between words binds them.
  if (prev === '-' || prev === '–' || words[i]?.text === '-' || words[i]?.text === '–') cost += GLUE_PENALTY;
  if (name) {
    if (inPlace[i]) cost += PLACE_PENALTY;
    // "ĐẢNG ỦY KHỐI CÁC / CƠ QUAN TỈNH": a name line does not end on "các", "và", "của" either.
    if (OPENS_PHRASE.has(lower(prev))) cost += DANGLING_PENALTY;
    for (const [phrase, bonus] of NAME_STARTS) {
      if (phrase.every((w, k) => lower(words[i + k]?.text ?? '') === w)) return cost - bonus;
    }
    return cost;
  }
  if (GLUED_TO_NEXT.has(prev) && /^\d/.test(words[i]?.text ?? '')) cost += GLUE_PENALTY;
  if (prev.endsWith(',') || prev.endsWith(';')) cost -= AFTER_COMMA_BONUS;
  if (OPENS_PHRASE.has(lower(prev))) cost += DANGLING_PENALTY;
  for (const [phrase, bonus] of PHRASE_STARTS) {
    if (phrase.every((w, k) => lower(words[i + k]?.text ?? '') === w)) {
      cost -= bonus;
      break;
    }
  }
  return cost;
}

/** Width of words [from, to) on one line. */
function lineWidth(prefix: number[], from: number, to: number, spaceMm: number): number {
  return (prefix[to] ?? 0) - (prefix[from] ?? 0) + Math.max(0, to - from - 1) * spaceMm;
}

/** Fewest lines a first-fit fill needs. */
function greedyLines(words: BreakWord[], o: BalanceOptions): number {
  let lines = 1;
  let width = 0;
  let count = 0;
  for (const w of words) {
    const next = count === 0 ? w.widthMm : width + o.spaceMm + w.widthMm;
    if (count > 0 && next > o.maxWidthMm) {
      lines += 1;
      width = w.widthMm;
      count = 1;
    } else {
      width = next;
      count += 1;
    }
  }
  return lines;
}

/**
 * Indexes of the words that start a new line (never 0), or [] when the text fits on one line or
 * has too many words to balance. Lines are as even as possible for the fewest line count that
 * meets the rules; one more line is tried when the fewest cannot avoid a lone last word.
 */
export function balancedBreaks(words: BreakWord[], o: BalanceOptions): number[] {
  const n = words.length;
  if (n < 2 || n > MAX_BALANCED_WORDS) return [];
  const prefix = [0];
  for (const w of words) prefix.push((prefix[prefix.length - 1] ?? 0) + w.widthMm);
  if (lineWidth(prefix, 0, n, o.spaceMm) <= o.maxWidthMm) return [];
  const inPlace = o.name ? insidePlaceName(words) : [];
  const costs = words.map((_, i) => (i === 0 ? 0 : breakCost(words, i, o.name === true, inPlace)));
  const fewest = greedyLines(words, o);
  for (let lines = fewest; lines <= Math.min(n, fewest + 2); lines++) {
    const found = bestBreaks(lines, prefix, costs, o, n);
    if (found) return found;
  }
  return [];
}

/** Minimum-cost split into exactly `lines` lines, or null when no split meets the rules. */
function bestBreaks(lines: number, prefix: number[], costs: number[], o: BalanceOptions, n: number): number[] | null {
  const minWords = Math.min(o.minLastWords, Math.floor(n / lines));
  const minFor = (lineIndex: number): number => (o.minWordsEveryLine || lineIndex === lines - 1 ? Math.max(1, minWords) : 1);
  // best[k][j]: cost of words [0, j) on k lines; from[k][j]: start of the k-th line.
  const best: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let k = 1; k <= lines; k++) {
    const min = minFor(k - 1);
    for (let j = 1; j <= n; j++) {
      for (let i = j - min; i >= 0; i--) {
        const width = lineWidth(prefix, i, j, o.spaceMm);
        // A single word wider than the line may stand alone; otherwise the line must fit.
        if (width > o.maxWidthMm && j - i > 1) break;
        const before = best[k - 1]![i]!;
        if (before === Infinity) continue;
        const slack = Math.max(0, o.maxWidthMm - width) / o.maxWidthMm;
        const cost = before + SLACK_WEIGHT * slack * slack + (i > 0 ? (costs[i] ?? 0) : 0);
        if (cost < best[k]![j]!) {
          best[k]![j] = cost;
          from[k]![j] = i;
        }
      }
    }
  }
  if (best[lines]![n] === Infinity) return null;
  const starts: number[] = [];
  for (let k = lines, j = n; k > 1; k--) {
    const i = from[k]![j]!;
    starts.unshift(i);
    j = i;
  }
  return starts;
}
