import { NoBreakHyphen, TextRun, UnderlineType } from 'docx';
import { cleanText } from '../text/clean-text';
import type { Run } from '../render/layout-types';
import { ptToHalfPoints } from './docx-units';

/**
 * One layout run → docx runs. The font is not set here: it comes from the document defaults, so
 * every run is Times New Roman. Text goes through cleanText (NFC, no XML-invalid characters) and
 * a newline becomes a line break, since Word ignores a raw newline inside w:t: the layout writes
 * its own line breaks (balanced summary, long body names) as newlines.
 * A noBreak run (a number-symbol) writes its hyphens as <w:noBreakHyphen/>: Word and Writer never
 * break there, and a PDF printed from it still reads "71-NQ/TW" with an ordinary hyphen.
 */
export function textRuns(run: Run): TextRun[] {
  const lines = cleanText(run.text).split('\n');
  return lines.map((line, i) => {
    const style = {
      size: ptToHalfPoints(run.sizePt),
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(run.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
      ...(i > 0 ? { break: 1 } : {}),
    };
    if (!run.noBreak || !line.includes('-')) return new TextRun({ text: line, ...style });
    const parts = line.split('-');
    const children = parts.flatMap((part, k) => (k === 0 ? [part] : [new NoBreakHyphen(), part])).filter((c) => c !== '');
    return new TextRun({ ...style, children });
  });
}
