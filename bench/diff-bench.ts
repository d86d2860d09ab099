import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { diffPlans } from '../core/diff/diff-plans';
import { paragraph, text, type BlockElement } from '../core/model/inline';
import type { Plan, Section } from '../core/model/plan';
import { flattenSections } from '../core/render/numbering';
import { generatedDraft } from '../test/helpers/generated-plans';
import { makeBenchPlan } from '../test/helpers/long-plan';
import { median, percentile, round } from './stats';

/**
 * Diff suite of `npm run bench` (issue 10): diffPlans of two 60-page drafts, the second with edits
 * spread through it as between two real drafts: a word changed in every seventh paragraph, a
 * paragraph added and one removed every twentieth, three paragraphs moved to other sections and
 * the base's date changed (every citation of it shows the new date). Target < 300 ms (median).
 *
 * The first draft is the bench plan (test/helpers/long-plan.ts: live references in its bullets, a task
 * table) with its paragraphs rewritten from clauses of the three real plans
 * (test/helpers/generated-plans.ts), so paragraphs differ from each other as in a real plan.
 */
export interface DiffBenchResult {
  pages: number;
  paragraphs: number;
  changes: { edited: number; inserted: number; deleted: number; moved: number; refChanges: number };
  runs: number;
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  bestMs: number;
  loadAverage: number;
  targetMs: number;
}

const TARGET_MS = 300;

function textBlocks(plan: Plan): Array<{ section: Section; block: BlockElement }> {
  return flattenSections(plan.sections).flatMap(({ section }) => section.body.filter((b) => b.type !== 'table').map((block) => ({ section, block })));
}

/** The 60-page bench plan with distinct, real-sounding paragraphs. */
export function firstDraft(pages: number): Plan {
  const plan = makeBenchPlan(pages);
  const clauses = flattenSections(generatedDraft(pages, 7).sections).flatMap(({ section }) =>
    section.body.flatMap((b) => (b.type === 'paragraph' ? [b.children.map((c) => ('text' in c ? c.text : '')).join('')] : [])),
  );
  textBlocks(plan).forEach(({ block }, i) => {
    if (block.type === 'table') return;
    const last = block.children[block.children.length - 1];
    if (last && 'text' in last && !('type' in last)) last.text = block.type === 'bullet' ? ` tới cán bộ, đảng viên. ${clauses[i % clauses.length]}` : clauses[i % clauses.length]!;
  });
  return plan;
}

export function secondDraft(first: Plan): { plan: Plan; edited: number; inserted: number; deleted: number; moved: number } {
  const plan = structuredClone(first);
  const blocks = textBlocks(plan);
  let edited = 0;
  blocks.forEach(({ block }, i) => {
    if (i % 7 !== 3 || block.type === 'table') return;
    const leaf = block.children[block.children.length - 1];
    if (leaf && 'text' in leaf && !('type' in leaf)) {
      leaf.text = leaf.text.replace(/ (\p{L}+) /u, ' khẩn trương ');
      edited++;
    }
  });
  let inserted = 0;
  let deleted = 0;
  blocks.forEach(({ section, block }, i) => {
    if (i % 20 === 10) {
      section.body.splice(section.body.indexOf(block) + 1, 0, paragraph(text(`Bổ sung nhiệm vụ thứ ${i}: rà soát, đánh giá kết quả thực hiện và báo cáo Ban Thường vụ Huyện ủy trước ngày 15 hằng tháng.`)));
      inserted++;
    } else if (i % 20 === 15) {
      section.body.splice(section.body.indexOf(block), 1);
      deleted++;
    }
  });
  const leaves = flattenSections(plan.sections).map((x) => x.section).filter((s) => s.body.length > 2);
  let moved = 0;
  for (const [from, to] of [[2, leaves.length - 3], [leaves.length / 2, 5], [leaves.length - 6, 1]] as const) {
    const source = leaves[Math.floor(from)]!;
    const block = source.body.find((b) => b.type === 'paragraph');
    if (!block) continue;
    source.body.splice(source.body.indexOf(block), 1);
    leaves[Math.floor(to)]!.body.push(block);
    moved++;
  }
  const base = plan.documents.find((d) => d.id === plan.baseIds[0])!;
  base.date = base.date.replace(/-(\d\d)$/, (_, d: string) => `-${String(Math.min(28, Number(d) + 1)).padStart(2, '0')}`);
  return { plan, edited, inserted, deleted, moved };
}

export function runDiffBench(pages = 60, runs = 15): DiffBenchResult {
  const first = firstDraft(pages);
  const second = secondDraft(first);
  const times: number[] = [];
  let diff = diffPlans(first, second.plan);
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    diff = diffPlans(first, second.plan);
    times.push(performance.now() - t0);
  }
  const count = (kind: string) => diff.parts.reduce((n, p) => n + p.paragraphs.filter((c) => c.kind === kind).length, 0);
  return {
    pages,
    paragraphs: textBlocks(first).length,
    changes: { edited: count('edit'), inserted: count('insert'), deleted: count('delete'), moved: count('move-to'), refChanges: diff.refChanges.length },
    runs,
    firstMs: round(times[0]!),
    medianMs: round(median(times)),
    p95Ms: round(percentile(times, 95)),
    bestMs: round(Math.min(...times)),
    loadAverage: round(os.loadavg()[0] ?? 0, 2),
    targetMs: TARGET_MS,
  };
}

export function printDiffBench(r: DiffBenchResult): void {
  console.log('\nDiff of two drafts (diffPlans)');
  console.table([
    {
      pages: r.pages,
      paragraphs: r.paragraphs,
      'edits / ins / del / moves': `${r.changes.edited} / ${r.changes.inserted} / ${r.changes.deleted} / ${r.changes.moved}`,
      'median ms': r.medianMs,
      'p95 ms': r.p95Ms,
      'best ms': r.bestMs,
      target: r.medianMs < r.targetMs ? `< ${r.targetMs} ms ✓` : `< ${r.targetMs} ms ✗`,
    },
  ]);
}
