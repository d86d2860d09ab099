import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, newText, oldText, unchanged } from '../../../core/diff/diff-text';
import { tokenize } from '../../../core/diff/tokenize';
import { applyToneMarks } from '../../../core/text/tone-marks';
import { viPhrase, viWord } from '../../helpers/vi-random';

const changed = (a: string, b: string, ignoreToneMarks = false) => diffText(a, b, { ignoreToneMarks }).filter((p) => p.op !== 'same');

describe('tokens of Vietnamese text', () => {
  it('keeps number symbols and dates whole, as a reviewer reads them', () => {
    const tokens = tokenize('Chỉ thị số 32-CT/TU ngày 03/01/2024, Quyết định số 4354/QĐ-UBND và Bộ GD&ĐT');
    for (const whole of ['32-CT/TU', '03/01/2024', '4354/QĐ-UBND', 'GD&ĐT', 'Chỉ', 'thị']) expect(tokens).toContain(whole);
  });

  it('splits stray punctuation off a number: "2030., " is a number, a full stop, a comma', () => {
    expect(tokenize('năm 2030., các')).toEqual(['năm', ' ', '2030', '.', ',', ' ', 'các']);
  });

  it('reads a syllable typed with combining marks as its precomposed twin', () => {
    expect(tokenize('Huyện ủy'.normalize('NFD'))).toEqual(['Huyện', ' ', 'ủy']);
  });
});

describe('diffText on Vietnamese', () => {
  it('reports no change between NFD input (combining marks) and the same text in NFC', () => {
    const text = 'Ban Thường vụ Huyện ủy An Lão triển khai thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024.';
    expect(unchanged(diffText(text.normalize('NFD'), text))).toBe(true);
    expect(unchanged(diffText(text, text.normalize('NFD')))).toBe(true);
  });

  it('reports a change of tone-mark placement, and none when told to ignore it (keeping the new spelling)', () => {
    const old = 'Ban Thường vụ Huyện uỷ về hoà nhập';
    const now = 'Ban Thường vụ Huyện ủy về hòa nhập';
    expect(changed(old, now)).toEqual([
      { op: 'delete', text: 'uỷ' },
      { op: 'insert', text: 'ủy' },
      { op: 'delete', text: 'hoà' },
      { op: 'insert', text: 'hòa' },
    ]);
    const ignoring = diffText(old, now, { ignoreToneMarks: true });
    expect(unchanged(ignoring)).toBe(true);
    expect(newText(ignoring)).toBe(now);
  });

  it('changes a number symbol as one token: "32-CT/TU" → "33-CT/TU"', () => {
    expect(changed('thực hiện Chỉ thị số 32-CT/TU của Thành ủy', 'thực hiện Chỉ thị số 33-CT/TU của Thành ủy')).toEqual([
      { op: 'delete', text: '32-CT/TU' },
      { op: 'insert', text: '33-CT/TU' },
    ]);
  });

  it('changes a citation date as one token', () => {
    expect(changed('ngày 24/4/2024 của', 'ngày 25/4/2024 của')).toEqual([
      { op: 'delete', text: '24/4/2024' },
      { op: 'insert', text: '25/4/2024' },
    ]);
  });

  it('works word by word: one word changed in a sentence is one change, the rest is kept', () => {
    const pieces = diffText('Tăng cường công tác giáo dục chính trị tư tưởng', 'Đẩy mạnh công tác giáo dục chính trị tư tưởng');
    expect(pieces).toEqual([
      { op: 'delete', text: 'Tăng cường' },
      { op: 'insert', text: 'Đẩy mạnh' },
      { op: 'same', text: ' công tác giáo dục chính trị tư tưởng' },
    ]);
  });

  it('reports a double space made single (accepting every change must give the new text exactly)', () => {
    expect(changed('học  sinh', 'học sinh')).toEqual([
      { op: 'delete', text: '  ' },
      { op: 'insert', text: ' ' },
    ]);
  });
});

/** Random Vietnamese text with the punctuation, numbers, symbols and spaces plans have. */
const piece = fc.oneof(
  { weight: 8, arbitrary: viWord },
  { weight: 1, arbitrary: fc.constantFrom(',', '.', ';', ':', '(', ')', '“', '”', '-', '/') },
  { weight: 1, arbitrary: fc.constantFrom('32-CT/TU', '03/01/2024', '2030', '4354/QĐ-UBND', 'GD&ĐT', '3.1', 'Huyện uỷ', 'Huyện ủy') },
);
const sep = fc.constantFrom(' ', ' ', ' ', '  ', '', '\n');
const viText = fc.array(fc.tuple(piece, sep), { maxLength: 40 }).map((xs) => xs.map(([p, s]) => p + s).join(''));
const nfdSometimes = fc.tuple(viText, fc.boolean()).map(([t, nfd]) => (nfd ? t.normalize('NFD') : t));

describe('diffText never loses text (generated Vietnamese)', () => {
  it('the same and deleted pieces give the old text, the same and inserted pieces the new one', () => {
    fc.assert(
      fc.property(nfdSometimes, nfdSometimes, (a, b) => {
        const pieces = diffText(a, b);
        expect(oldText(pieces)).toBe(a.normalize('NFC'));
        expect(newText(pieces)).toBe(b.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });

  it('ignoring tone placement still gives the new text exactly, and the old one up to tone placement', () => {
    fc.assert(
      fc.property(viText, viText, (a, b) => {
        const pieces = diffText(a, b, { ignoreToneMarks: true });
        expect(newText(pieces)).toBe(b.normalize('NFC'));
        expect(applyToneMarks(oldText(pieces), 'ủy')).toBe(applyToneMarks(a, 'ủy'));
      }),
      { numRuns: 200 },
    );
  });

  it('a text compared with itself, or with its other tone placement under the option, has no change', () => {
    fc.assert(
      fc.property(viPhrase(1, 20), (a) => {
        expect(unchanged(diffText(a, a))).toBe(true);
        expect(unchanged(diffText(applyToneMarks(a, 'uỷ'), applyToneMarks(a, 'ủy'), { ignoreToneMarks: true }))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
