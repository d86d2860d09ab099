import { TextRun, UnderlineType } from 'docx';
import { cleanText } from '../text/clean-text';
import type { Run } from '../render/layout-types';
import { ptToHalfPoints } from './docx-units';

/**
 * One layout run → docx runs. The font is not set here: it comes from the document defaults, so
 * every run is Times New Roman. Text goes through cleanText (NFC, no XML-invalid characters) and
 * a newline becomes a line break, since Word ignores a raw newline inside w:t.
 */
export function textRuns(run: Run): TextRun[] {
  const lines = cleanText(run.text).split('\n');
  return lines.map(
    (line, i) =>
      new TextRun({
        text: line,
        size: ptToHalfPoints(run.sizePt),
        ...(run.bold ? { bold: true } : {}),
        ...(run.italic ? { italics: true } : {}),
        ...(run.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
}
