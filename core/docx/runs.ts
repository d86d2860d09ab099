import { NoBreakHyphen, TextRun } from 'docx';
import { cleanText } from '../text/clean-text';
import type { Run } from '../render/layout-types';
import { ptToHalfPoints } from './docx-units';
import { runProps } from './look-diff';
import type { Look } from './style-sheet';

/**
 * One layout run → docx runs. The font is not set here: it comes from the document defaults, so
 * every run is Times New Roman. Size, bold, italic and underline are written only where the run
 * differs from `style`, the look its paragraph's style gives it (a bold word in body text is bold
 * directly; a heading's bold comes from "Đề mục n").
 * Text goes through cleanText (NFC, no XML-invalid characters) and a newline becomes a line break,
 * since Word ignores a raw newline inside w:t: the layout writes its own line breaks (balanced
 * summary, long body names) as newlines.
 * A noBreak run (a number-symbol) writes its hyphens as <w:noBreakHyphen/>: Word and Writer never
 * break there, and a PDF printed from it still reads "71-NQ/TW" with an ordinary hyphen.
 */
export function textRuns(run: Run, style: Look): TextRun[] {
  const lines = cleanText(run.text).split('\n');
  const props = runProps(
    { sizeHalfPt: ptToHalfPoints(run.sizePt), bold: run.bold === true, italic: run.italic === true, underline: run.underline === true },
    style,
  );
  return lines.map((line, i) => {
    const options = { ...props, ...(i > 0 ? { break: 1 } : {}) };
    if (!run.noBreak || !line.includes('-')) return new TextRun({ text: line, ...options });
    const parts = line.split('-');
    const children = parts.flatMap((part, k) => (k === 0 ? [part] : [new NoBreakHyphen(), part])).filter((c) => c !== '');
    return new TextRun({ ...options, children });
  });
}
