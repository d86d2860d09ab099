import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoByText } from '../../../core/text/text-memo';
import { cleanText } from '../../../core/text/clean-text';
import { applyToneMarks } from '../../../core/text/tone-marks';

describe('texts remembered by the text itself', () => {
  it('answers what the function answers, asked once per text while it holds them', () => {
    let calls = 0;
    const upper = memoByText((s: string) => {
      calls += 1;
      return s.toUpperCase();
    });
    for (const s of ['hòa', 'thuỷ', 'hòa', 'thuỷ', 'hòa']) expect(upper(s)).toBe(s.toUpperCase());
    expect(calls).toBe(2);
  });

  it('starts afresh when it would hold too many characters, and stays right', () => {
    let calls = 0;
    const len = memoByText((s: string) => {
      calls += 1;
      return String(s.length);
    }, 1000, 100);
    const long = 'x'.repeat(60);
    len(long);
    len('y'.repeat(60)); // over 100 characters: the memo is emptied first
    len(long);
    expect(calls).toBe(3);
    expect(len(long)).toBe('60');
  });

  it('cleaning and tone marks give the same text the first time and every time after', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = cleanText(s);
        expect(cleanText(s)).toBe(once);
        expect(applyToneMarks(once, 'ủy')).toBe(applyToneMarks(once, 'ủy'));
        expect(applyToneMarks('Huyện uỷ hoà ' + once, 'ủy').startsWith('Huyện ủy hòa ')).toBe(true);
        expect(applyToneMarks('Huyện ủy hòa ' + once, 'uỷ').startsWith('Huyện uỷ hoà ')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
