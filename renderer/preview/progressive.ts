import { paginate, type MeasuredBlock, type Slice } from './paginate';

export interface ProgressivePages {
  pages: Slice[][];
  /** Every block was measured: these are the final pages. */
  complete: boolean;
}

/**
 * Pages that can be shown while the blocks are still being measured in document order. Pagination
 * runs forward, so every page of the measured prefix is final except the last one (blocks still
 * to come may join it, or a heading kept with the next block may move): that one is held back.
 */
export function progressivePages(measured: Array<MeasuredBlock | undefined>, pageMm: number, separatorMm = 0): ProgressivePages {
  let prefix = 0;
  while (prefix < measured.length && measured[prefix] !== undefined) prefix++;
  const complete = prefix === measured.length;
  if (prefix === 0) return { pages: [], complete };
  const pages = paginate(measured.slice(0, prefix) as MeasuredBlock[], pageMm, separatorMm);
  return { pages: complete ? pages : pages.slice(0, -1), complete };
}
