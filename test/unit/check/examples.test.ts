import { describe, expect, it } from 'vitest';
import { type Finding, applyFix, placesOf, runChecks } from '../../../core/check';
import type { Plan } from '../../../core/model';
import { EXAMPLE_NAMES } from '../draft/example-fixtures';
import { asSignedPlan, examplePlan } from './check-fixtures';

/**
 * The checker on the three real plans: built as they were signed (scripts/build-examples.ts with
 * the corrections undone), it finds every defect of the anatomy table
 * (/work/shared/spec/plan-anatomy.md §3); on the corrected drafts of docs/examples it finds nothing.
 */

const TODAY = new Date(2026, 1, 1);
const check = (plan: Plan): Finding[] => runChecks(plan, { today: TODAY });
const where = (f: Finding): string => `${f.ruleId} @${f.location.label}: «${f.location.excerpt}»`;

function find(findings: Finding[], ruleId: string | string[], excerpt: string, area?: string): Finding | undefined {
  const ids = Array.isArray(ruleId) ? ruleId : [ruleId];
  return findings.find((f) => ids.includes(f.ruleId) && f.location.excerpt === excerpt && (area === undefined || f.location.area === area));
}

/** Applies fixes one at a time, re-checking after each, until none is left (or a bound is hit). */
function fixAll(plan: Plan): Plan {
  let current = plan;
  for (let i = 0; i < 200; i += 1) {
    const next = check(current).find((f) => f.fix);
    if (!next?.fix) return current;
    const result = applyFix(current, next.fix);
    if (!result.ok) throw new Error(`${where(next)}: ${result.reason}`);
    current = result.plan;
  }
  throw new Error('fixes do not converge');
}

describe('checker on the examples as signed (anatomy table §3)', () => {
  it('an-lao: the opening cites "Chỉ thị 32-CT/TU" without "số" while the summary has it', () => {
    const findings = check(asSignedPlan('an-lao'));
    const opening = find(findings, 'citation-missing-so', 'Chỉ thị 32-CT/TU', 'preamble');
    expect(opening?.severity).toBe('warning');
    expect(opening?.fix?.label).toBe('Thêm “số”');
    // The summary, which has "số", is not flagged.
    expect(findings.filter((f) => f.location.area === 'summary' && f.ruleId.startsWith('citation'))).toEqual([]);
  });

  it('an-lao: "uỷ" beside "ủy" — every "uỷ" is flagged, with the organisation’s "ủy" as fix', () => {
    const plan = asSignedPlan('an-lao');
    const tone = check(plan).filter((f) => f.ruleId === 'tone-marks-mixed');
    // Opening "Huyện uỷ", body "Huyện uỷ", "cấp uỷ", "Thành uỷ", and the recipient "Ban Tuyên giáo Thành uỷ".
    expect(tone.map((f) => f.location.excerpt)).toEqual(['uỷ', 'uỷ', 'uỷ', 'uỷ', 'uỷ']);
    expect(tone.map((f) => f.location.area)).toContain('recipients');
    expect(new Set(tone.map((f) => f.fix?.label))).toEqual(new Set(['Sửa thành “ủy”']));
  });

  it('an-lao: stray punctuation "đến năm 2030., "', () => {
    const findings = check(asSignedPlan('an-lao'));
    const stray = find(findings, 'stray-punctuation', '.,');
    expect(stray?.location.label).toBe('Mục I.1');
  });

  it('thanh-xuan: numbering jumps from 3.1 to 3.3', () => {
    const f = find(check(asSignedPlan('thanh-xuan')), 'numbering-sequence', '3.3');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('thiếu 3.2');
  });

  it('thanh-xuan: "03/01/2023 (thứ Tư)" was a Tuesday; the fix writes 2024, inside the school year 2023-2024', () => {
    const plan = asSignedPlan('thanh-xuan');
    const findings = check(plan);
    const weekday = find(findings, 'weekday-mismatch', '03/01/2023 (thứ Tư)');
    expect(weekday?.severity).toBe('error');
    expect(weekday?.message).toMatch(/thứ Ba.*năm học 2023-2024/);
    const deadline = find(findings, 'deadline-outside-period', '03/01/2023');
    expect(deadline).toBeDefined();
    const fixed = applyFix(plan, weekday!.fix!);
    if (!fixed.ok) throw new Error(fixed.reason);
    expect(placesOf(fixed.plan).find(weekday!.location)?.text).toContain('trước ngày 03/01/2024 (thứ Tư)');
    expect(check(fixed.plan).filter((f) => f.ruleId === 'weekday-mismatch' || f.ruleId === 'deadline-outside-period')).toEqual([]);
  });

  it('thanh-xuan: "SDDĐT" (twice) and "S GDĐT" beside "SGDĐT"; "Bộ GD&ĐT" beside "Bộ GDĐT"', () => {
    const findings = check(asSignedPlan('thanh-xuan'));
    const symbols = findings.filter((f) => ['citation-facts', 'symbol-pattern'].includes(f.ruleId));
    expect(symbols.map((f) => f.location.excerpt)).toEqual(['SDDĐT-CTTT', 'SDDĐT', 'S GDĐT']);
    // The base document 3360 is known: its wrong symbol is an error against the document itself.
    expect(symbols[0]).toMatchObject({ ruleId: 'citation-facts', severity: 'error', location: { area: 'preamble' } });
    for (const f of symbols) expect(f.fix?.label).toMatch(/“SGDĐT(-CTTT)?”/);
    const abbreviations = findings.filter((f) => f.ruleId === 'abbreviation-variants');
    expect(abbreviations.length).toBeGreaterThanOrEqual(3);
    expect(abbreviations.every((f) => f.location.excerpt === 'GD&ĐT' && f.fix?.label === 'Sửa thành “GDĐT”')).toBe(true);
    expect(find(findings, 'tone-marks-mixed', 'Khoá')?.fix?.label).toBe('Sửa thành “Khóa”');
    // And a term word is written in lower case inside a sentence: "(khóa VIII)".
    expect(find(findings, 'term-word-case', 'Khoá')?.fix?.label).toBe('Viết thường “khoá”');
  });

  it('dong-da: the summary cites "Chương trình hành động số 05" without symbol and date while the opening cites it in full', () => {
    const plan = asSignedPlan('dong-da');
    const f = find(check(plan), 'citation-short-summary', 'Chương trình hành động số 05', 'summary');
    expect(f?.fix?.label).toBe('Sửa thành “05-CTr/TU ngày 12/01/2026”');
    const fixed = applyFix(plan, f!.fix!);
    if (!fixed.ok) throw new Error(fixed.reason);
    expect(placesOf(fixed.plan).find({ area: 'summary' })?.text).toContain(
      'Chương trình hành động số 05-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy Hà Nội',
    );
  });

  it('dong-da: "Thành ủy Hà nội" in the recipients', () => {
    const f = find(check(asSignedPlan('dong-da')), 'proper-name-case', 'Hà nội', 'recipients');
    expect(f?.fix?.label).toBe('Sửa thành “Hà Nội”');
  });

  it.each(EXAMPLE_NAMES)('%s as signed: applying every safe fix leaves only findings without a fix', (name) => {
    const fixed = fixAll(asSignedPlan(name));
    expect(check(fixed).filter((f) => f.fix).map(where)).toEqual([]);
  });
});

describe('checker on the corrected drafts of docs/examples', () => {
  it.each(EXAMPLE_NAMES)('%s: zero findings', (name) => {
    expect(check(examplePlan(name)).map(where)).toEqual([]);
  });
});
