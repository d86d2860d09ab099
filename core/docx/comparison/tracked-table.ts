import { DeletedTextRun, InsertedTextRun, type Paragraph, type ParagraphChild, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { diffText } from '../../diff/diff-text';
import type { DiffOptions, ParagraphChange } from '../../diff/types';
import { para } from '../../render/layout-para';
import type { LaidOutDocument, Para } from '../../render/layout-types';
import { cleanText } from '../../text/clean-text';
import { mmToTwips, ptToHalfPoints } from '../docx-units';
import { runProps } from '../look-diff';
import { paragraphFromPara } from '../paragraph';
import { type StyleSheet, styleLook } from '../style-sheet';
import { tableFrame } from '../table';
import type { Revision } from './tracked-paragraph';

/**
 * Compared table rows (consecutive 'table-row' changes) as one Word table in the profile's table
 * figures (borders, cell padding, "Chữ trong bảng" / "Tiêu đề cột bảng"), the new table's column
 * widths: a row added or removed is a tracked row insertion or deletion (w:trPr/w:ins, w:del) with
 * its text inserted or deleted, an edited row has each cell compared word by word. Merged cells
 * are drawn one by one (the comparison is of the text).
 */
export function trackedTable(changes: ParagraphChange[], laidOut: LaidOutDocument, sheet: StyleSheet, rev: Revision, widthMm: number, options?: DiffOptions): Table {
  const f = laidOut.profile.table;
  const cols = Math.max(1, ...changes.map((c) => Math.max(c.row?.before?.length ?? 0, c.row?.after?.length ?? 0)));
  const given = changes.find((c) => c.row?.widths?.length === cols)?.row?.widths;
  const fractions = given ? given.map((w) => w / given.reduce((a, b) => a + b, 0)) : Array.from({ length: cols }, () => 1 / cols);
  const widths = fractions.map((x) => mmToTwips(x * widthMm));
  const meta = () => ({ id: rev.nextId(), author: rev.author, date: rev.date });

  const cellPara = (header: boolean): Para =>
    para(header ? 'table-heading' : 'table-cell', [{ text: 'x', sizePt: f.sizePt, ...(header && f.headerBold ? { bold: true } : {}) }], {
      align: header ? f.headerAlign : f.align,
      sizePt: f.sizePt,
      spaceBeforePt: f.spaceBeforePt,
      spaceAfterPt: f.spaceAfterPt,
      line: { ...f.line },
    });

  const leadingHeader = changes.findIndex((c) => !c.row?.header);
  const rows = changes.map((change, r) => {
    const header = change.row?.header === true;
    const p = cellPara(header);
    const props = runProps({ sizeHalfPt: ptToHalfPoints(f.sizePt), bold: header && f.headerBold, italic: false, underline: false }, styleLook(sheet, p));
    const run = (op: 'same' | 'insert' | 'delete', text: string): ParagraphChild => {
      const t = cleanText(text);
      return op === 'same' ? new TextRun({ text: t, ...props }) : op === 'insert' ? new InsertedTextRun({ text: t, ...props, ...meta() }) : new DeletedTextRun({ text: t, ...props, ...meta() });
    };
    const before = change.row?.before ?? [];
    const after = change.row?.after ?? [];
    const whole = change.kind === 'insert' || change.kind === 'move-to' ? 'insert' : change.kind === 'delete' || change.kind === 'move-from' ? 'delete' : null;
    const cellRuns = (c: number): ParagraphChild[] => {
      if (whole === 'insert') return after[c] ? [run('insert', after[c]!)] : [];
      if (whole === 'delete') return before[c] ? [run('delete', before[c]!)] : [];
      if (change.kind === 'same') return after[c] ? [run('same', after[c]!)] : [];
      return diffText(before[c] ?? '', after[c] ?? '', options).filter((piece) => piece.text !== '').map((piece) => run(piece.op, piece.text));
    };
    const cells = Array.from({ length: cols }, (_, c) => {
      const paragraph: Paragraph = paragraphFromPara(p, widthMm * fractions[c]! - 2 * f.cellMarginMm, sheet, cellRuns(c));
      return new TableCell({ children: [paragraph], width: { size: widths[c]!, type: WidthType.DXA } });
    });
    const repeat = header && (leadingHeader === -1 || r < leadingHeader);
    return new TableRow({
      ...(repeat ? { tableHeader: true, cantSplit: true } : {}),
      ...(whole === 'insert' ? { insertion: meta() } : whole === 'delete' ? { deletion: meta() } : {}),
      children: cells,
    });
  });
  return new Table({ ...tableFrame(widths, f.borderPt, f.cellMarginMm), rows });
}
