import { describe, expect, it } from 'vitest';
import { balancedBreaks } from '../../../core/text/line-break';
import { textWidthMm } from '../../../core/text/measure';

/** Lines of a body name broken as the header does (14 pt, bold), for a column of `widthMm`. */
function nameLines(name: string, widthMm: number): string[] {
  const words = name.split(' ').map((text) => ({ text, widthMm: textWidthMm(text, 14, { bold: true }) }));
  const starts = balancedBreaks(words, { maxWidthMm: widthMm, spaceMm: textWidthMm(' ', 14, { bold: true }), minLastWords: 2, minWordsEveryLine: true, name: true });
  const cuts = [0, ...starts, words.length];
  return cuts.slice(0, -1).map((from, k) => words.slice(from, cuts[k + 1]).map((w) => w.text).join(' '));
}

describe('body names break between units, never inside a place name', () => {
  it.each([
    ['ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU', 62, ['ĐẢNG BỘ TỈNH', 'BÀ RỊA - VŨNG TÀU']],
    ['ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', 60, ['ĐẢNG BỘ THÀNH PHỐ', 'HỒ CHÍ MINH']],
    ['ĐẢNG ỦY CƠ QUAN ỦY BAN NHÂN DÂN TỈNH', 70, ['ĐẢNG ỦY CƠ QUAN', 'ỦY BAN NHÂN DÂN TỈNH']],
    ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 55, ['ĐẢNG ỦY KHỐI', 'CÁC CƠ QUAN TỈNH']],
  ])('%s in %d mm', (name, width, lines) => {
    expect(nameLines(name, width)).toEqual(lines);
  });
});
