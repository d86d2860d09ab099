/**
 * The section's side of a coverage score: the share of a section's best paragraph that a task
 * accounts for, each term weighted by its IDF as often as it occurs. A section merging five
 * tasks, one a paragraph, is made of each of them in turn; a general section that shares a few
 * words with every task is made of none. Computed directly, not by a search per paragraph: a
 * paragraph's words are in most tasks, and 360 searches over them took seconds. Terms are
 * numbered so that the inner loop reads typed arrays.
 */
export interface ParagraphShares {
  /** Makes `task`'s terms the ones `share` counts (one task at a time). */
  markTask(task: number, terms: readonly string[]): void;
  /** The best share over the section's paragraphs, 0…1, for the task marked last. */
  share(section: string, task: number): number;
}

export function paragraphShares(paragraphTerms: Map<string, string[][]>, idf: (term: string) => number): ParagraphShares {
  const termNumber = new Map<string, number>();
  const numberOf = (t: string): number => {
    let n = termNumber.get(t);
    if (n === undefined) termNumber.set(t, (n = termNumber.size));
    return n;
  };
  const paragraphs = new Map(
    [...paragraphTerms].map(([section, list]) => [
      section,
      list.map((terms) => {
        const weights = new Map<number, number>();
        for (const t of terms) weights.set(numberOf(t), (weights.get(numberOf(t)) ?? 0) + idf(t));
        let total = 0;
        for (const w of weights.values()) total += w;
        return { terms: Int32Array.from(weights.keys()), weights: Float64Array.from(weights.values()), total };
      }),
    ]),
  );
  // inTask[term] === task: the term is in the task marked last (no clearing between tasks).
  const inTask = new Int32Array(termNumber.size).fill(-1);
  return {
    markTask(task, terms) {
      for (const t of terms) {
        const n = termNumber.get(t);
        if (n !== undefined) inTask[n] = task;
      }
    },
    share(section, task) {
      let best = 0;
      for (const { terms, weights, total } of paragraphs.get(section) ?? []) {
        if (total === 0) continue;
        let shared = 0;
        for (let k = 0; k < terms.length; k += 1) if (inTask[terms[k]!] === task) shared += weights[k]!;
        best = Math.max(best, shared / total);
      }
      return best;
    },
  };
}
