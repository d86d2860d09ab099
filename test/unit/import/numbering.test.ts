import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberingLabel, recogniseNumbering } from '../../../core/import/numbering';
import type { NumberingKind } from '../../../core/import/imported-text';
import { toRoman } from '../../../core/render/numbering';
import { viPhrase } from '../../helpers/vi-random';

const example = (name: string) =>
  readFileSync(`/work/shared/examples/${name}.txt`, 'utf8')
    .split('\n')
    .map((l) => l.trim().normalize('NFC'))
    .filter(Boolean)
    .map((text) => ({ text }));

const find = (paras: ReturnType<typeof recogniseNumbering>, start: string) => {
  const p = paras.find((x) => x.text.startsWith(start));
  if (!p) throw new Error(`no paragraph starting ${start}`);
  return p;
};

describe('parseNumberingLabel', () => {
  it('reads the labels Vietnamese documents print', () => {
    expect(parseNumberingLabel('II. NHIỆM VỤ, GIẢI PHÁP')).toMatchObject({ label: 'II.', kind: 'roman', rest: 'NHIỆM VỤ, GIẢI PHÁP' });
    expect(parseNumberingLabel('2. Mục tiêu')).toMatchObject({ label: '2.', kind: 'arabic', rest: 'Mục tiêu' });
    expect(parseNumberingLabel('3.1. Công tác')).toMatchObject({ label: '3.1.', kind: 'decimal', rest: 'Công tác' });
    expect(parseNumberingLabel('3.1 Công tác')).toMatchObject({ label: '3.1.', kind: 'decimal' });
    expect(parseNumberingLabel('đ) Đẩy mạnh')).toMatchObject({ label: 'đ)', kind: 'letter', rest: 'Đẩy mạnh' });
    expect(parseNumberingLabel('B. NHIỆM VỤ CỤ THỂ')).toMatchObject({ label: 'B.', kind: 'upper-letter' });
    expect(parseNumberingLabel('C. TỔ CHỨC THỰC HIỆN')).toMatchObject({ label: 'C.', kind: 'upper-letter' });
    expect(parseNumberingLabel('- Tăng cường')).toMatchObject({ label: '-', kind: 'dash', rest: 'Tăng cường' });
    expect(parseNumberingLabel('+ Các trường')).toMatchObject({ label: '+', kind: 'plus', rest: 'Các trường' });
    expect(parseNumberingLabel('1.Mục tiêu')).toMatchObject({ label: '1.', kind: 'arabic', rest: 'Mục tiêu' });
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['2023-2024 là năm học', '1.000 học sinh', '-----', 'UBND. quận', 'Thực hiện Chỉ thị', '*', '24/4/2024 ngày']) {
      expect(parseNumberingLabel(text), text).toBeNull();
    }
  });
});

describe('recogniseNumbering on the real plans', () => {
  it('Đông Đa (Party): I. → 1, 1. → 2, "-" under them', () => {
    const paras = recogniseNumbering(example('dong-da-ke-hoach-ctr-05'));
    expect(find(paras, 'MỤC ĐÍCH, YÊU CẦU')).toMatchObject({ label: 'I.', kind: 'roman', level: 1 });
    expect(find(paras, 'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU')).toMatchObject({ label: 'II.', level: 1 });
    expect(find(paras, 'Tăng cường công tác tuyên truyền, quán triệt')).toMatchObject({ label: '1.', kind: 'arabic', level: 2 });
    expect(paras.filter((p) => p.kind === 'roman').map((p) => p.label)).toEqual(['I.', 'II.', 'III.']);
  });

  it('Thanh Xuân (state): A. → 1, then 1. and 1.1. below, the I. under C. between', () => {
    const paras = recogniseNumbering(example('thanh-xuan-ke-hoach-nam-hoc-2023-2024'));
    expect(find(paras, 'NHIỆM VỤ CHUNG')).toMatchObject({ label: 'A.', kind: 'upper-letter', level: 1 });
    expect(find(paras, 'TỔ CHỨC THỰC HIỆN')).toMatchObject({ label: 'C.', kind: 'upper-letter', level: 1 });
    const decimal = paras.find((p) => p.kind === 'decimal')!;
    const arabic = paras.find((p) => p.kind === 'arabic')!;
    expect(arabic.level).toBeLessThan(decimal.level);
    expect(paras.filter((p) => p.kind === 'upper-letter').map((p) => p.label)).toEqual(['A.', 'B.', 'C.']);
    const roman = paras.filter((p) => p.kind === 'roman');
    expect(roman.length).toBeGreaterThan(0);
    for (const r of roman) expect(r.level).toBe(2);
  });
});

/** A generated outline: each entry a depth; the labels are printed as a clerk's Word would. */
const SCHEMES: NumberingKind[][] = [
  ['roman', 'arabic', 'letter'],
  ['roman', 'arabic', 'decimal', 'letter'],
  ['upper-letter', 'arabic', 'decimal'],
  ['arabic', 'letter'],
];
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k'];

describe('recogniseNumbering on generated outlines', () => {
  it('gives back every label and its depth, dashes and pluses under the numbered paragraph', () => {
    const item = fc.record({ depthStep: fc.integer({ min: -3, max: 1 }), text: viPhrase(1, 8), dashes: fc.integer({ min: 0, max: 2 }), plus: fc.boolean() });
    fc.assert(
      fc.property(fc.constantFrom(...SCHEMES), fc.array(item, { minLength: 1, maxLength: 40 }), (scheme, items) => {
        const counters: number[] = [];
        const labels: string[] = [];
        const input: Array<{ text: string }> = [];
        const expected: Array<{ label: string; level: number; text: string }> = [];
        let depth = 0;
        for (const it of items) {
          depth = Math.min(Math.max(depth + it.depthStep, 0), scheme.length - 1);
          if (expected.length === 0) depth = 0;
          counters.length = depth + 1;
          counters[depth] = (counters[depth] ?? 0) + 1;
          const n = counters[depth]!;
          if (n > 10) return; // keep letters in a)…k)
          const kind = scheme[depth]!;
          const label =
            kind === 'roman' ? `${toRoman(n)}.` : kind === 'upper-letter' ? `${'ABCDEFGHIK'[n - 1]}.` : kind === 'arabic' ? `${n}.` : kind === 'letter' ? `${LETTERS[n - 1]})` : `${labels[depth - 1]!.replace(/\.$/, '')}.${n}.`;
          labels[depth] = label;
          input.push({ text: `${label} ${it.text}` });
          expected.push({ label, level: depth + 1, text: it.text });
          for (let d = 0; d < it.dashes; d += 1) {
            input.push({ text: `- ${it.text}` });
            expected.push({ label: '-', level: depth + 2, text: it.text });
            if (it.plus) {
              input.push({ text: `+ ${it.text}` });
              expected.push({ label: '+', level: depth + 3, text: it.text });
            }
          }
        }
        const out = recogniseNumbering(input);
        // Depths are relative to the kinds used: compare with the depths of the kinds that occur.
        const used = [...new Set(expected.filter((e) => e.label !== '-' && e.label !== '+').map((e) => e.level))].sort();
        const relative = (level: number) => used.indexOf(level) + 1;
        out.forEach((p, i) => {
          const e = expected[i]!;
          expect(p.label).toBe(e.label);
          expect(p.text).toBe(e.text);
          if (e.label === '-') expect(p.level).toBe(relative(e.level - 1) + 1);
          else if (e.label === '+') expect(p.level).toBe(relative(e.level - 2) + 2);
          else expect(p.level).toBe(relative(e.level));
        });
      }),
      { numRuns: 300 },
    );
  });
});
