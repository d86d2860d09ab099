import { type BlockElement, type InlineNode, isFootnote, isRef } from '../model/inline';
import type { Plan, Section } from '../model/plan';
import { columnFractions, normalizeTable } from '../model/table';
import { formatDateLine } from '../citation/dates';
import { formatPlanNumberLine } from '../citation/numbers';
import { computeSectionNumbers, effectiveLevels, toRoman } from '../render/numbering';
import { type RefResolver, createRefResolver } from '../render/resolve';
import type { ParagraphRole, PartDiff } from './types';

/**
 * A plan as the comparison reads it: its parts (header facts, summary, opening, each top-level
 * section, recipients, signature, each appendix), each a list of paragraphs as shown, live
 * references resolved against the plan itself (core/render/resolve.ts), in document order so a
 * short name is introduced where the export introduces it.
 */

/** A stretch of a paragraph's text; `ref` names the live reference it shows ("citation.date@cv-32"). */
export interface TextSeg {
  text: string;
  ref?: string;
}

export interface TextItem {
  text: string;
  segs: TextSeg[];
  role: ParagraphRole;
  level?: number;
  /** A table row's cells (a cell's own lines joined by a space), whether it is a header row, and its table's column widths. */
  row?: { cells: string[]; header: boolean; widths: number[] };
}

export interface PlanPart {
  kind: NonNullable<PartDiff['kind']>;
  label: string;
  /** Section or appendix id, for matching the parts of two plans. */
  id?: string;
  /** The section's or appendix's title, for matching when ids differ. */
  title?: string;
  items: TextItem[];
}

/** "citation.date@cv-32": a reference's field and the document it targets (none = the first base). */
export const refKey = (field: string, target: string | undefined): string => (target ? `${field}@${target}` : field);

const item = (segs: TextSeg[], role: ParagraphRole, level?: number): TextItem => {
  const clean = segs.map((s) => ({ ...s, text: s.text.normalize('NFC') })).filter((s) => s.text !== '' || s.ref);
  return { text: clean.map((s) => s.text).join(''), segs: clean, role, ...(level !== undefined ? { level } : {}) };
};
const line = (text: string, role: ParagraphRole = 'line'): TextItem => item([{ text }], role);

function inlineSegs(nodes: InlineNode[], resolver: RefResolver, summary: boolean): TextSeg[] {
  // resolveRefs walks the paragraph exactly as the export does (one call per paragraph, in order).
  const values = resolver.resolveRefs(nodes, summary);
  let k = 0;
  const segs: TextSeg[] = [];
  for (const node of nodes) {
    if (isRef(node)) segs.push({ text: values[k++] ?? '', ref: refKey(node.field, node.target) });
    else if (!isFootnote(node)) segs.push({ text: node.text });
  }
  return segs;
}

function blockItems(block: BlockElement, resolver: RefResolver): TextItem[] {
  // A row reads as its cells in order; a cell's own paragraphs run on (the compare view and the
  // comparison DOCX show a row as one line).
  if (block.type === 'table') {
    const table = normalizeTable(block);
    const widths = columnFractions(table);
    const header = table.headerRows ?? 1;
    return table.rows.map((row, r) => {
      const cells = row.map((cell) => cell.normalize('NFC').replace(/\s*\n\s*/g, ' '));
      return { ...line(cells.join(' | '), 'table-row'), row: { cells, header: r < header, widths } };
    });
  }
  const segs = inlineSegs(block.children, resolver, false);
  if (block.type === 'bullet') return [item([{ text: `${block.marker} ` }, ...segs], 'bullet')];
  return [item(segs, 'body')];
}

const nonEmpty = (items: TextItem[]): TextItem[] => items.filter((i) => i.text.trim() !== '' || i.role === 'table-row');

function sectionItems(section: Section, depth: number, numbers: Map<string, string>, resolver: RefResolver, out: TextItem[]): void {
  const number = numbers.get(section.id) ?? '';
  const heading = [number, section.title.trim()].filter(Boolean).join(' ');
  if (heading) out.push(item([{ text: heading }], 'heading', depth));
  for (const block of section.body) out.push(...nonEmpty(blockItems(block, resolver)));
  for (const child of section.children) sectionItems(child, depth + 1, numbers, resolver, out);
}

export function planParts(plan: Plan): PlanPart[] {
  const resolver = createRefResolver(plan);
  const org = plan.organisation;
  const numbers = computeSectionNumbers(plan.sections, effectiveLevels(plan));
  const parts: PlanPart[] = [];
  parts.push({
    kind: 'header',
    label: 'Số, ngày, cơ quan ban hành',
    items: nonEmpty([
      ...(plan.marks.circulation ? [line(plan.marks.circulation)] : []),
      line(org.superiorBody),
      line(org.issuingBody),
      line(formatPlanNumberLine(plan, org.regime)),
      ...(plan.marks.urgency ? [line(plan.marks.urgency)] : []),
      ...(plan.marks.draftNumber ? [line(`Dự thảo lần ${plan.marks.draftNumber}`)] : []),
      line(formatDateLine(org.placeName, plan.date)),
    ]),
  });
  parts.push({
    kind: 'summary',
    label: 'Trích yếu',
    items: nonEmpty([line(plan.type.toUpperCase()), ...(plan.authorLine ? [line(plan.authorLine)] : []), item(inlineSegs(plan.summary, resolver, true), 'line')]),
  });
  parts.push({ kind: 'opening', label: 'Mở đầu', items: nonEmpty(plan.preamble.flatMap((b) => blockItems(b, resolver))) });
  for (const section of plan.sections) {
    const items: TextItem[] = [];
    sectionItems(section, 1, numbers, resolver, items);
    const number = numbers.get(section.id) ?? '';
    parts.push({ kind: 'section', label: [number, section.title.trim()].filter(Boolean).join(' ') || 'Mục không tên', id: section.id, title: section.title, items });
  }
  const recipients: TextItem[] = [line('Nơi nhận:')];
  for (const group of plan.recipients) {
    for (const it of group.items) recipients.push(line(group.display === 'each-line' && group.purpose ? `- ${it} (${group.purpose})` : `- ${it}`));
    if (group.display === 'brace' && group.purpose) recipients.push(line(group.purpose));
  }
  if (org.archiveLine.trim()) recipients.push(line(`- ${org.archiveLine.trim()}`));
  parts.push({ kind: 'recipients', label: 'Nơi nhận', items: recipients });
  const sig = plan.signature;
  parts.push({ kind: 'signature', label: 'Chữ ký', items: nonEmpty([line(sig.authority), line(sig.position), line(sig.name)]) });
  (plan.appendices ?? []).forEach((appendix, i) => {
    const label = plan.appendices!.length > 1 ? `Phụ lục ${toRoman(i + 1)}` : 'Phụ lục';
    parts.push({
      kind: 'appendix',
      label: appendix.title.trim() ? `${label}: ${appendix.title.trim()}` : label,
      id: appendix.id,
      title: appendix.title,
      items: nonEmpty([
        line(appendix.title, 'heading'),
        item(inlineSegs(appendix.attachLine, resolver, false), 'line'),
        ...appendix.body.flatMap((b) => blockItems(b, resolver)),
      ]),
    });
  });
  return parts;
}

/** The text of a plan as the comparison reads it, part by part (for tests and the DOCX check). */
export const planLines = (plan: Plan): string[] => planParts(plan).flatMap((p) => p.items.map((i) => i.text));
