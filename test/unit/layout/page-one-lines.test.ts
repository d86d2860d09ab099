import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../../core/model/organisation';
import type { Plan } from '../../../core/model/plan';
import { text } from '../../../core/model';
import { getProfile } from '../../../core/profiles/profile';
import { layoutPlan } from '../../../core/render/layout';
import type { Para } from '../../../core/render/layout-types';
import { textWidthMm } from '../../../core/text/measure';
import { anLaoOrg, anLaoPlan } from '../../helpers/fixtures';

/**
 * Page 1 as a careful clerk lays it out (format-profiles.md §2): the date line on one line, header
 * columns sized to their lines, a long issuing body broken into balanced lines with no word
 * alone, a summary broken at phrase boundaries that never ends with one or two words alone.
 */

const PROFILES: ProfileId[] = ['dang-hd05', 'dang-hd36', 'nha-nuoc-nd30'];
const LONG_BODIES = ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'ĐẢNG ỦY CƠ QUAN ỦY BAN NHÂN DÂN TỈNH', 'BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ TỈNH'];
const PLACES = ['An Lão', 'Thành phố Hồ Chí Minh', 'Thừa Thiên Huế'];

const lineTexts = (p: Para): string[] => p.runs.map((r) => r.text).join('').split('\n');
/** Width of each line of a paragraph, measured in its runs' styles. */
function lineWidths(p: Para): number[] {
  const widths = [0];
  for (const r of p.runs) {
    r.text.split('\n').forEach((part, i) => {
      if (i > 0) widths.push(0);
      widths[widths.length - 1]! += textWidthMm(part, r.sizePt, r);
    });
  }
  return widths;
}

function planWith(profile: ProfileId, issuingBody: string, placeName: string, summary?: string): Plan {
  return anLaoPlan({
    profile,
    number: '195',
    date: { day: 21, month: 9, year: 2023 },
    organisation: { ...anLaoOrg, superiorBody: 'ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ', issuingBody, placeName },
    ...(summary ? { summary: [text(summary)] } : {}),
  });
}

describe.each(PROFILES)('page 1 header under %s', (profile) => {
  const total = 165;
  it.each(LONG_BODIES.flatMap((body) => PLACES.map((place) => [body, place] as const)))('%s, %s: date line on one line, body name balanced', (body, place) => {
    const { header } = layoutPlan(planWith(profile, body, place));
    const leftMm = (total * header.leftWidthPct) / 100;
    const rightMm = total - leftMm;
    const date = header.rows[1]!.right[0]!;
    expect(date.kind).toBe('date-line');
    expect(lineTexts(date)).toHaveLength(1);
    expect(lineWidths(date)[0]!).toBeLessThanOrEqual(rightMm - 1);
    for (const p of header.rows[0]!.right) if (!p.rule) expect(lineWidths(p)[0]!).toBeLessThanOrEqual(rightMm - 1);

    for (const kind of ['superior-body', 'issuing-body']) {
      const name = header.rows[0]!.left.find((p) => p.kind === kind)!;
      const lines = lineTexts(name);
      // Every line fits its column; no line is one word alone; the words are the name's.
      for (const w of lineWidths(name)) expect(w).toBeLessThanOrEqual(leftMm - 1);
      if (lines.length > 1) for (const line of lines) expect(line.split(' ').length).toBeGreaterThanOrEqual(2);
      expect(lines.join(' ')).toBe(kind === 'issuing-body' ? body : 'ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ');
      // Balanced: no line less than half as wide as the widest.
      const widths = lineWidths(name);
      expect(Math.min(...widths)).toBeGreaterThan(Math.max(...widths) / 2);
    }
    // The state rule under the issuing body: a share of its widest line, centred by the printers.
    const rule = header.rows[0]!.left.find((p) => p.rule);
    const fraction = getProfile(profile).header.issuingBodyRuleFraction;
    if (fraction > 0) {
      const issuing = header.rows[0]!.left.find((p) => p.kind === 'issuing-body')!;
      expect(rule?.rule?.widthMm).toBeCloseTo(Math.max(...lineWidths(issuing)) * fraction, 5);
    }
  });

  it('keeps a short body name on one line, in about the profile share', () => {
    const { header } = layoutPlan(planWith(profile, 'HUYỆN ỦY AN LÃO', 'An Lão'));
    const issuing = header.rows[0]!.left.find((p) => p.kind === 'issuing-body')!;
    expect(lineTexts(issuing)).toEqual(['HUYỆN ỦY AN LÃO']);
  });
});

/** Summaries of real plans' shape, built from phrases: long, with number-symbols and dates. */
const PHRASES = [
  'triển khai thực hiện Chương trình hành động số 05-CTr/TU ngày 12/01/2026',
  'của Ban Thường vụ Thành ủy Hà Nội',
  'về thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025',
  'của Bộ Chính trị',
  'về đột phá phát triển giáo dục và đào tạo',
  'trên địa bàn phường',
  'đối với học sinh, sinh viên',
  'thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ',
  'về công tác văn thư',
  'giai đoạn 2026 - 2030',
  'năm học 2023-2024',
];

function* summaries(): Generator<string> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let k = 0; k < 60; k++) {
    const count = 2 + (next() % 6);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(PHRASES[next() % PHRASES.length]!);
    yield parts.join(' ');
  }
}

describe.each(PROFILES)('the summary under %s', (profile) => {
  it.each([...summaries()].map((s) => [s]))('breaks "%s" in balanced lines', (summary) => {
    const doc = layoutPlan(planWith(profile, 'HUYỆN ỦY AN LÃO', 'An Lão', summary));
    const p = doc.front.find((q) => q.kind === 'summary')!;
    const lines = lineTexts(p);
    const textArea = doc.page.widthMm - doc.page.leftMm - doc.page.rightMm;
    expect(lines.join(' ')).toBe(profile === 'nha-nuoc-nd30' ? summary[0]!.toUpperCase() + summary.slice(1) : summary);
    for (const w of lineWidths(p)) expect(w).toBeLessThanOrEqual(textArea - 1);
    if (lines.length > 1) {
      // Never one or two words alone on the last line; never "của"/"về" left at the end of a line.
      expect(lines[lines.length - 1]!.split(' ').length).toBeGreaterThanOrEqual(3);
      for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/ (của|về|số|ngày)$/);
      // As few lines as a plain fill would need, or one more to avoid a lone last word.
      const widths = lineWidths(p);
      const total = widths.reduce((a, b) => a + b, 0);
      expect(lines.length).toBeLessThanOrEqual(Math.ceil(total / (textArea - 3)) + 1);
    }
  });
});

describe('the summary of the Đông Đa plan', () => {
  it('breaks before "ngày", "về", as the clerk would', () => {
    const doc = layoutPlan(
      planWith(
        'dang-hd05',
        'ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA',
        'Đông Đa',
        'triển khai thực hiện Chương trình hành động số 05-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo trên địa bàn phường',
      ),
    );
    const lines = lineTexts(doc.front.find((q) => q.kind === 'summary')!);
    expect(lines.length).toBe(4);
    expect(lines.slice(1).map((l) => l.split(' ')[0])).toEqual(['ngày', 'về', 'về']);
  });
});
