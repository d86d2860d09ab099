import { getDocumentProxy } from 'unpdf';
import type { ImportedText } from '../../../core/import/imported-text';
import { parseNumberingLabel, recogniseNumbering, type RawParagraph } from '../../../core/import/numbering';
import { cleanText } from '../../../core/text/clean-text';
import { IMPORT_MESSAGES, ImportRefusal } from './messages';
import type { ImportLimits } from './limits';

/**
 * PDF with a text layer → ImportedText, through unpdf (pdf.js). A PDF has no paragraphs, only
 * positioned pieces of text, so: pieces on one baseline make a line (left to right), lines go top
 * to bottom; a line continues the paragraph above when that one ran to the right edge (justified
 * text), it is not indented (a paragraph's first line is) and it does not start with a numbering
 * label, the same on the next page. A page number alone at the top or foot of a page is dropped.
 */

interface Piece {
  str: string;
  /** pdf.js's key of the font: pieces in one font share it (a bold and a regular line differ). */
  font: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  text: string;
  font: string;
  left: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–—])?$/iu;

export async function readPdf(bytes: Uint8Array, fileName: string, limits: ImportLimits): Promise<ImportedText> {
  // pdf.js takes ownership of the buffer it is given: pass a copy so the caller's bytes survive.
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
  } catch (err) {
    const name = (err as { name?: string } | undefined)?.name;
    if (name === 'PasswordException') throw new ImportRefusal(IMPORT_MESSAGES.encryptedPdf);
    throw new ImportRefusal(IMPORT_MESSAGES.corruptPdf);
  }
  try {
    // Pages beyond the cap are refused, never silently dropped: the clerk would lose text unawares.
    if (pdf.numPages > limits.maxPdfPages) throw new ImportRefusal(IMPORT_MESSAGES.tooManyPages(limits.maxPdfPages));
    const lines: Line[] = [];
    const lettersPerPage: number[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const onPage = await pageLines(pdf, n);
      lettersPerPage.push(onPage.reduce((sum, l) => sum + (l.text.match(/\p{L}/gu)?.length ?? 0), 0));
      lines.push(...onPage);
    }
    if (isScan(lettersPerPage)) throw new ImportRefusal(IMPORT_MESSAGES.scannedPdf);
    return {
      paragraphs: recogniseNumbering(joinLines(lines)),
      source: { fileName, format: 'pdf', bytes: bytes.length, pages: pdf.numPages },
    };
  } catch (err) {
    if (err instanceof ImportRefusal) throw err;
    throw new ImportRefusal(IMPORT_MESSAGES.corruptPdf);
  } finally {
    await pdf.destroy();
  }
}

/**
 * A scan has no text layer, but may carry a little text: a digital-signature stamp, a page number.
 * A page of text has a thousand letters or more; a scan is a document whose pages nearly all hold
 * fewer than 150 (a real last page with only the signature block still has more).
 */
function isScan(lettersPerPage: number[]): boolean {
  const total = lettersPerPage.reduce((a, b) => a + b, 0);
  if (total < 20) return true;
  const sparse = lettersPerPage.filter((n) => n < 150).length;
  return lettersPerPage.length >= 2 && sparse / lettersPerPage.length >= 0.8;
}

async function pageLines(pdf: Awaited<ReturnType<typeof getDocumentProxy>>, n: number): Promise<Line[]> {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  const pieces: Piece[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, , , x, y] = item.transform as number[];
    pieces.push({ str: item.str, font: item.fontName, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height || 10 });
  }
  page.cleanup();
  // Top to bottom (PDF y grows upwards), then left to right; a line gathers pieces whose
  // baselines are within half a letter of each other (superscripts, mixed sizes).
  pieces.sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const line = groups.at(-1);
    if (line && Math.abs(line[0]!.y - piece.y) < Math.max(2, piece.size * 0.5)) line.push(piece);
    else groups.push([piece]);
  }
  const lines = groups.flatMap((group) => splitColumns(group).map((part) => toLine(part, n))).filter((l) => l.text !== '');
  // A page number stands alone at the top or the foot of the page.
  while (lines.length > 0 && PAGE_NUMBER.test(lines[0]!.text)) lines.shift();
  while (lines.length > 0 && PAGE_NUMBER.test(lines.at(-1)!.text)) lines.pop();
  return lines;
}

/**
 * Pieces on one baseline but far apart are side-by-side columns (the header's issuing body and
 * national title, the recipients and the signature, table cells): each becomes a line of its own,
 * left column first, so "HUYỆN ỦY AN LÃO" never runs into "ĐẢNG CỘNG SẢN VIỆT NAM".
 */
function splitColumns(group: Piece[]): Piece[][] {
  group.sort((p, q) => p.x - q.x);
  const parts: Piece[][] = [];
  let end = -Infinity;
  for (const p of group) {
    const part = parts.at(-1);
    // A space piece (Word writes one between words, LibreOffice one across the gap between
    // columns) stays in the text but bridges nothing.
    if (p.str.trim() === '') {
      part?.push(p);
      continue;
    }
    if (part && p.x - end <= p.size * 1.5) part.push(p);
    else parts.push([p]);
    end = Math.max(end, p.x + p.width);
  }
  return parts;
}

function toLine(group: Piece[], page: number): Line {
  group.sort((p, q) => p.x - q.x);
  let text = '';
  let end = -Infinity;
  for (const p of group) {
    // A gap wider than a fifth of the letter size is a space the PDF did not write as a character.
    if (text !== '' && p.x - end > p.size * 0.2 && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
    text += p.str;
    if (p.str.trim() !== '') end = Math.max(end, p.x + p.width);
  }
  const sizes = group.map((p) => p.size).sort((a, b) => a - b);
  const written = group.filter((p) => p.str.trim() !== '');
  return {
    text: cleanText(text).replace(/\s+/g, ' ').trim(),
    font: written.every((p) => p.font === written[0]!.font) ? written[0]!.font : '',
    left: group[0]!.x,
    right: end,
    y: group[0]!.y,
    size: sizes[Math.floor(sizes.length / 2)]!,
    page,
  };
}

/** Lines → paragraphs: see the comment at the top. Margins are measured per page from its lines. */
function joinLines(lines: Line[]): RawParagraph[] {
  const margins = new Map<number, { left: number; right: number }>();
  for (const page of new Set(lines.map((l) => l.page))) {
    const onPage = lines.filter((l) => l.page === page);
    margins.set(page, { left: percentile(onPage.map((l) => l.left), 0.1), right: percentile(onPage.map((l) => l.right), 0.9) });
  }
  const full = (l: Line) => {
    const m = margins.get(l.page)!;
    return l.right >= m.right - l.size * 1.5 && l.left <= m.left + l.size * 3;
  };
  // Centred in the page or in a column: not starting at the margin (a wide line of the header's left
  // column may start a few points from it).
  const centredIn = (l: Line) => l.left > margins.get(l.page)!.left + 2;
  const isCaps = (t: string) => /\p{L}/u.test(t) && t.toLocaleUpperCase('vi') === t;
  type Para = RawParagraph & { last: Line };
  const out: Para[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const m = margins.get(line.page)!;
    const label = parseNumberingLabel(line.text) !== null;
    const below = (above: Line) => above.page !== line.page || above.y - line.y < line.size * 1.9;
    const sameSize = (above: Line) => Math.abs(above.size - line.size) < 0.6;
    // A centred line goes on a centred paragraph just above it on the same axis, in the same font,
    // size and case: a long name or summary broken over lines. Columns interleave their lines
    // (left, right, left…), so the few paragraphs just before are looked at, not only the last.
    // The superior body (regular) and the issuing body (bold), the type line (capitals) and the
    // summary differ in font or case and stay apart.
    const centredOn =
      label || !centredIn(line) || line.font === ''
        ? undefined
        : out
            .slice(-4)
            .reverse()
            .find((p) => {
              const a = p.last;
              return a.page === line.page && !full(a) && centredIn(a) && a.font === line.font && sameSize(a) && a.y - line.y > 0 && below(a) && isCaps(a.text) === isCaps(line.text) && Math.abs(a.left + a.right - line.left - line.right) < line.size * 1.5;
            });
    const last = out.at(-1);
    if (centredOn) {
      centredOn.text = `${centredOn.text} ${line.text}`;
      centredOn.last = line;
    } else if (last && previous && full(previous) && !(line.left > m.left + line.size * 0.8) && sameSize(previous) && below(previous) && !label) {
      // Justified text: the line above ran to the margin and this one is not indented.
      // Vietnamese is not hyphenated at line ends: a trailing "-" is a real dash ("chính trị - xã hội").
      last.text = `${last.text} ${line.text}`;
      last.last = line;
      last.align = 'both';
    } else {
      const centred = Math.abs(line.left - m.left - (m.right - line.right)) < line.size * 2 && line.left > m.left + line.size * 2;
      out.push({ text: line.text, page: line.page, align: centred ? 'center' : 'left', last: line });
    }
    previous = line;
  }
  return out.map(({ last: _last, ...p }) => p);
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
