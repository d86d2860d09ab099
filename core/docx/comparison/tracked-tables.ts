import { DeletedTextRun, InsertedTextRun, NoBreakHyphen, type Paragraph, type ParagraphChild, TextRun } from 'docx';
import { diffText } from '../../diff/diff-text';
import type { DiffOptions, DiffPiece } from '../../diff/types';
import type { LaidOutDocument, Para } from '../../render/layout-types';
import { ptToHalfPoints } from '../docx-units';
import { runProps } from '../look-diff';
import { paragraphFromPara } from '../paragraph';
import { type StyleSheet, styleLook } from '../style-sheet';
import type { Revision } from './tracked-paragraph';

/**
 * The header and closing blocks of the comparison keep the new plan's tables (two columns, the
 * brace over a recipient group) with the changes tracked inside them, when both plans' blocks have
 * the same shape: the same kinds of lines in the same order, so each line of the new block has its
 * old counterpart. Each line is then compared as printed (the layout's own text, caps and line
 * breaks included), so accepting every change prints the new block and rejecting every change
 * the old one.
 */
export type MakePara = (p: Para, columnWidthMm: number) => Paragraph;

const paraText = (p: Para): string => p.runs.filter((r) => r.footnote === undefined).map((r) => r.text).join('');

export const headerParas = (laid: LaidOutDocument): Para[] => laid.header.rows.flatMap((r) => [...r.left, ...r.right]);

export function closingParas(laid: LaidOutDocument): Para[] {
  const c = laid.closing;
  return [c.noiNhan, ...c.groups.flatMap((g) => g.lines), c.archive, ...c.signature];
}

/** The closing blocks have the same shape: groups shown alike, same purposes, same number of lines. */
export function sameClosingShape(a: LaidOutDocument, b: LaidOutDocument): boolean {
  const ga = a.closing.groups;
  const gb = b.closing.groups;
  return ga.length === gb.length && ga.every((g, i) => g.display === gb[i]!.display && g.purpose === gb[i]!.purpose && g.lines.length === gb[i]!.lines.length);
}

/** True when every line of the two blocks prints the same. */
export const sameText = (oldParas: Para[], newParas: Para[]): boolean =>
  oldParas.length === newParas.length && oldParas.every((p, i) => paraText(p) === paraText(newParas[i]!));

/** A paragraph maker that tracks each line's changes, or null when the blocks differ in shape. */
export function trackedParaMaker(oldParas: Para[], newParas: Para[], sheet: StyleSheet, rev: Revision, options?: DiffOptions): MakePara | null {
  if (oldParas.length !== newParas.length || oldParas.some((p, i) => p.kind !== newParas[i]!.kind)) return null;
  const counterpart = new Map(newParas.map((p, i) => [p, oldParas[i]!]));
  return (p, width) => {
    const old = counterpart.get(p);
    if (!old || paraText(old) === paraText(p)) return paragraphFromPara(p, width, sheet);
    return paragraphFromPara(p, width, sheet, trackedRuns(diffText(paraText(old), paraText(p), options), p, sheet, rev));
  };
}

/** Pieces as runs in the paragraph's own look (its first run's size and weight); a layout line break stays a break. */
function trackedRuns(pieces: DiffPiece[], para: Para, sheet: StyleSheet, rev: Revision): ParagraphChild[] {
  const first = para.runs.find((r) => r.text !== '') ?? para.runs[0];
  const props = first
    ? runProps({ sizeHalfPt: ptToHalfPoints(first.sizePt), bold: first.bold === true, italic: first.italic === true, underline: first.underline === true }, styleLook(sheet, para))
    : {};
  // A number symbol never breaks across lines in the export (non-breaking hyphens): neither here,
  // in the kept and inserted text (deleted text is not laid out once accepted).
  const noBreak = para.runs.some((r) => r.noBreak);
  const out: ParagraphChild[] = [];
  for (const piece of pieces) {
    piece.text.split('\n').forEach((line, i) => {
      if (line === '' && i === 0) return;
      const breakBefore = i > 0 ? { break: 1 } : {};
      const content = noBreak && piece.op !== 'delete' && /\S-\S/.test(line) ? { children: withNoBreakHyphens(line) } : { text: line };
      const options = { ...content, ...props, ...breakBefore };
      const meta = { id: rev.nextId(), author: rev.author, date: rev.date };
      out.push(piece.op === 'same' ? new TextRun(options) : piece.op === 'insert' ? new InsertedTextRun({ ...options, ...meta }) : new DeletedTextRun({ text: line, ...props, ...breakBefore, ...meta }));
    });
  }
  return out;
}

function withNoBreakHyphens(line: string): Array<string | NoBreakHyphen> {
  return line.split('-').flatMap((part, k) => (k === 0 ? [part] : [new NoBreakHyphen(), part])).filter((c) => c !== '');
}
