import { describe, expect, it } from 'vitest';
import { normaliseSyllable, termRanges, viSyllables, viTerms } from '../../../core/review/vi-terms';

describe('viTerms: Vietnamese terms for the coverage index', () => {
  it('gives the same terms for NFC and NFD input (text pasted from a PDF or macOS)', () => {
    const nfc = 'Đổi mới giáo dục chính trị tư tưởng cho học sinh';
    expect(viTerms(nfc.normalize('NFD'))).toEqual(viTerms(nfc));
    expect(viTerms(nfc)).toEqual(['đổi', 'mới', 'giáo', 'dục', 'chính', 'trị', 'tư', 'tưởng', 'học', 'sinh']);
  });

  it('treats both tone-mark placements as one term: hoà = hòa, thuỷ = thủy, Huyện uỷ = Huyện ủy', () => {
    expect(viTerms('hoà bình')).toEqual(viTerms('hòa bình'));
    expect(viTerms('thuỷ lợi')).toEqual(viTerms('thủy lợi'));
    expect(normaliseSyllable('uỷ')).toBe(normaliseSyllable('ủy'));
    expect(normaliseSyllable('HOÀ')).toBe('hòa');
  });

  it('never folds diacritics: hòa ≠ hoa, thực ≠ thuc, đảng ≠ dang', () => {
    expect(normaliseSyllable('hòa')).not.toBe(normaliseSyllable('hoa'));
    expect(viTerms('thực tế')).toEqual(['thực', 'tế']);
    expect(viTerms('thuc te')).toEqual(['thuc', 'te']);
    expect(viTerms('ĐẢNG')).toEqual(['đảng']);
    expect(viTerms('dang')).toEqual(['dang']);
  });

  it('drops function words and the pairs every plan repeats, keeps words with meaning', () => {
    expect(viTerms('Thực hiện kế hoạch của huyện và các xã về xây dựng xã hội học tập')).toEqual(['xây', 'dựng', 'xã', 'hội', 'học', 'tập']);
    // "thực" and "hiện" stay when they are not the pair "thực hiện": "thực tiễn" is a stop pair, "hiện đại" is not.
    expect(viTerms('hiện đại hóa')).toEqual(['hiện', 'đại', 'hóa']);
    expect(viTerms('trên địa bàn thành phố')).toEqual([]);
    // The verbs that open nearly every task say nothing of which task it is; "cao" alone still counts.
    expect(viTerms('Tăng cường, đẩy mạnh, nâng cao')).toEqual([]);
    expect(viTerms('trình độ cao')).toEqual(['trình', 'độ', 'cao']);
  });

  it('makes pairs of adjacent syllables on request, never across punctuation', () => {
    expect(viTerms('học sinh, sinh viên', { pairs: true })).toEqual(['học', 'sinh', 'học_sinh', 'sinh', 'viên', 'sinh_viên']);
  });

  it('drops numbers and one-letter syllables: years and list marks carry no task', () => {
    expect(viTerms('đến năm 2030, 100% trường a) b)')).toEqual(['năm', 'trường']);
  });

  it('finds where shared terms occur, for highlighting, with offsets in the NFC text', () => {
    const text = 'Phối hợp giữa nhà trường, gia đình và xã hội';
    const ranges = termRanges(text.normalize('NFD'), ['nhà', 'trường', 'xã', 'hội']);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['nhà trường', 'xã hội']);
    expect(viSyllables(text)).toHaveLength(10);
  });
});
