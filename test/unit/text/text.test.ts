import { describe, expect, it } from 'vitest';
import { applyToneMarks, cleanText, lowerFirst, mixesToneMarks, upperFirst, upperVi } from '../../../core/text';

describe('tone-mark convention of the organisation', () => {
  it('unifies the two placements An Lão mixed ("Huyện uỷ" beside "Huyện ủy")', () => {
    expect(applyToneMarks('Ban Thường vụ Huyện uỷ, Thành uỷ', 'ủy')).toBe('Ban Thường vụ Huyện ủy, Thành ủy');
    expect(applyToneMarks('Huyện ủy, hòa bình, khỏe', 'uỷ')).toBe('Huyện uỷ, hoà bình, khoẻ');
    expect(applyToneMarks('HUYỆN UỶ AN LÃO', 'ủy')).toBe('HUYỆN ỦY AN LÃO');
  });

  it('leaves closed syllables and "qu" alone', () => {
    for (const word of ['hoàn thành', 'khoảng', 'quý', 'quỳnh', 'khuya', 'thuyền', 'đoàn']) {
      expect(applyToneMarks(word, 'ủy')).toBe(word);
      expect(applyToneMarks(word, 'uỷ')).toBe(word);
    }
  });

  it('detects a document that mixes both', () => {
    expect(mixesToneMarks('Huyện uỷ và Huyện ủy')).toBe(true);
    expect(mixesToneMarks('Huyện ủy và Thành ủy')).toBe(false);
  });
});

describe('clean text', () => {
  it('stores NFC and drops characters Word refuses', () => {
    const nfd = 'Huyện ủy'.normalize('NFD');
    expect(cleanText(nfd)).toBe('Huyện ủy');
    expect(cleanText('a\u0001b\u000Bc\uFFFEd\te\nf')).toBe('abcd\te\nf');
  });
});

describe('Vietnamese case', () => {
  it('upper-cases đ to Đ and keeps tone marks', () => {
    expect(upperVi('đảng ủy phường đông đa')).toBe('ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA');
    expect(upperVi('mục đích, yêu cầu')).toBe('MỤC ĐÍCH, YÊU CẦU');
    expect(lowerFirst('Thực hiện Chỉ thị')).toBe('thực hiện Chỉ thị');
    expect(upperFirst('đột phá')).toBe('Đột phá');
  });
});
