/**
 * Pure pagination of measured blocks into A4 pages. A block is a paragraph (which may be split
 * between lines, keeping at least two lines on each page as Word's widow/orphan control does)
 * or an unbreakable group (the header table, the closing table).
 *
 * Keep-with-next is the layout's (Para.keepWithNext), obeyed as Word and Writer obey it: a run
 * of kept blocks and the start of the block after them share a page; the run is cut only inside
 * a paragraph that can split, and a kept paragraph that splits sends its last lines (at least
 * two) along with what it keeps with. So a short last paragraph takes the closing block's page
 * with it, and the signature never stands alone.
 *
 * Footnotes stand at the foot of the page that holds their reference mark, as in Word: a block
 * says on which of its lines each of its footnotes is referenced and how tall the footnote's text
 * is, and a page's text area shrinks by its footnotes (and the separator line above them) as lines
 * referring to them are placed on it. A section that starts a new page (`breakBefore`) does.
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
  /** Starts a new page (a section set to "bắt đầu trang mới"). */
  breakBefore?: boolean;
  /** The footnotes referenced in this block: the line of each reference mark and the footnote's height in mm. */
  notes?: Array<{ line: number; heightMm: number }>;
  /** A later part of a split table: its header rows, drawn again (and counted) only when it starts a page. */
  repeatMm?: number;
}

export interface Slice {
  block: number;
  /** Lines shown, [fromLine, toLine); absent for a whole block. */
  fromLine?: number;
  toLine?: number;
}

const MIN_LINES = 2;
const EPS = 0.01;

const splittable = (b: MeasuredBlock): boolean => b.lines !== undefined && b.lineMm !== undefined && b.lines >= MIN_LINES * 2;

function firstLinesHeight(b: MeasuredBlock): number {
  if (!splittable(b)) return b.heightMm;
  return (b.padTopMm ?? 0) + MIN_LINES * b.lineMm!;
}

/**
 * Height that must share a page with block i when it keeps with the next: i itself, every kept
 * block after it that cannot split, and the start of the first block that can split or is not kept.
 */
function keptRunHeight(blocks: MeasuredBlock[], i: number): number {
  let height = blocks[i]!.heightMm;
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (!b.keepWithNext || splittable(b) || j === blocks.length - 1) return height + firstLinesHeight(b);
    height += b.heightMm;
  }
  return height;
}

/** Height of the footnotes referenced in lines [from, to) of a block (all of them for a whole block). */
function notesIn(b: MeasuredBlock, from = 0, to = Infinity): number {
  let sum = 0;
  for (const n of b.notes ?? []) if (n.line >= from && n.line < to) sum += n.heightMm;
  return sum;
}

/** `separatorMm`: the footnote separator line's height, counted once on a page with footnotes. */
export function paginate(blocks: MeasuredBlock[], pageMm: number, separatorMm = 0): Slice[][] {
  const pages: Slice[][] = [[]];
  let used = 0;
  // Footnote text on this page so far; the page's text area is what the footnotes leave.
  let notesMm = 0;
  const newPage = () => {
    pages.push([]);
    used = 0;
    notesMm = 0;
  };
  const page = () => pages[pages.length - 1]!;
  /** The footnote area with `extra` mm more footnotes on this page (nothing while there are none). */
  const noteArea = (extra: number): number => (notesMm + extra > 0 ? separatorMm + notesMm + extra : 0);

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.breakBefore && page().length > 0) newPage();
    const left = pageMm - used - noteArea(0);
    if (b.keepWithNext && i + 1 < blocks.length && page().length > 0) {
      const run = keptRunHeight(blocks, i);
      // A run taller than a page cannot be kept: Word and Writer then ignore the keep.
      if (run > left + EPS && run <= pageMm + EPS) {
        if (splittable(b) && b.heightMm <= left + EPS) {
          // It fits, but what it keeps with does not: its last lines go along to the next page.
          const stay = Math.min(b.lines! - MIN_LINES, Math.floor((left - (b.padTopMm ?? 0) + EPS) / b.lineMm!));
          if (stay >= MIN_LINES) {
            page().push({ block: i, fromLine: 0, toLine: stay });
            newPage();
            page().push({ block: i, fromLine: stay, toLine: b.lines! });
            used += (b.lines! - stay) * b.lineMm! + (b.padBottomMm ?? 0);
            notesMm += notesIn(b, stay);
            continue;
          }
        }
        if (!splittable(b) || b.heightMm <= left + EPS) newPage();
      }
    }
    const allNotes = notesIn(b);
    const repeat = () => (page().length === 0 ? (b.repeatMm ?? 0) : 0);
    if (b.heightMm + repeat() <= pageMm - used - noteArea(allNotes) + EPS) {
      used += repeat();
      page().push({ block: i });
      used += b.heightMm;
      notesMm += allNotes;
      continue;
    }
    if (!splittable(b)) {
      if (page().length > 0) newPage();
      used += repeat();
      page().push({ block: i });
      used += b.heightMm;
      notesMm += allNotes;
      continue;
    }
    // Split by lines, possibly over several pages.
    let from = 0;
    const lines = b.lines!;
    const lineMm = b.lineMm!;
    while (from < lines) {
      const room = pageMm - used - (from === 0 ? (b.padTopMm ?? 0) : 0);
      let fit = Math.floor((room - noteArea(0) + EPS) / lineMm);
      // Lines whose footnotes do not fit below them go to the next page, with their footnotes.
      while (fit > 0 && fit * lineMm > room - noteArea(notesIn(b, from, from + fit)) + EPS) fit--;
      const rest = lines - from;
      if (fit >= rest) {
        // The tail fits, including the space after it (or it is the end of the page anyway).
        page().push(from === 0 ? { block: i } : { block: i, fromLine: from, toLine: lines });
        used += rest * lineMm + (b.padBottomMm ?? 0) + (from === 0 ? (b.padTopMm ?? 0) : 0);
        notesMm += notesIn(b, from, lines);
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
      notesMm += notesIn(b, from, from + fit);
      from += fit;
      newPage();
    }
  }
  return pages.filter((p, i) => p.length > 0 || i === 0);
}
