import { describe, expect, it } from 'vitest';
import type { Section } from '../../../core/model/plan';
import { computeSectionNumbers, toRoman } from '../../../core/render/numbering';

const s = (id: string, children: Section[] = [], extra: Partial<Section> = {}): Section => ({
  id, title: id, body: [], children, ...extra,
});

describe('section numbering computed from the tree', () => {
  it('numbers a Party plan I./1./1.1./a)', () => {
    const tree = [
      s('muc-dich', [s('md-1'), s('md-2')]),
      s('nhiem-vu', [s('nv-1', [s('nv-1-1', [s('a'), s('b'), s('c'), s('d'), s('dd'), s('e')]), s('nv-1-2')])]),
      s('to-chuc'),
    ];
    const n = computeSectionNumbers(tree, ['upper-roman', 'arabic', 'nested', 'lower-alpha']);
    expect([n.get('muc-dich'), n.get('md-1'), n.get('md-2'), n.get('nhiem-vu'), n.get('to-chuc')]).toEqual(['I.', '1.', '2.', 'II.', 'III.']);
    expect([n.get('nv-1-1'), n.get('nv-1-2')]).toEqual(['1.1.', '1.2.']);
    // Vietnamese points: a) b) c) d) đ) e)
    expect(['a', 'b', 'c', 'd', 'dd', 'e'].map((id) => n.get(id))).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)']);
  });

  it('numbers the Thanh Xuân state plan A./1./1.1. with I./II. inside part C', () => {
    const tree = [
      s('A', [s('A1'), s('A2')]),
      s('B', [s('B1', [s('B1.1'), s('B1.2')]), s('B3', [s('B3.1'), s('B3.2'), s('B3.3')])]),
      s('C', [s('CI'), s('CII')], { childNumbering: 'upper-roman' }),
    ];
    const n = computeSectionNumbers(tree, ['upper-alpha', 'arabic', 'nested']);
    expect([n.get('A'), n.get('B'), n.get('C')]).toEqual(['A.', 'B.', 'C.']);
    expect([n.get('B1.1'), n.get('B1.2'), n.get('B3.1'), n.get('B3.2'), n.get('B3.3')]).toEqual(['1.1.', '1.2.', '2.1.', '2.2.', '2.3.']);
    expect([n.get('CI'), n.get('CII')]).toEqual(['I.', 'II.']);
  });

  it('renumbers the rest when a section is removed or moved: no gap, no duplicate', () => {
    const tree = [s('x', [s('x1'), s('x2'), s('x3')])];
    const levels = ['upper-roman', 'arabic', 'nested'] as const;
    const removed = [s('x', [s('x1'), s('x3')])];
    expect(computeSectionNumbers(removed, [...levels]).get('x3')).toBe('2.');
    const moved = [s('x', [s('x3'), s('x1'), s('x2')])];
    const n = computeSectionNumbers(moved, [...levels]);
    expect([n.get('x3'), n.get('x1'), n.get('x2')]).toEqual(['1.', '2.', '3.']);
    expect(computeSectionNumbers(tree, [...levels]).get('x3')).toBe('3.');
  });

  it('writes Roman numerals', () => {
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
  });
});
