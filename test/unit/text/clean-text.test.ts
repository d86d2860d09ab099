import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../core/text/clean-text';

// plan-anatomy.md §4: Word refuses a file with a character XML 1.0 forbids; text pasted from PDFs is often NFD.
describe('cleanText', () => {
  it('drops every character XML 1.0 forbids and keeps tab, newline and carriage return', () => {
    const forbidden = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c)), '\uFFFE', '\uFFFF'];
    expect(cleanText(`Huyện${forbidden.join('')} ủy\t\n\r.`)).toBe('Huyện ủy\t\n\r.');
  });

  it('drops lone surrogates of either half but keeps emoji and other astral characters whole', () => {
    expect(cleanText('a\uD800b\uDC00c\uDBFF')).toBe('abc');
    expect(cleanText('\uDC00\uD800')).toBe('');
    expect(cleanText('Mục tiêu 🎯 𠀀 xong')).toBe('Mục tiêu 🎯 𠀀 xong');
    // A high half followed by a lone high half: only the one without a partner goes.
    expect(cleanText('\uD83C\uD83C\uDFAF')).toBe('🎯');
  });

  it('composes to NFC, also when a dropped control sat between a letter and its tone mark', () => {
    expect(cleanText('Huyện ủy'.normalize('NFD'))).toBe('Huyện ủy');
    const split = `Vie\u0001\u0302\u0323t Nam`; // e, a control, then combining circumflex and dot below
    expect(cleanText(split)).toBe('Việt Nam');
    expect(cleanText(split).normalize('NFC')).toBe(cleanText(split));
  });

  it('keeps right-to-left text, combining marks on other scripts and ordinary punctuation', () => {
    const rtl = 'مرحبا שלום ‏ x̃ «…» – —';
    expect(cleanText(rtl)).toBe(rtl.normalize('NFC'));
  });

  it('takes time linear in the length: 200,000 controls or lone surrogates are one quick pass', () => {
    const n = 200_000;
    for (const unit of ['\u0001', '\uD800', '\uDC00', '\t', 'ệ'.normalize('NFD')]) {
      const start = performance.now();
      const out = cleanText(unit.repeat(n));
      // Generous bound: a quadratic pass over 200k characters takes minutes, a linear one milliseconds.
      expect(performance.now() - start).toBeLessThan(2_000);
      expect(out.length).toBeLessThanOrEqual(n);
    }
  });
});
