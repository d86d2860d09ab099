/**
 * Pure pagination of measured blocks into A4 pages. A block is a paragraph (which may be split
 * between lines, keeping at least two lines on each page as Word's widow/orphan control does)
 * or an unbreakable group (the header table, the closing table).
 */

export interface MeasuredBlock {
  /** Total height in mm, spacing included. */
  heightMm: number;
  /** For splittable paragraphs: the number of lines, their fixed height and the spacing around them. */
  lines?: number;
  lineMm?: number;
  padTopMm?: number;
  padBottomMm?: number;
  /** Headings stay on the page of the paragraph that follows them. */
  keepWithNext?: boolean;
}

export interface Slice {
  block: number;
  /** Lines shown, [fromLine, toLine); absent for a whole block. */
  fromLine?: number;
  toLine?: number;
}

const MIN_LINES = 2;
const EPS = 0.01;

function firstLinesHeight(b: MeasuredBlock): number {
  if (!b.lines || !b.lineMm || b.lines < MIN_LINES * 2) return b.heightMm;
  return (b.padTopMm ?? 0) + MIN_LINES * b.lineMm;
}

export function paginate(blocks: MeasuredBlock[], pageMm: number): Slice[][] {
  const pages: Slice[][] = [[]];
  let used = 0;
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  const page = () => pages[pages.length - 1]!;

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const left = pageMm - used;
    const next = blocks[i + 1];
    // Keep with next: the heading moves if the start of the next block would not follow it here.
    if (b.keepWithNext && next && page().length > 0 && b.heightMm + firstLinesHeight(next) > left + EPS) newPage();
    if (b.heightMm <= pageMm - used + EPS) {
      page().push({ block: i });
      used += b.heightMm;
      continue;
    }
    const splittable = b.lines !== undefined && b.lineMm !== undefined && b.lines >= MIN_LINES * 2;
    if (!splittable) {
      if (page().length > 0) newPage();
      page().push({ block: i });
      used += b.heightMm;
      continue;
    }
    // Split by lines, possibly over several pages.
    let from = 0;
    const lines = b.lines!;
    const lineMm = b.lineMm!;
    while (from < lines) {
      const room = pageMm - used - (from === 0 ? (b.padTopMm ?? 0) : 0);
      let fit = Math.floor((room + EPS) / lineMm);
      const rest = lines - from;
      if (fit >= rest) {
        // The tail fits, including the space after it (or it is the end of the page anyway).
        page().push(from === 0 ? { block: i } : { block: i, fromLine: from, toLine: lines });
        used += rest * lineMm + (b.padBottomMm ?? 0) + (from === 0 ? (b.padTopMm ?? 0) : 0);
        break;
      }
      if (rest - fit < MIN_LINES) fit = rest - MIN_LINES; // leave two lines for the next page
      if (fit < MIN_LINES) {
        if (page().length === 0) fit = Math.max(1, Math.min(fit, rest)); // a page must show something
        else {
          newPage();
          continue;
        }
      }
      page().push({ block: i, fromLine: from, toLine: from + fit });
      from += fit;
      newPage();
    }
  }
  return pages.filter((p, i) => p.length > 0 || i === 0);
}
