import { describe, expect, it } from 'vitest';
import { textWidthEm, textWidthMm } from '../../../core/text/measure';

// Advance widths must be those of Times New Roman (Adobe AFM of Times: A = 722, a = 444,
// space = 250 per 1000 em; bold a = 500), which Liberation Serif shares.
describe('textWidthMm (Times New Roman metrics)', () => {
  it('matches the published Times advance widths', () => {
    expect(textWidthEm('A')).toBeCloseTo(0.722, 3);
    expect(textWidthEm('a')).toBeCloseTo(0.444, 3);
    expect(textWidthEm(' ')).toBeCloseTo(0.25, 3);
    expect(textWidthEm('a', { bold: true })).toBeCloseTo(0.5, 3);
  });

  it('converts em to millimetres at the font size: 72 pt of "M" (0.889 em) is 0.889 inch', () => {
    expect(textWidthMm('M', 72)).toBeCloseTo(0.889 * 25.4, 1);
  });

  it('measures a Vietnamese letter as its base letter, Đ as D, in NFC and NFD alike', () => {
    const nfc = textWidthMm('ĐẢNG CỘNG SẢN VIỆT NAM', 15, { bold: true });
    expect(nfc).toBeCloseTo(textWidthMm('DANG CONG SAN VIET NAM', 15, { bold: true }), 6);
    expect(textWidthMm('ĐẢNG CỘNG SẢN VIỆT NAM'.normalize('NFD'), 15, { bold: true })).toBeCloseTo(nfc, 6);
    expect(textWidthMm('ư ơ', 14)).toBeCloseTo(textWidthMm('u o', 14), 6);
  });

  it('gives ĐẢNG CỘNG SẢN VIỆT NAM at 15 pt bold the width of a real header line (about 73 mm)', () => {
    const w = textWidthMm('ĐẢNG CỘNG SẢN VIỆT NAM', 15, { bold: true });
    expect(w).toBeGreaterThan(70);
    expect(w).toBeLessThan(76);
    expect(w).toBeGreaterThan(textWidthMm('ĐẢNG CỘNG SẢN VIỆT NAM', 15));
  });
});
