import MiniSearch from 'minisearch';
import type { ImportedText } from '../import/imported-text';
import { type DraftPlan, type DraftSection, draftSections } from './draft-sections';
import { paragraphShares } from './paragraph-share';
import { type ParentTask, parentTasks } from './parent-tasks';
import { viTerms } from './vi-terms';

/**
 * Which sections of a draft take up each task of its parent, and which tasks none does.
 *
 * One BM25 index (minisearch) holds the draft's sections and the parent's tasks; each task's
 * most telling terms are searched among the sections. A raw BM25 score grows with the length of
 * the query, so it is divided by the task's score against itself (1 = copied word for word):
 * that is the task's side. The section's side is the share of its best paragraph's words the
 * task accounts for (paragraph-share.ts). A pair's score is the geometric mean of the two (see
 * `combine`). The tasks in the index also make the rarity of a word (IDF) that of both
 * documents, not of the draft alone.
 */

/**
 * Calibrated on test/data/coverage/evaluation-set.json (4 cases, 31 pairs to find): at 0.33
 * precision 0.94 and recall 0.94 there; the targets (precision ≥ 0.8, recall ≥ 0.9) hold from
 * 0.30 to 0.36 (the bench "coverage" prints the sweep). On generated plans a reworded task
 * scores 0.55 or more, a task left out 0.26 or less in 99 cases of 100.
 */
export const COVERAGE_THRESHOLD = 0.33;

export interface CoverMatch {
  sectionId: string;
  /** As printed: "II.", "3.", "a)"; "" for an unnumbered section. */
  number: string;
  title: string;
  /** The start of the section's body, to name a section without a title. */
  lead: string;
  /** 0…1, two decimals: the geometric mean of the task's BM25 score against the section over its
   * score against itself, and the IDF-weighted share of the section's best paragraph in the task. */
  score: number;
  /** Terms (vi-terms: syllables, pairs joined by "_") the task and the section share, for highlighting. */
  terms: string[];
}

export interface TaskCoverage {
  task: ParentTask;
  /** The best section's score passes the threshold. */
  covered: boolean;
  /** Sections whose score passes the threshold, best first (at most `maxSections`). */
  sections: CoverMatch[];
  /** The closest section even when below the threshold ("nearest: …" in the review list). */
  best?: CoverMatch;
}

export interface SectionCoverage {
  sectionId: string;
  number: string;
  title: string;
  lead: string;
  /** Ids of the tasks this section takes up, in the parent's order. */
  taskIds: string[];
}

export interface CoverageReport {
  threshold: number;
  tasks: TaskCoverage[];
  /** Ids of the tasks no section takes up, in the parent's order. */
  uncovered: string[];
  /** Every draft section in document order with the tasks it takes up (the reverse map). */
  sections: SectionCoverage[];
}

export interface CoverageOptions {
  threshold?: number;
  maxSections?: number;
}

interface IndexedDoc {
  id: string;
  /** The document's terms, joined by spaces (tokenized once, here, not again by minisearch). */
  terms: string;
}

const identity = (term: string): string => term;
const splitTerms = (joined: string): string[] => (joined === '' ? [] : joined.split(' '));
const SECTION = 's:';
const TASK = 't:';

/**
 * A long task or section is searched by its most telling terms only (as Lucene's "more like this"
 * does, 25 terms): the rest are words every task shares, each costing a pass over a long posting
 * list. Ranked by tf × idf over the index. On the first three cases of the evaluation set the
 * targets held for thresholds 0.26 to 0.40 with 30 terms, 0.30 to 0.40 with all of them, 0.27 to
 * 0.35 with 25, 0.28 to 0.30 with 20.
 */
const MAX_QUERY_TERMS = 30;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Both sides must agree: the share of the task the section says (low when a long task is
 * shortened) and the share of the section the task accounts for (high for a section that only
 * rewords it, low for a general section that shares some words with every task). Their geometric
 * mean beat either side alone and their arithmetic mean on the evaluation set.
 */
function combine(taskSide: number, sectionSide: number): number {
  return Math.sqrt(taskSide * sectionSide);
}

function queryTerms(terms: string[], df: Map<string, number>, docCount: number): string[] {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const weight = (t: string): number => tf.get(t)! * Math.log(1 + (docCount - df.get(t)! + 0.5) / (df.get(t)! + 0.5));
  return [...tf.keys()].sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1)).slice(0, MAX_QUERY_TERMS);
}

/**
 * A BM25 index over documents given as term lists, and the ratio search over it.
 *
 * A query's score is the sum of its terms' BM25 scores (minisearch's, term by term). Each term is
 * searched once and its scores kept, since 235 tasks ask for the same few hundred terms: merging
 * 30 per-term result maps per query inside minisearch took most of the time. Minisearch's own
 * OR query also multiplies the sum by the number of terms matched; that squares the loss of a
 * task shortened to one sentence (0.06 instead of 0.23 for An Lão's task II.3 kept as its first
 * sentence), so the plain sum is used.
 */
class TermIndex {
  private readonly index = new MiniSearch<IndexedDoc>({
    fields: ['terms'],
    tokenize: splitTerms,
    processTerm: identity,
    searchOptions: { tokenize: splitTerms, processTerm: identity },
  });
  private readonly df = new Map<string, number>();
  private readonly termsOf = new Map<string, string[]>();
  /** Per term, searched once: its scores in the documents of the kind searched for, and in the others. */
  private readonly scoresOf = new Map<string, { found: Array<[string, number]>; others: Map<string, number> }>();

  constructor(
    docs: Array<{ id: string; terms: string[] }>,
    /** The kind of document searches look for (an id prefix): the others only ask. */
    private readonly foundKind: string,
  ) {
    for (const { id, terms } of docs) {
      this.termsOf.set(id, terms);
      for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
    this.index.addAll(docs.map(({ id, terms }) => ({ id, terms: terms.join(' ') })));
  }

  /** Inverse document frequency of a term over the index (BM25's, never negative). */
  idf(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.termsOf.size - df + 0.5) / (df + 0.5));
  }

  /** BM25 score of one term in every document that has it (minisearch's scoring). */
  private termScores(term: string): { found: Array<[string, number]>; others: Map<string, number> } {
    let scores = this.scoresOf.get(term);
    if (!scores) {
      scores = { found: [], others: new Map() };
      for (const h of this.index.search(term)) {
        const id = h.id as string;
        if (id.startsWith(this.foundKind)) scores.found.push([id, h.score]);
        else scores.others.set(id, h.score);
      }
      this.scoresOf.set(term, scores);
    }
    return scores;
  }

  /** The document's score against each document of the kind searched for, over its score against itself. */
  ratios(own: string): Map<string, number> {
    const out = new Map<string, number>();
    const query = queryTerms(this.termsOf.get(own)!, this.df, this.termsOf.size);
    let self = 0;
    for (const term of query) {
      const { found, others } = this.termScores(term);
      self += others.get(own) ?? 0;
      for (const [id, score] of found) out.set(id, (out.get(id) ?? 0) + score);
    }
    for (const [id, score] of out) out.set(id, self > 0 ? Math.min(1, score / self) : 0);
    return out;
  }
}

export function coverage(parent: ImportedText | ParentTask[], draft: DraftPlan, options: CoverageOptions = {}): CoverageReport {
  const threshold = options.threshold ?? COVERAGE_THRESHOLD;
  const maxSections = options.maxSections ?? 5;
  const tasks = Array.isArray(parent) ? parent : parentTasks(parent);
  const sections = draftSections(draft);
  const byId = new Map<string, DraftSection>(sections.map((s) => [SECTION + s.id, s]));
  const order = new Map(sections.map((s, i) => [SECTION + s.id, i]));

  const termsOf = new Map<string, string[]>();
  const taskDocs = tasks.map((t, i) => ({ id: `${TASK}${i}`, terms: viTerms(t.text) }));
  // A section's terms are its paragraphs' (the title runs into the first): each text is tokenized once.
  const paragraphTerms = new Map(sections.map((s) => [SECTION + s.id, s.paragraphs.map((text) => viTerms(text))]));
  const sectionDocs = sections.map((s) => ({ id: SECTION + s.id, terms: paragraphTerms.get(SECTION + s.id)!.flat() }));
  for (const d of [...taskDocs, ...sectionDocs]) termsOf.set(d.id, d.terms);
  const index = new TermIndex([...sectionDocs, ...taskDocs], SECTION);

  // The section's side: how much of its best paragraph the task accounts for (paragraph-share.ts).
  const shares = paragraphShares(paragraphTerms, (t) => index.idf(t));

  const results: TaskCoverage[] = tasks.map((task, i) => {
    const own = `${TASK}${i}`;
    shares.markTask(i, taskDocs[i]!.terms);
    // sqrt(taskSide × sectionSide) ≤ sqrt(taskSide): below threshold² the section side cannot lift a
    // section over the threshold, and only the nearest few are kept to show as "closest".
    const taskSide = [...index.ratios(own)].sort((a, b) => b[1] - a[1]);
    const scored = taskSide
      .filter(([, ratio], rank) => rank < 3 || ratio >= threshold * threshold)
      .map(([id, ratio]) => ({ id, score: round2(combine(ratio, shares.share(id, i))) }))
      .filter((m) => m.score > 0)
      .sort((a, b) => b.score - a.score || order.get(a.id)! - order.get(b.id)!);
    // Shared terms for the sections shown only: every term the two share, not only the query's.
    const taskTerms = new Set(taskDocs[i]!.terms);
    const match = ({ id, score }: { id: string; score: number }): CoverMatch => {
      const s = byId.get(id)!;
      const terms = [...new Set(termsOf.get(id)!.filter((t) => taskTerms.has(t)))];
      return { sectionId: s.id, number: s.number, title: s.title, lead: s.lead, score, terms };
    };
    const passing = scored.filter((m) => m.score >= threshold).slice(0, maxSections).map(match);
    const best = passing[0] ?? (scored[0] ? match(scored[0]) : undefined);
    return { task, covered: passing.length > 0, sections: passing, ...(best ? { best } : {}) };
  });

  const taken = new Map<string, string[]>();
  for (const r of results) for (const m of r.sections) taken.set(m.sectionId, [...(taken.get(m.sectionId) ?? []), r.task.id]);
  return {
    threshold,
    tasks: results,
    uncovered: results.filter((r) => !r.covered).map((r) => r.task.id),
    sections: sections.map((s) => ({ sectionId: s.id, number: s.number, title: s.title, lead: s.lead, taskIds: taken.get(s.id) ?? [] })),
  };
}
