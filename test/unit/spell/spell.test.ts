import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../core/draft';
import type { Plan, Section } from '../../../core/model';
import {
  countSyllables, createSpellChecker, isVietnameseSyllable, misspelledRanges, planIgnoreWords, suggest, tokenize,
} from '../../../core/spell';

const NFC = (s: string) => s.normalize('NFC');

function loadExample(name: string): Plan {
  const parsed = parseDraft(readFileSync(new URL(`../../../docs/examples/${name}.kehoach`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.plan;
}

/** The plain text of every paragraph the clerk writes: section titles and bodies, the preamble. */
function bodyTexts(plan: Plan): string[] {
  const texts: string[] = [];
  const inline = (nodes: readonly unknown[]): string =>
    nodes.map((n) => (n && typeof n === 'object' && 'text' in n ? String((n as { text: string }).text) : '')).join('');
  const blocks = (bs: Plan['preamble']) => bs.forEach((b) => texts.push(inline(b.children)));
  const walk = (s: Section) => {
    texts.push(s.title);
    blocks(s.body);
    s.children.forEach(walk);
  };
  blocks(plan.preamble);
  plan.sections.forEach(walk);
  return texts;
}

describe('Vietnamese syllables', () => {
  it('accepts both tone-mark placements', () => {
    for (const w of ['hòa', 'hoà', 'thủy', 'thuỷ', 'hóa', 'hoá', 'khỏe', 'khoẻ', 'quý', 'qúy'.normalize('NFC')]) expect(isVietnameseSyllable(w), w).toBe(true);
  });

  it('accepts NFD input and capitals', () => {
    expect(isVietnameseSyllable(NFC('Nghiêm').normalize('NFD'))).toBe(true);
    expect(isVietnameseSyllable(NFC('ĐẢNG'))).toBe(true);
  });

  it('knows the spelling rules between onset and rhyme', () => {
    for (const w of ['kinh', 'ghi', 'nghiệp', 'giếng', 'gìn', 'quốc', 'quyết', 'que', 'khuya', 'người', 'được', 'nghìn']) expect(isVietnameseSyllable(NFC(w)), w).toBe(true);
    // c/g/ng before i, e, ê; k/gh/ngh before a, o, u; a stop ending with a grave, hook or tilde tone.
    for (const w of ['cinh', 'ge', 'ngê', 'ka', 'gha', 'ngho', 'phàt', 'hỏc', 'trin', 'tht', 'phaát']) expect(isVietnameseSyllable(NFC(w)), w).toBe(false);
  });
});

describe('misspelledRanges', () => {
  it('flags "trin" in "phát trin" with its offsets', () => {
    const text = NFC('Tiếp tục phát trin kinh tế');
    expect(misspelledRanges(text)).toEqual([{ word: 'trin', start: text.indexOf('trin'), end: text.indexOf('trin') + 4 }]);
  });

  it('never flags numbers, number-symbols, abbreviations in capitals or e-mail addresses', () => {
    const text = NFC('Chỉ thị số 32-CT/TU ngày 24/4/2024, Nghị quyết 71-NQ/TW, UBND, HĐND, GDĐT, TP.HCM, a) b) đ) vanphong@hanoi.gov.vn');
    expect(misspelledRanges(text)).toEqual([]);
  });

  it("never flags the plan's own names, though they are not Kinh syllables", () => {
    const text = NFC('Huyện ủy Krông Búk phát trin');
    expect(misspelledRanges(text).map((r) => r.word)).toEqual([NFC('Krông'), NFC('Búk'), 'trin']);
    const plan = loadExample('an-lao');
    plan.organisation = { ...plan.organisation, placeName: NFC('Krông Búk') };
    expect(misspelledRanges(text, planIgnoreWords(plan)).map((r) => r.word)).toEqual(['trin']);
  });

  it('never flags a word of the ignore list, in any case', () => {
    expect(misspelledRanges(NFC('Trường Mầm non Xuanmai'), new Set(['xuanmai']))).toEqual([]);
  });

  it('finds no misspelt word in the body text of the three real plans', () => {
    let words = 0;
    const flagged: string[] = [];
    for (const name of ['an-lao', 'dong-da', 'thanh-xuan']) {
      const plan = loadExample(name);
      const ignore = planIgnoreWords(plan);
      for (const text of bodyTexts(plan)) {
        words += tokenize(text).length;
        flagged.push(...misspelledRanges(text, ignore).map((r) => r.word));
      }
    }
    expect(words).toBeGreaterThan(1000);
    expect(flagged).toEqual([]);
  });
});

describe('suggestions', () => {
  const known = countSyllables([NFC('Triển khai thực hiện chương trình phát triển kinh tế, trình Ban Thường vụ.')]);

  it('offers "triển" and "trình" for "trin" when the plan uses them', () => {
    const got = suggest('trin', known);
    expect(got.length).toBeLessThanOrEqual(5);
    expect(got).toEqual(expect.arrayContaining([NFC('triển'), NFC('trình')]));
  });

  it('keeps a capital first letter and never offers the word itself', () => {
    expect(suggest('Trin', known)).toContain(NFC('Triển'));
    expect(suggest(NFC('triển'), known)).not.toContain(NFC('triển'));
  });

  it('offers valid syllables one letter away without a document', () => {
    const got = suggest('tht');
    expect(got.length).toBeGreaterThan(0);
    for (const w of got) expect(isVietnameseSyllable(w), w).toBe(true);
  });

  it('createSpellChecker accepts the ignore list and ranks by the known syllables', () => {
    const checker = createSpellChecker({ ignore: ['Xuanmai'], known });
    expect(checker.isCorrect('xuanmai')).toBe(true);
    expect(checker.isCorrect('trin')).toBe(false);
    expect(checker.isCorrect('UBND')).toBe(true);
    expect(checker.suggest('trin')).toContain(NFC('triển'));
  });
});
