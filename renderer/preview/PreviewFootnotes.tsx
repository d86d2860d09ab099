import type { LaidOutDocument, LaidOutFootnote, Para, Run } from '../../core/render/layout-types';
import type { MeasuredBlock } from './paginate';
import { PX_PER_MM } from '../state/fit-scale';
import { paraStyle, runStyle } from './para-style';

/**
 * Footnotes in the preview, as Word prints them: the reference mark superscript in the text, and
 * at the foot of the page that holds it a short separator line, then each footnote's number
 * (superscript) and text in the footnote size. paginate.ts reserves their room.
 */

/** Word's footnote separator: a line about 2 inches long, in a paragraph of the document's single line. */
const SEPARATOR_WIDTH_MM = 50.8;

/**
 * Room the separator takes between the text and the first footnote. LibreOffice (the PDF the app
 * prints and the tests read) draws the line in the gap between the last text line and the first
 * footnote line and adds almost nothing: measured on its PDF (pdftotext -bbox), the footnote lines
 * follow the text's last line box within about 1 mm. (Word instead gives its separator paragraph a
 * single line at the body size, about 5.7 mm, so Word may send a line more to the next page.)
 */
export const SEPARATOR_MM = 1;
export const separatorMm = (_doc: LaidOutDocument): number => SEPARATOR_MM;

/** A reference mark in the text: superscript, never changing the line's height. */
export function FootnoteRef({ run }: { run: Run }) {
  return (
    <sup data-testid="preview-footnote-ref" data-footnote={run.footnote} style={{ ...runStyle(run), fontSize: `${run.sizePt * 0.65}pt`, verticalAlign: 'super', lineHeight: 0 }}>
      {run.text}
    </sup>
  );
}

/** The footnotes a paragraph refers to, in order. */
export function notesOfPara(para: Para, doc: LaidOutDocument): LaidOutFootnote[] {
  if (!doc.footnotes) return [];
  const numbers = para.runs.flatMap((r) => (r.footnote === undefined ? [] : [r.footnote]));
  return numbers.flatMap((n) => doc.footnotes!.filter((f) => f.number === n));
}

/** One footnote: its number superscript, then its text. */
export function FootnotePara({ note }: { note: LaidOutFootnote }) {
  const p = note.para;
  return (
    <p data-testid="preview-footnote" data-footnote={note.number} style={paraStyle(p)}>
      <sup style={{ fontSize: `${p.sizePt * 0.65}pt`, verticalAlign: 'super', lineHeight: 0 }}>{note.number}</sup>
      {p.runs.map((r, i) => (
        <span key={i} style={runStyle(r)}>{r.text}</span>
      ))}
    </p>
  );
}

/** The footnote area at the foot of a page's text area. */
export function FootnoteArea({ notes, doc }: { notes: LaidOutFootnote[]; doc: LaidOutDocument }) {
  if (notes.length === 0) return null;
  return (
    <div data-testid="preview-footnotes" style={{ position: 'absolute', left: 0, right: 0, bottom: 0 }}>
      <div style={{ height: `${separatorMm(doc)}mm`, position: 'relative' }}>
        <div style={{ position: 'absolute', left: 0, bottom: 0, width: `${SEPARATOR_WIDTH_MM}mm`, borderTop: '0.5pt solid #000' }} />
      </div>
      {notes.map((n) => (
        <FootnotePara key={n.number} note={n} />
      ))}
    </div>
  );
}

/** The footnotes a paragraph refers to, drawn (hidden) beside it in the measurer so their heights can be read. */
export function MeasuredNotes({ notes }: { notes: LaidOutFootnote[] }) {
  return (
    <div data-notes>
      {notes.map((n) => (
        <FootnotePara key={n.number} note={n} />
      ))}
    </div>
  );
}

/**
 * Where each reference mark of a measured paragraph falls (its line) and how tall each of its
 * footnotes is, read from the paragraph element and the footnotes drawn after it.
 */
export function measureNotes(paraEl: HTMLElement, notesEl: Element | null, lineMm: number, padTopMm: number, lines: number): MeasuredBlock['notes'] {
  const top = paraEl.getBoundingClientRect().top;
  const refs = [...paraEl.querySelectorAll<HTMLElement>('[data-testid="preview-footnote-ref"]')];
  const heights = notesEl ? [...notesEl.children].map((el) => el.getBoundingClientRect().height / PX_PER_MM) : [];
  return refs.map((ref, i) => {
    const r = ref.getBoundingClientRect();
    const middle = ((r.top + r.bottom) / 2 - top) / PX_PER_MM;
    const line = Math.min(lines - 1, Math.max(0, Math.floor((middle - padTopMm) / lineMm)));
    return { line, heightMm: heights[i] ?? 0 };
  });
}
