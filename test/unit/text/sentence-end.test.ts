import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutSentenceEnd } from '../../../core/text/sentence-end';

/** The rule as it was first written: right on short text, cubic on a long whitespace run. */
const byRegex = (text: string): string => text.replace(/\s*(?:\.\/\.|[.;,:]+)?\s*$/, '');

describe('withoutSentenceEnd (the last sentence takes the plan\'s final mark)', () => {
  it('drops whatever end was typed: nothing, ".", "./.", ";", a run of marks, spaces around them', () => {
    expect(withoutSentenceEnd('định kỳ báo cáo Ban Thường vụ Huyện ủy')).toBe('định kỳ báo cáo Ban Thường vụ Huyện ủy');
    expect(withoutSentenceEnd('định kỳ báo cáo.')).toBe('định kỳ báo cáo');
    expect(withoutSentenceEnd('định kỳ báo cáo./.')).toBe('định kỳ báo cáo');
    expect(withoutSentenceEnd('định kỳ báo cáo ;  ')).toBe('định kỳ báo cáo');
    expect(withoutSentenceEnd('theo quy định..;')).toBe('theo quy định');
    expect(withoutSentenceEnd('Ghi chú: 1.')).toBe('Ghi chú: 1');
  });

  it('agrees with the regex it replaces on any short text of letters, marks, slashes and whitespace', () => {
    const alphabet = fc.constantFrom('a', 'ệ', '.', '/', ';', ',', ':', ' ', '\t', '\n', '\u00A0', '\u3000', ')');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 14 }).map((a) => a.join('')), (text) => {
        expect(withoutSentenceEnd(text)).toBe(byRegex(text));
      }),
      { seed: 7, numRuns: 3000 },
    );
  });

  it('is linear: 10,000 tabs, spaces or full stops inside the last paragraph cost one pass', () => {
    for (const unit of ['\t', ' ', '.', '\n', ';']) {
      const text = `Giao Ban Tuyên giáo${unit.repeat(10_000)}chủ trì theo dõi${unit.repeat(10_000)}`;
      const start = performance.now();
      const out = withoutSentenceEnd(text);
      // The regex took minutes on this; a single pass takes well under a millisecond.
      expect(performance.now() - start).toBeLessThan(500);
      expect(out.endsWith('chủ trì theo dõi')).toBe(true);
    }
  });
});
