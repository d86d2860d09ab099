import { FootnoteReferenceRun, type ParagraphChild } from 'docx';
import { cleanText } from '../text/clean-text';
import type { Run } from '../render/layout-types';
import { ptToHalfPoints } from './docx-units';
import { runProps } from './look-diff';
import { type PlainRunProps, type RunPiece, plainRun } from './plain-run';
import type { Look } from './style-sheet';

/**
 * A paragraph's layout runs → docx runs. The font is not set here: it comes from the document
 * defaults, so every run is Times New Roman. Size, bold, italic and underline are written only
 * where the run differs from `style`, the look its paragraph's style gives it (a bold word in body
 * text is bold directly; a heading's bold comes from "Đề mục n"). Neighbouring runs that end up
 * with the same properties (a live reference inside plain text, a number-symbol) are written as
 * one <w:r>: Word shows the same thing and the file is smaller and quicker to write.
 *
 * Text goes through cleanText (NFC, no XML-invalid characters) once more although layoutPlan
 * cleans the plan first: the layout's own changes can undo NFC (capitals: "i̲̇" upper-cased is
 * "İ̲", which NFC writes "İ̲"). It is remembered by text, so this costs a look-up. A newline becomes a line break,
 * since Word ignores a raw newline inside w:t: the layout writes its own line breaks (balanced
 * summary, long body names) as newlines.
 * A noBreak run (a number-symbol) writes its hyphens as <w:noBreakHyphen/>: Word and Writer never
 * break there, and a PDF printed from it still reads "71-NQ/TW" with an ordinary hyphen.
 * A footnote reference is its own run (the footnote's mark).
 */
export function textRuns(runs: readonly Run[], style: Look): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let pieces: RunPiece[] = [];
  let props: PlainRunProps = {};
  let propsKey: string | null = null;
  const flush = () => {
    if (pieces.length > 0) out.push(plainRun(pieces, props));
    pieces = [];
    propsKey = null;
  };
  for (const run of runs) {
    if (run.footnote !== undefined) {
      flush();
      out.push(new FootnoteReferenceRun(run.footnote));
      continue;
    }
    const look = { sizeHalfPt: ptToHalfPoints(run.sizePt), bold: run.bold === true, italic: run.italic === true, underline: run.underline === true };
    // Runs that look the same write the same properties (each is the style's value or written).
    const key = `${look.sizeHalfPt}|${look.bold}|${look.italic}|${look.underline}`;
    if (key !== propsKey) {
      flush();
      props = runProps(look, style);
      propsKey = key;
    }
    addPieces(pieces, cleanText(run.text), run.noBreak === true);
  }
  flush();
  return out;
}

function addPieces(pieces: RunPiece[], text: string, noBreak: boolean): void {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i > 0) pieces.push({ lineBreak: true });
    if (!noBreak || !line.includes('-')) {
      if (line !== '') pieces.push(line);
      return;
    }
    line.split('-').forEach((part, k) => {
      if (k > 0) pieces.push({ noBreakHyphen: true });
      if (part !== '') pieces.push(part);
    });
  });
}
