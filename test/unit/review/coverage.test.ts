import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COVERAGE_THRESHOLD, coverage } from '../../../core/review/coverage';
import { viTerms } from '../../../core/review/vi-terms';
import type { ImportedParagraph } from '../../../core/import/imported-text';
import type { Section } from '../../../core/model/plan';
import { evaluate, loadEvaluationSet } from '../../helpers/coverage-eval';
import { TOPICS, draftOf, paragraphsToImported, reword, section, seededRandom, taskText } from '../../helpers/generated-plans';

const parent = paragraphsToImported([
  { text: 'NHIỆM VỤ, GIẢI PHÁP', label: 'I.', kind: 'roman', level: 1 },
  { text: 'Tăng cường công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ trong các trường học.', label: '1.', kind: 'arabic', level: 2 },
  { text: 'Đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập.', label: '2.', kind: 'arabic', level: 2 },
  { text: 'Hỗ trợ học sinh khởi nghiệp, tư vấn nghề nghiệp, việc làm.', label: '3.', kind: 'arabic', level: 2 },
]);

const draft = draftOf([
  section('muc-dich', 'Mục đích, yêu cầu', ['Quán triệt kế hoạch tới cán bộ, đảng viên.']),
  section('nhiem-vu', 'Nhiệm vụ, giải pháp', [], [
    section('khuyen-hoc', 'Khuyến học', ['Vận động Nhân dân tham gia phong trào khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn xã.']),
    section('pccc', 'Phòng cháy', ['Các nhà trường tăng cường phòng cháy, chữa cháy, tổ chức diễn tập cứu nạn, cứu hộ cho học sinh.']),
  ]),
]);

describe('coverage: which draft sections take up each parent task', () => {
  const report = coverage(parent, draft);

  it('names the covering section by its printed number and title, with the shared terms', () => {
    const first = report.tasks[0]!;
    expect(first.task.id).toBe('I.1');
    expect(first.covered).toBe(true);
    expect(first.sections[0]).toMatchObject({ sectionId: 'pccc', number: '2.', title: 'Phòng cháy' });
    expect(first.sections[0]!.terms).toEqual(expect.arrayContaining(['phòng', 'cháy', 'chữa', 'cứu', 'nạn', 'hộ']));
    expect(first.sections[0]!.score).toBeGreaterThanOrEqual(COVERAGE_THRESHOLD);
    expect(report.tasks[1]!.sections[0]).toMatchObject({ sectionId: 'khuyen-hoc', number: '1.' });
  });

  it('lists the tasks no section takes up', () => {
    expect(report.uncovered).toEqual(['I.3']);
    expect(report.tasks[2]!.covered).toBe(false);
  });

  it('maps every section to the tasks it takes up (the reverse map), in document order', () => {
    expect(report.sections.map((s) => [s.number, s.sectionId, s.taskIds])).toEqual([
      ['I.', 'muc-dich', []],
      ['II.', 'nhiem-vu', []],
      ['1.', 'khuyen-hoc', ['I.2']],
      ['2.', 'pccc', ['I.1']],
    ]);
  });

  it('accepts the parent as a task list and a draft without sections', () => {
    const empty = coverage(report.tasks.map((t) => t.task), draftOf([]));
    expect(empty.uncovered).toEqual(['I.1', 'I.2', 'I.3']);
    expect(empty.tasks[0]!.best).toBeUndefined();
  });
});

describe('coverage on the labelled evaluation set (test/data/coverage)', () => {
  it('has at least 40 labelled pairs, negatives among them', () => {
    const cases = loadEvaluationSet();
    const labels = cases.flatMap((c) => c.labels);
    const positives = labels.reduce((n, l) => n + l.sections.length, 0);
    const negatives = labels.filter((l) => l.sections.length === 0).length + labels.reduce((n, l) => n + (l.negatives?.length ?? 0), 0);
    expect(positives + negatives).toBeGreaterThanOrEqual(40);
    expect(negatives).toBeGreaterThanOrEqual(10);
  });

  it('reaches recall ≥ 0.9 at precision ≥ 0.8 at the calibrated threshold', () => {
    const figures = evaluate(COVERAGE_THRESHOLD);
    expect(figures.recall, figures.missedPairs.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(figures.precision, figures.falsePairs.join('\n')).toBeGreaterThanOrEqual(0.8);
    // No task labelled "not taken up" is marked covered by a section that does not take it up.
    expect(figures.uncoveredMissed).toBe(0);
  });
});

describe('coverage on generated plans (property)', () => {
  // Each parent task gets three topics of its own and the draft's own additions (filler) others,
  // no two sharing a word of meaning, so that only a reworded task can take a task up: what they
  // share is the boilerplate of plans (verbs, "trên địa bàn …"). Hard negatives, drafts on the
  // same subject that do not take a task up, are in the evaluation set.
  const arbitraryCase = fc.record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    taskCount: fc.integer({ min: 2, max: 6 }),
    sectionCount: fc.integer({ min: 1, max: 6 }),
    copiedMask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  });

  function build({ seed, taskCount: wanted, sectionCount, copiedMask }: { seed: number; taskCount: number; sectionCount: number; copiedMask: boolean[] }) {
    let taskCount = wanted;
    const random = seededRandom(seed);
    const shuffled = [...TOPICS].sort(() => random() - 0.5);
    // Topics sharing no word of meaning with one another: one task's rewording cannot take up another.
    const used = new Set<string>();
    const topics: string[] = [];
    for (const topic of shuffled) {
      const words = viTerms(topic);
      if (words.some((w) => used.has(w))) continue;
      words.forEach((w) => used.add(w));
      topics.push(topic);
    }
    taskCount = Math.min(taskCount, Math.floor((topics.length - 4) / 3));
    const tasks = Array.from({ length: taskCount }, (_, i) => taskText(topics.slice(i * 3, i * 3 + 3), random));
    const spare = topics.slice(taskCount * 3);
    const paragraphs: ImportedParagraph[] = [
      { text: 'NHIỆM VỤ, GIẢI PHÁP', label: 'II.', kind: 'roman', level: 1 },
      ...tasks.map((text, i): ImportedParagraph => ({ text, label: `${i + 1}.`, kind: 'arabic', level: 2 })),
    ];
    const bodies: string[][] = Array.from({ length: sectionCount }, (_, i) => [taskText(spare.slice((i * 2) % (spare.length - 2), ((i * 2) % (spare.length - 2)) + 2), random)]);
    const home = new Map<string, string>();
    tasks.forEach((task, i) => {
      if (!copiedMask[i]) return;
      const at = Math.floor(random() * sectionCount);
      bodies[at]!.splice(Math.floor(random() * (bodies[at]!.length + 1)), 0, reword(task, random));
      home.set(`II.${i + 1}`, `s${at}`);
    });
    const sections: Section[] = bodies.map((body, i) => section(`s${i}`, `Nội dung ${i + 1}`, body));
    return { parent: paragraphsToImported(paragraphs), draft: draftOf([section('top', 'NHIỆM VỤ CỤ THỂ', [], sections)]), home, taskCount };
  }

  it('a task copied and reworded into a section is covered by that section; a task left out is not', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const { parent: p, draft: d, home } = build(c);
        const report = coverage(p, d);
        for (const t of report.tasks) {
          const expected = home.get(t.task.id);
          if (expected) expect(t.sections.map((s) => s.sectionId), t.task.id).toContain(expected);
          else expect(t.covered, `${t.task.id} is in no section`).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a draft that takes up none of the tasks covers none', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const { parent: p, draft: d, taskCount } = build({ ...c, copiedMask: c.copiedMask.map(() => false) });
        expect(taskCount).toBeGreaterThanOrEqual(2);
        expect(coverage(p, d).uncovered).toHaveLength(taskCount);
      }),
      { numRuns: 30 },
    );
  });
});
