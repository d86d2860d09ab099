import { type WordSpan, isCheckable, isVietnameseSyllable, planIgnoreWords, tokenize, wordKey } from '../../spell';
import { editable, rangeFinding } from '../finding';
import { placesOf } from '../plan-places';
import { memoByText } from '../../text/text-memo';
import type { CheckRule, Finding } from '../types';

/**
 * Whether a word is a Vietnamese syllable, remembered across checks: a plan repeats the same few
 * thousand words, and the panel re-checks on every pause in typing. Bounded so a pasted novel
 * cannot grow it without end.
 */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 50_000;

function misspelt(word: string): boolean {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    verdict = isCheckable(word) && !isVietnameseSyllable(word);
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(word, verdict);
  }
  return verdict;
}

/**
 * The misspelt words of a text. A word never holds a space, so the text is cut at spaces (a plain
 * scan, no Unicode classes) and each piece's verdict is remembered: a plan repeats the same
 * pieces ("thực", "hiện,"), so the tokenizer runs only on pieces not seen before.
 */
const pieces = new Map<string, WordSpan[]>();
const SPACES = /\S+/g;

const misspeltSpans = memoByText((text: string): WordSpan[] => {
  const out: WordSpan[] = [];
  SPACES.lastIndex = 0;
  for (let m = SPACES.exec(text); m !== null; m = SPACES.exec(text)) {
    let found = pieces.get(m[0]);
    if (found === undefined) {
      found = tokenize(m[0]).filter((span) => misspelt(span.word));
      if (pieces.size >= MAX_VERDICTS) pieces.clear();
      pieces.set(m[0], found);
    }
    for (const span of found) out.push({ word: span.word, start: m.index + span.start, end: m.index + span.end });
  }
  return out;
});

/**
 * Words that are not Vietnamese syllables (core/spell): "trỉen" is flagged, names in capitals and
 * number-symbols are not judged. The plan's own names (organisation, documents, signer,
 * recipients) are never flagged. No fix: a suggestion is a guess.
 */
export const spelling: CheckRule = {
  id: 'spelling',
  // A note, not a warning: foreign names (Zalo, Internet) are not Vietnamese syllables either.
  severity: 'info',
  title: 'Chính tả',
  explanation: 'Từ không phải âm tiết tiếng Việt thường là lỗi gõ; tên riêng của kế hoạch (cơ quan, văn bản, người ký, nơi nhận) không bị báo.',
  check({ plan }) {
    const ignore = planIgnoreWords(plan);
    const findings: Finding[] = [];
    for (const place of placesOf(plan).places) {
      for (const span of misspeltSpans(place.text)) {
        if (ignore.has(wordKey(span.word))) continue;
        if (!editable(place, span.start, span.end)) continue;
        findings.push(rangeFinding(spelling, place, span.start, span.end, `“${span.word}” không phải là một tiếng Việt đúng chính tả; hãy kiểm tra lại.`));
      }
    }
    return findings;
  },
};
