import { describe, expect, it } from 'vitest';
import { shortNameProblems } from './short-names';

const FULL = 'Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục';

describe('shortNameProblems (the short-name rule as a check on document text)', () => {
  it('accepts a name introduced once and used after', () => {
    const text = `Thực hiện ${FULL} (sau đây viết tắt là Chỉ thị 32), Ban Thường vụ Huyện ủy ban hành Kế hoạch.\n- Quán triệt Chỉ thị 32 sâu rộng.`;
    expect(shortNameProblems(text, ['Chỉ thị 32'])).toEqual([]);
    expect(shortNameProblems(text.replace('viết tắt là', 'gọi là'), ['Chỉ thị 32'])).toEqual([]);
  });

  it('accepts a name never used at all, and a document without short names', () => {
    expect(shortNameProblems(`Thực hiện ${FULL}.`, ['Chỉ thị 32'])).toEqual([]);
    expect(shortNameProblems(`Thực hiện ${FULL}.`, [])).toEqual([]);
  });

  it('finds a name introduced twice', () => {
    const text = `Thực hiện ${FULL} (sau đây viết tắt là Chỉ thị 32). Quán triệt ${FULL} (sau đây viết tắt là Chỉ thị 32).`;
    expect(shortNameProblems(text, ['Chỉ thị 32'])).toEqual(['"Chỉ thị 32" is introduced 2 times']);
  });

  it('finds a name used before it is introduced, or used and never introduced', () => {
    const early = `Quán triệt Chỉ thị 32.\nThực hiện ${FULL} (sau đây viết tắt là Chỉ thị 32).`;
    expect(shortNameProblems(early, ['Chỉ thị 32'])[0]).toMatch(/used at \d+, before its introduction/);
    expect(shortNameProblems('Quán triệt Chỉ thị 32.', ['Chỉ thị 32'])).toEqual(['"Chỉ thị 32" is used but never introduced']);
  });

  it('sees a name across a line break or tab the same as with one space', () => {
    const text = `Thực hiện ${FULL} (sau đây viết tắt là Chỉ thị\n32).\nQuán triệt Chỉ thị\t32.`;
    expect(shortNameProblems(text, ['Chỉ thị 32'])).toEqual([]);
  });
});
