import { AlignmentType, Paragraph, type Table, TextRun, VerticalMergeType } from 'docx';
import type { LaidOutDocument, Para, RecipientGroupLayout } from '../render/layout-types';
import { textWidthMm } from '../text/measure';
import { borderlessTable, cell } from './borderless-table';
import { mmToTwips, ptToHalfPoints, ptToTwips } from './docx-units';
import { twoColumns } from './geometry';
import { paragraphFromPara } from './paragraph';
import { textRuns } from './runs';
import type { Look, StyleSheet } from './style-sheet';

/**
 * The closing block: Nơi nhận on the left, the signature on the right, in one borderless table.
 * When a recipient group shows its purpose once with a right brace, the left side is split into
 * three grid columns (lines | brace | purpose) and the brace and purpose cells are merged down
 * the group's rows, so the brace spans exactly the group's lines.
 */

/** Height of a "}" glyph in Times New Roman relative to its font size (bbox −0.18 … +0.68 em, plus side bearing). */
const BRACE_GLYPH_EM = 0.9;
/** Width of the brace column. A tall brace is condensed (w:w) to this width, like a hand-drawn one. */
const BRACE_COLUMN_MM = 3;
const BRACE_ADVANCE_MM = 2.4;

const isBraced = (g: RecipientGroupLayout): boolean => g.display === 'brace' && g.purpose !== '' && g.lines.length > 0;

/** Line height of a paragraph in pt (what its line rule gives one line of its text). */
function lineHeightPt(p: Para): number {
  if (p.line.rule === 'multiple') return p.sizePt * 1.15 * p.line.value;
  return Math.max(p.line.value, p.line.rule === 'atLeast' ? p.sizePt * 1.15 : 0);
}

/** Height a recipient line takes in a column of the given width, counting wrapped lines. */
function paraHeightPt(p: Para, columnMm: number): number {
  const text = p.runs.map((r) => r.text).join('');
  const lines = Math.max(1, Math.ceil(textWidthMm(text, p.sizePt) / Math.max(columnMm, 1)));
  return lines * lineHeightPt(p) + p.spaceBeforePt + p.spaceAfterPt;
}

function braceParagraph(heightPt: number): Paragraph {
  const sizePt = Math.max(8, Math.round(heightPt / BRACE_GLYPH_EM));
  const scale = Math.max(10, Math.min(100, Math.round((100 * BRACE_ADVANCE_MM) / textWidthMm('}', sizePt))));
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    keepNext: true,
    spacing: { before: 0, after: 0, line: ptToTwips(heightPt), lineRule: 'exact' },
    run: { size: ptToHalfPoints(sizePt) },
    children: [new TextRun({ text: '}', size: ptToHalfPoints(sizePt), scale })],
  });
}

function purposeParagraph(purpose: string, sizePt: number, normal: Look): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    keepNext: true,
    spacing: { before: 0, after: 0 },
    // A hair of space between the brace and "(để b/c)".
    indent: { left: mmToTwips(PURPOSE_INDENT_MM) },
    // The layout broke a long purpose into lines ("\n" → <w:br/>).
    children: textRuns([{ text: purpose, sizePt }], normal),
  });
}

const PURPOSE_INDENT_MM = 0.8;
/** Recipient lines keep at least this much of the left column, whatever the purpose. */
const MIN_LINES_MM = 20;

/**
 * The closing block never breaks across pages: the layout marks every paragraph but the archive
 * line keep-with-next, which Word and LibreOffice honour inside a table too, and rows cannot split.
 */
export function closingTable(
  laidOut: LaidOutDocument,
  sheet: StyleSheet,
  // The comparison DOCX writes some paragraphs with tracked changes; the export uses the plain one.
  makePara: (p: Para, columnWidthMm: number) => Paragraph = (p, w) => paragraphFromPara(p, w, sheet),
): Table | null {
  const closing = laidOut.closing;
  const cols = twoColumns(laidOut, closing.leftWidthPct);
  const signature = closing.signature.map((p) => makePara(p, cols.right.mm));
  const braced = closing.groups.filter(isBraced);

  if (braced.length === 0) {
    const left = [closing.noiNhan, ...closing.groups.flatMap((g) => g.lines), closing.archive];
    return borderlessTable(
      [[
        cell({ children: left.map((p) => makePara(p, cols.left.mm)), widthTwips: cols.left.twips }),
        cell({ children: signature, widthTwips: cols.right.twips }),
      ]],
      [cols.left.twips, cols.right.twips],
    );
  }

  // Grid: recipient lines | brace | purpose | signature. The purpose column is the layout's
  // (capped, the purpose broken into lines); the lines keep the rest, never less than MIN_LINES_MM.
  const recipientSize = braced[0]?.lines[0]?.sizePt ?? 12;
  const wantedMm = closing.purposeWidthMm ?? Math.max(...braced.map((g) => textWidthMm(g.purpose, recipientSize))) + 1;
  const purposeMm = Math.min(wantedMm + PURPOSE_INDENT_MM, cols.left.mm - BRACE_COLUMN_MM - MIN_LINES_MM);
  const linesMm = cols.left.mm - purposeMm - BRACE_COLUMN_MM;
  const groupHeights = new Map(braced.map((g) => [g, g.lines.reduce((h, p) => h + paraHeightPt(p, linesMm), 0)]));
  const widths = [mmToTwips(linesMm), mmToTwips(BRACE_COLUMN_MM), 0, cols.right.twips];
  widths[2] = cols.left.twips - (widths[0] ?? 0) - (widths[1] ?? 0);
  const [linesTw, braceTw, purposeTw, signatureTw] = widths as [number, number, number, number];
  const leftTw = cols.left.twips;

  const sigContinue = () => cell({ children: [], widthTwips: signatureTw, verticalMerge: VerticalMergeType.CONTINUE });
  const fullLine = (p: Para) => [
    cell({ children: [makePara(p, cols.left.mm)], widthTwips: leftTw, columnSpan: 3 }),
    sigContinue(),
  ];

  const rows = [[
    cell({ children: [makePara(closing.noiNhan, cols.left.mm)], widthTwips: leftTw, columnSpan: 3 }),
    cell({ children: signature, widthTwips: signatureTw, verticalMerge: VerticalMergeType.RESTART }),
  ]];
  for (const group of closing.groups) {
    if (!isBraced(group)) {
      rows.push(...group.lines.map(fullLine));
      continue;
    }
    const height = groupHeights.get(group) ?? 0;
    group.lines.forEach((p, i) => {
      const first = i === 0;
      const merge = first ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE;
      rows.push([
        cell({ children: [makePara(p, linesMm)], widthTwips: linesTw }),
        cell({ children: first ? [braceParagraph(height)] : [], widthTwips: braceTw, verticalMerge: merge, verticalAlign: 'center' }),
        cell({
          children: first ? [purposeParagraph(group.purpose, p.sizePt, sheet.normal)] : [],
          widthTwips: purposeTw,
          verticalMerge: merge,
          verticalAlign: 'center',
        }),
        sigContinue(),
      ]);
    });
  }
  rows.push(fullLine(closing.archive));
  return borderlessTable(rows, widths);
}
