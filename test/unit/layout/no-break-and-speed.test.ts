import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraph, text } from '../../../core/model';
import { layoutPlan } from '../../../core/render/layout';
import { NUMBER_SYMBOL, markNumberSymbols, numberSymbolRanges } from '../../../core/render/layout-nobreak';
import type { Para } from '../../../core/render/layout-types';
import { anLaoOrg, anLaoPlan, thanhXuanPlan } from '../../helpers/fixtures';

const found = (s: string): string[] => numberSymbolRanges(s).map(([a, b]) => s.slice(a, b));
const paraText = (p: Para): string => p.runs.map((r) => r.text).join('');

describe('number-symbols are never broken', () => {
  it('finds Party and state number-symbols, not dates or year ranges', () => {
    expect(found('Nghị quyết số 71-NQ/TW ngày 22/8/2025 và Chương trình số 05-CTr/TU,')).toEqual(['71-NQ/TW', '05-CTr/TU']);
    expect(found('Kế hoạch số 195/KH-UBND; Nghị định 30/2020/NĐ-CP; Công văn 3360/SGDĐT-CTTT.')).toEqual(['195/KH-UBND', '30/2020/NĐ-CP', '3360/SGDĐT-CTTT']);
    expect(found('Số 05-KH/ĐU')).toEqual(['05-KH/ĐU']);
    expect(found('năm học 2023-2024, ngày 24/4/2024, tổ chức chính trị - xã hội')).toEqual([]);
  });

  it('finds exactly what the number-symbol pattern finds searching the whole text (the quick scan misses none, invents none)', () => {
    const reference = (s: string): Array<[number, number]> =>
      /\d[-/]/.test(s) ? [...s.matchAll(NUMBER_SYMBOL)].map((m): [number, number] => [m.index, m.index + m[0].length]) : [];
    // Digits (ASCII, Latin-1 superscript, Arabic-Indic, an astral one), separators, letters (ASCII, Vietnamese, an
    // astral one), spaces and punctuation.
    const unit = fc.constantFrom('0', '1', '7', '٣', '𝟙', '²', '/', '-', '/', '-', 'N', 'Q', 'a', 'z', 'Z', 'Đ', 'ạ', 'ế', '𝐀', ' ', ',', '.', '(', '_', '@');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        expect(numberSymbolRanges(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
    for (const s of ['12-A-3//45-B', '1//2-AB', '٣-AB 5-x', 'a/30/2020/NĐ-CP', '𝐀1-A 2-B', '71-NQ/TW71-NQ/TW', '0-²/Z', '1-½-KH', 'a12-CT', 'x-3/b1-Q']) expect(numberSymbolRanges(s), s).toEqual(reference(s));
  });

  it('marks them in the laid-out body and summary, keeping the text and its ordinary hyphen', () => {
    const doc = layoutPlan(thanhXuanPlan());
    const marked = [...doc.front, ...doc.body].flatMap((p) => p.runs.filter((r) => r.noBreak).map((r) => r.text));
    expect(marked).toContain('4045/QĐ-UBND');
    for (const t of marked) expect(found(t)).toEqual([t]);
    const runs = markNumberSymbols([{ text: 'thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025', sizePt: 14, bold: true }]);
    expect(runs.map((r) => r.text).join('')).toBe('thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025');
    expect(runs.filter((r) => r.noBreak)).toEqual([{ text: '71-NQ/TW', sizePt: 14, bold: true, noBreak: true }]);
  });
});

describe('a field with tens of thousands of tabs or newlines', () => {
  it('is laid out at once, its text kept', () => {
    const blank = '\t'.repeat(25_000) + '\n'.repeat(25_000);
    const plan = anLaoPlan({
      summary: [text(`thực hiện Chỉ thị${blank}số 32-CT/TU${blank}x`)],
      organisation: { ...anLaoOrg, issuingBody: `HUYỆN ỦY${blank}AN LÃO`, archiveLine: `Lưu${blank}x${blank}` },
      recipients: [{ purpose: `để${blank}b/c${blank}x`, display: 'brace', items: [`Ban Tuyên giáo${blank}x${blank}`, 'TT Huyện ủy'] }],
      preamble: [paragraph(text(`Thực hiện${blank}x`))],
    });
    const started = Date.now();
    const doc = layoutPlan(plan);
    // A quadratic trim took seconds here; linear code takes milliseconds. Generous bound, not a timing test.
    expect(Date.now() - started).toBeLessThan(3000);
    const summary = doc.front.find((p) => p.kind === 'summary')!;
    expect(paraText(summary).startsWith('thực hiện Chỉ thị\t')).toBe(true);
    expect(paraText(summary).endsWith('\nx')).toBe(true);
    expect(paraText(doc.closing.archive)).toBe(`- Lưu${blank}x.`);
    expect(paraText(doc.closing.groups[0]!.lines[0]!)).toBe(`- Ban Tuyên giáo${blank}x,`);
  });
});
