import { Document, type ISectionOptions, type Paragraph, type Table } from 'docx';
import { diffPlans } from '../../diff/diff-plans';
import type { ComparePair, DiffOptions, ParagraphChange, PartDiff, PlanDiff } from '../../diff/types';
import { layoutPlan } from '../../render/layout';
import { appendixSection } from '../appendix-sections';
import { closingTable } from '../closing-table';
import { documentStyles } from '../document-styles';
import { textAreaWidth } from '../geometry';
import { headerTable } from '../header-table';
import { packDocx } from '../pack-docx';
import { firstPageHeader, pageNumberHeader } from '../page-headers';
import { pageSetup } from '../page-setup';
import { paragraphFromPara } from '../paragraph';
import { BODY_ID, headingId, styleSheet } from '../style-sheet';
import { type Revision, trackedParagraph } from './tracked-paragraph';
import { trackedTable } from './tracked-table';
import { type MakePara, closingParas, headerParas, sameClosingShape, sameText, trackedParaMaker } from './tracked-tables';
import type { Para } from '../../render/layout-types';

export interface ComparisonDocxOptions {
  /** Shown by Word as the author of every change ("Phòng Tổng hợp", the clerk's name). */
  author: string;
  date: Date;
  /** The comparison already made (the compare view has it); made here when absent. */
  diff?: PlanDiff;
  diffOptions?: DiffOptions;
}

/** The named style a compared paragraph is written with: the one the export gives that kind of paragraph. */
function styleOf(part: PartDiff, change: ParagraphChange, index: number): string {
  switch (part.kind) {
    case 'header':
      return 'IssuingBody';
    case 'summary':
      return index === 0 ? 'DocumentType' : 'Summary';
    case 'recipients':
      return index === 0 ? 'NoiNhan' : 'Recipient';
    case 'signature':
      return 'SignerPosition';
    case 'appendix':
      return change.role === 'heading' ? 'AppendixTitle' : change.role === 'table-row' ? 'TableText' : index === 1 ? 'AppendixAttach' : BODY_ID;
    default:
      return change.role === 'heading' ? headingId(Math.min(Math.max(change.level ?? 1, 1), 9)) : BODY_ID;
  }
}

const hasChange = (part: PartDiff | undefined): boolean => part !== undefined && part.paragraphs.some((c) => c.kind !== 'same');

/**
 * The comparison of two plans as a Word file a reviewer can go through change by change: the new
 * plan's format profile (page, margins, fonts, named paragraph styles, page numbers, as its own
 * export), its body carrying every change as a tracked change (w:ins / w:del with author and date),
 * so "Accept All" gives the new plan's text and "Reject All" the old one's.
 *
 * The header block and the closing block are the new plan's own tables; a changed line in them
 * (the number, the date, a recipient, the signer) is tracked in place (tracked-tables.ts). Only
 * when a block changed shape (a line added or removed) is it written as tracked paragraphs, so
 * that no change is lost.
 */
export async function buildComparisonDocx(pair: ComparePair, options: ComparisonDocxOptions): Promise<Uint8Array> {
  const diff = options.diff ?? diffPlans(pair.old, pair.new, options.diffOptions);
  const laidOut = layoutPlan(pair.new);
  const sheet = styleSheet(laidOut);
  let id = 0;
  const rev: Revision = { author: options.author, date: options.date.toISOString().replace(/\.\d{3}Z$/, 'Z'), nextId: () => ++id };
  const partOf = (kind: PartDiff['kind']): PartDiff[] => diff.parts.filter((p) => p.kind === kind);
  const textWidthMm = textAreaWidth(laidOut).mm;
  // Consecutive table rows become one Word table; everything else a paragraph.
  const paragraphsOf = (parts: PartDiff[], pageBreakFirst = false, widthMm = textWidthMm): Array<Paragraph | Table> =>
    parts.flatMap((part) => {
      const out: Array<Paragraph | Table> = [];
      let rows: ParagraphChange[] = [];
      const flush = (): void => {
        if (rows.length) out.push(trackedTable(rows, laidOut, sheet, rev, widthMm, options.diffOptions));
        rows = [];
      };
      part.paragraphs.forEach((change, i) => {
        if (change.role === 'table-row' && change.row) {
          rows.push(change);
          return;
        }
        flush();
        out.push(trackedParagraph(change, styleOf(part, change, i), rev, { pageBreakBefore: pageBreakFirst && out.length === 0 }));
      });
      flush();
      return out;
    });

  // Header and closing: the new plan's tables, with changes tracked line by line when the two
  // blocks have the same shape; when they differ in shape (a line added or removed), the compared
  // paragraphs of those parts, so no change is lost.
  const oldLaid = layoutPlan(pair.old);
  const block = (oldParas: Para[], newParas: Para[], sameShape: boolean, parts: PartDiff[], table: (make?: MakePara) => Table | null): Array<Paragraph | Table> => {
    const plain = (): Array<Paragraph | Table> => [table()].filter((t): t is Table => t !== null);
    if (sameText(oldParas, newParas)) return parts.some(hasChange) ? paragraphsOf(parts) : plain();
    const make = sameShape ? trackedParaMaker(oldParas, newParas, sheet, rev, options.diffOptions) : null;
    if (make) return [table(make)].filter((t): t is Table => t !== null);
    return parts.some(hasChange) ? paragraphsOf(parts) : plain();
  };
  const headerBlock = block(headerParas(oldLaid), headerParas(laidOut), true, partOf('header'), (make) => headerTable(laidOut, sheet, make));
  const closingBlock = block(
    closingParas(oldLaid),
    closingParas(laidOut),
    sameClosingShape(oldLaid, laidOut),
    [...partOf('recipients'), ...partOf('signature')],
    (make) => closingTable(laidOut, sheet, make),
  );
  // Each Phụ lục on pages of its own, portrait or landscape as the new plan has it (as the export).
  const appendices = diff.parts
    .filter((p) => p.kind === 'appendix')
    .map((part): ISectionOptions => {
      const laid = laidOut.appendices?.find((a) => a.id === part.appendixId);
      const landscape = laid?.orientation === 'landscape';
      const widthMm = landscape ? laidOut.page.heightMm - laidOut.page.leftMm - laidOut.page.rightMm : textWidthMm;
      // "PHỤ LỤC" / "PHỤ LỤC II": numbered by the layout, printed as the export prints it.
      const label = (laid?.paras ?? []).filter((p) => p.kind === 'appendix-label').map((p) => paragraphFromPara(p, widthMm, sheet));
      return appendixSection(laidOut, landscape, [...label, ...paragraphsOf([part], false, widthMm)]);
    });

  // The rule (or five hyphens) under the summary: layout, not text, so it is never a change.
  const summaryRule = laidOut.front.filter((p) => p.kind === 'rule' || p.kind === 'hyphens').map((p) => paragraphFromPara(p, textWidthMm, sheet));
  const children: Array<Paragraph | Table> = [
    ...headerBlock,
    ...paragraphsOf(partOf('summary')),
    ...summaryRule,
    ...paragraphsOf(diff.parts.filter((p) => p.kind === 'opening' || p.kind === 'section')),
    ...closingBlock,
  ];
  const doc = new Document({
    creator: options.author,
    title: `So sánh ${pair.oldLabel} với ${pair.newLabel}`,
    styles: documentStyles(laidOut, sheet),
    features: { trackRevisions: true },
    sections: [
      {
        properties: pageSetup(laidOut),
        headers: { default: pageNumberHeader(laidOut), first: firstPageHeader(laidOut, sheet) },
        children,
      },
      ...appendices,
    ],
  });
  return packDocx(doc, { mirrorMargins: laidOut.page.mirrorMargins });
}
