import type { DocumentRef } from '../../model/document-ref';
import type { InlineNode, RefElement } from '../../model/inline';
import type { ProfileId } from '../../model/organisation';
import type { Plan, PlanType, Section } from '../../model/plan';
import { createRefResolver } from '../../render/resolve';
import { resolveInOrder } from '../../render/resolve-order';
import { applyToneMarks } from '../../text/tone-marks';
import { type BodyItem, buildSectionTree } from './section-tree';
import { bodyLine, oneLine } from './body-items';
import { findHeads } from './citations';
import { DocumentCollector } from './cited-documents';
import { type DocxBlock, type DocxContent, type DocxTable, paragraphText } from './docx-blocks';
import { type ImportNote, note } from './import-notes';
import { readAppendices, tableElement } from './appendices';
import { recogniseOpening } from './opening';
import { readClosing, signatureFromLines } from './plan-closing';
import { readHeader } from './plan-header';
import { keepRefsThatPrintTheSame } from './verify-refs';

/**
 * A Word plan, read as neutral blocks, recognised as a `Plan` the clerk can edit and export under
 * any profile: header facts, type, author line, summary, opening with its bases as live
 * references, the section tree, "-"/"+" items, recipients and signature. Whatever could not be
 * placed is listed in `notes` (and unrecognised paragraphs stay in the plan as text where they
 * were). Pure: the reader (electron/services/open-docx) gives the blocks.
 */
export interface PlanFromDocxOptions {
  /** Documents the office already has (the library): a citation of one of them links to it. */
  library?: DocumentRef[];
  /** Profile to use instead of the one the document's look suggests. */
  profile?: ProfileId;
  /** Id of the new plan. */
  id?: string;
  /** Year for a plan whose date line could not be read (default: this year). */
  fallbackYear?: number;
}

export interface PlanFromDocxResult {
  plan: Plan;
  notes: ImportNote[];
  /** The lines under "Nơi nhận:" as the file has them (the checker reads their end marks and archive line). */
  recipientLines?: string[];
}

const TYPE_LINE = /^(KẾ HOẠCH|CHƯƠNG TRÌNH HÀNH ĐỘNG)$/u;
const SEPARATOR = /^[-–_=*.\s]{3,}$/u;
const NOI_NHAN = /^Nơi nhận/iu;
const AUTHORITY = /^(T\/M|TM\.|K\/T|KT\.)\s/u;

const textOf = (block: DocxBlock): string =>
  block.kind === 'paragraph' ? oneLine(paragraphText(block)) : block.rows.flatMap((r) => r.flatMap((c) => c.blocks.map(textOf))).join(' ');

const cellTexts = (table: DocxTable): string[] => table.rows.flatMap((r) => r.flatMap((c) => c.blocks.map(textOf)));

/** The placement most of the text uses: the one that would change fewer words if applied. */
function countToneMarks(text: string): 'ủy' | 'uỷ' {
  const changes = (convention: 'ủy' | 'uỷ'): number => {
    const after = applyToneMarks(text, convention).split(' ');
    return text.split(' ').filter((w, i) => w !== after[i]).length;
  };
  return changes('ủy') > changes('uỷ') ? 'uỷ' : 'ủy';
}

export function planFromDocx(content: DocxContent, options: PlanFromDocxOptions = {}): PlanFromDocxResult {
  const notes: ImportNote[] = [];
  const blocks = content.blocks;

  // Page 1: header, then the type line.
  const typeAt = blocks.findIndex((b) => b.kind === 'paragraph' && TYPE_LINE.test(textOf(b).toLocaleUpperCase('vi')));
  let type: PlanType = 'Kế hoạch';
  let headerEnd = typeAt;
  if (typeAt < 0) {
    notes.push(note('Không thấy dòng tên loại "KẾ HOẠCH" hoặc "CHƯƠNG TRÌNH HÀNH ĐỘNG"; bản thảo được coi là Kế hoạch.'));
    // No type line: the leading tables are the header, the rest is the body.
    const firstParagraph = blocks.findIndex((b) => b.kind !== 'table');
    headerEnd = firstParagraph < 0 ? blocks.length : firstParagraph;
  } else if (/CHƯƠNG TRÌNH/u.test(textOf(blocks[typeAt]!).toLocaleUpperCase('vi'))) type = 'Chương trình hành động';
  const header = readHeader(blocks.slice(0, headerEnd));
  notes.push(...header.notes);

  // Author line and summary: centred paragraphs under the type, up to the "-----" line.
  let at = typeAt < 0 ? headerEnd : typeAt + 1;
  let authorLine: string | undefined;
  const summaryLines: string[] = [];
  for (; at < blocks.length; at += 1) {
    const block = blocks[at]!;
    if (block.kind !== 'paragraph') break;
    const text = textOf(block);
    if (text === '') continue;
    if (SEPARATOR.test(text)) {
      at += 1;
      break;
    }
    if (block.align !== 'center') break;
    if (summaryLines.length === 0 && authorLine === undefined && /^CỦA\s/u.test(text) && text === text.toLocaleUpperCase('vi')) authorLine = text;
    else summaryLines.push(text);
  }
  if (summaryLines.length === 0) notes.push(note('Không thấy trích yếu (dòng căn giữa dưới tên loại văn bản); hãy nhập trích yếu cho kế hoạch.'));

  // The closing block: the first block from "Nơi nhận" on, or a last table holding a signature.
  let closingAt = blocks.findIndex((b, i) => i >= at && (b.kind === 'paragraph' ? NOI_NHAN.test(textOf(b)) : cellTexts(b).some((t) => NOI_NHAN.test(t))));
  if (closingAt < 0) {
    const lastTable = blocks.map((b, i) => ({ b, i })).reverse().find(({ b }) => b.kind === 'table');
    closingAt = lastTable && lastTable.i >= at && cellTexts(lastTable.b as DocxTable).some((t) => AUTHORITY.test(`${t} `)) ? lastTable.i : blocks.length;
  }
  let closingEnd = blocks.length;
  if (blocks[closingAt]?.kind === 'table') closingEnd = closingAt + 1;
  const closing = readClosing(blocks.slice(closingAt, closingEnd));
  notes.push(...closing.notes);
  // A signature typed as centred paragraphs just above "Nơi nhận:" (no table) belongs to the closing too.
  let bodyEnd = closingAt;
  if (!closing.signature) {
    let first = closingAt;
    const lines: string[] = [];
    for (let i = closingAt - 1; i >= at && lines.length < 7; i -= 1) {
      const block = blocks[i]!;
      if (block.kind !== 'paragraph') break;
      const text = textOf(block);
      if (text === '') continue;
      if (block.align !== 'center' && block.align !== 'right') break;
      lines.unshift(text);
      first = i;
    }
    const head = lines[0];
    if (head !== undefined && lines.length >= 2 && (AUTHORITY.test(`${head} `) || head === head.toLocaleUpperCase('vi'))) {
      const found = signatureFromLines(lines);
      if (found.signature) {
        closing.signature = found.signature;
        notes.push(...found.notes);
        bodyEnd = first;
      }
    }
  }
  // The body: opening paragraphs, then the sections.
  const items: BodyItem[] = [];
  for (const block of blocks.slice(at, bodyEnd)) {
    if (block.kind === 'table') items.push({ kind: 'table', table: tableElement(block) });
    else items.push({ kind: 'line', line: bodyLine(block) });
  }
  const tree = buildSectionTree(items);
  notes.push(...tree.notes);
  let sections = tree.sections;
  if (sections.length === 0) {
    notes.push(note('Không nhận ra mục nào được đánh số (I., 1., a)…) nên toàn bộ nội dung được đặt trong một mục; hãy chia mục lại.'));
    sections = [{ id: 'muc-1', title: '', body: tree.preamble.slice(1), children: [] }];
    tree.preamble.splice(1);
  }

  const docs = new DocumentCollector(options.library ?? []);
  const opening = recogniseOpening(tree.preamble, docs);
  notes.push(...opening.notes);
  const expected = new Map<RefElement, string>(opening.expected);
  let baseIds = opening.baseIds;
  const summaryText = summaryLines.join(' ');
  if (baseIds.length === 0) {
    // No opening to read the bases from: the first citation anywhere in the summary or opening.
    const heads = findHeads(summaryText);
    const head = heads[0];
    const placeholder = head
      ? { type: head.type, regime: head.regime, number: head.number, symbol: head.symbol, date: '', issuer: '', subject: '' }
      : { type: 'Văn bản', regime: header.regime ?? 'dang', number: '', symbol: '', date: '', issuer: '', subject: '' };
    baseIds = [docs.add(placeholder)];
    notes.push(note('Chưa nhận ra đầy đủ văn bản căn cứ của kế hoạch; hãy kiểm tra văn bản căn cứ trong phần thông tin kế hoạch.', summaryText));
  }

  notes.push(...docs.notes);
  const regime = header.regime ?? header.numberPattern ?? docs.documents[0]?.regime ?? 'dang';
  if (!header.regime) notes.push(note('Không thấy dòng "ĐẢNG CỘNG SẢN VIỆT NAM" hay Quốc hiệu; loại văn bản (Đảng hay nhà nước) được đoán theo số ký hiệu.'));
  const lastText = [...blocks.slice(at, bodyEnd)].reverse().map(textOf).find((t) => t !== '') ?? '';
  const profile: ProfileId = options.profile ?? (regime === 'nha-nuoc' ? 'nha-nuoc-nd30' : lastText.endsWith('./.') ? 'dang-hd36' : 'dang-hd05');
  const allText = blocks.map(textOf).join(' ');

  const missing = (what: string, fallback: string): string => {
    notes.push(note(`Không đọc được ${what} ở phần đầu văn bản; hãy nhập lại trong phần thông tin kế hoạch.`));
    return fallback;
  };
  const signature = closing.signature ?? { authority: '', position: '', name: '' };
  if (signature.position === '') {
    notes.push(note('Không nhận ra chức vụ người ký; hãy nhập người ký trong phần thông tin kế hoạch.'));
    signature.position = 'CHỨC VỤ NGƯỜI KÝ';
  }
  const issuingBody = header.issuingBody || missing('tên cơ quan ban hành', 'CƠ QUAN BAN HÀNH');
  const collective = opening.collective ?? issuingBody;
  const plan: Plan = {
    id: options.id ?? 'ke-hoach-mo-tu-word',
    templateId: '',
    profile,
    type,
    number: header.number,
    date: header.date ?? { day: null, month: null, year: options.fallbackYear ?? new Date().getFullYear() },
    organisation: {
      superiorBody: header.superiorBody,
      issuingBody,
      symbolCode: header.symbolCode || missing('ký hiệu cơ quan trong dòng số (ví dụ KH/HU)', 'KH'),
      placeName: header.place || missing('địa danh ở dòng ngày tháng', '…'),
      collective,
      regime,
      defaultProfile: profile,
      citationStyle: opening.style ?? { commaBeforeDate: false, dateStyle: 'numeric' },
      toneMarks: countToneMarks(allText),
      archiveLine: closing.archiveLine ?? (regime === 'dang' ? 'Lưu Văn phòng' : 'Lưu: VT'),
      signers: [signature],
    },
    documents: docs.documents,
    baseIds,
    ...(authorLine ? { authorLine } : {}),
    summary: [{ text: summaryText }],
    preamble: opening.preamble,
    sections: withoutFinalMark(sections),
    recipients: closing.recipients,
    signature,
    marks: header.marks,
    options: { mirrorMargins: false, levels: tree.levels },
  };
  if (!header.date) notes.push(note('Không đọc được dòng địa danh, ngày tháng; ngày ký để trống.'));
  if (!closing.archiveLine && closing.recipients.length > 0) notes.push(note(`Không thấy dòng lưu trữ ("Lưu …") cuối nơi nhận; đã dùng "${plan.organisation.archiveLine}".`));

  const appendices = readAppendices(blocks.slice(closingEnd), plan.organisation.citationStyle.commaBeforeDate);
  notes.push(...appendices.notes);
  if (appendices.appendices.length > 0) plan.appendices = appendices.appendices;

  plan.summary = summaryWithCitation(plan, summaryText, expected);
  const verified = keepRefsThatPrintTheSame(plan, expected, docs.fromLibrary);
  notes.push(...verified.notes);
  keepAttachLinesThatPrintTheSame(verified.plan, appendices.attachTexts);
  return { plan: verified.plan, notes, ...(closing.lines ? { recipientLines: closing.lines } : {}) };
}

/** "(Kèm theo Kế hoạch số …)" stays live (it follows the number and date) only if it prints what the file had. */
function keepAttachLinesThatPrintTheSame(plan: Plan, texts: Map<string, string>): void {
  for (const appendix of plan.appendices ?? []) {
    const original = texts.get(appendix.id);
    if (original === undefined) continue;
    const printed = createRefResolver(plan).resolve(appendix.attachLine).map((l) => l.text).join('');
    if (printed.replace(/\s+/g, ' ').trim() !== original) appendix.attachLine = [{ text: original }];
  }
}

/** The stored last sentence ends in "."; the profile adds its own final mark ("./." or ".") on output. */
function withoutFinalMark(sections: Section[]): Section[] {
  const visit = (list: Section[]): boolean => {
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const s = list[i]!;
      if (visit(s.children)) return true;
      for (let j = s.body.length - 1; j >= 0; j -= 1) {
        const block = s.body[j]!;
        if (block.type === 'table') continue;
        const leaf = [...block.children].reverse().find((n): n is { text: string } => 'text' in n && n.text.trim() !== '');
        if (!leaf) continue;
        leaf.text = leaf.text.replace(/\s*\.\/\.\s*$/u, '.');
        return true;
      }
    }
    return false;
  };
  visit(sections);
  return sections;
}

/** The first base cited in the summary becomes a live reference when it prints the same text. */
function summaryWithCitation(plan: Plan, summary: string, expected: Map<RefElement, string>): InlineNode[] {
  const base = plan.documents.find((d) => d.id === plan.baseIds[0]);
  const head = base ? findHeads(summary).find((h) => h.number.replace(/^0+/, '') === base.number.replace(/^0+/, '') && h.symbol === base.symbol) : undefined;
  if (!head) return [{ text: summary }];
  for (const field of ['citation.full', 'citation.fullNoDate', 'citation.typeNumber', 'citation.short'] as const) {
    const r: RefElement = { type: 'ref', field, children: [{ text: '' }] };
    const before = summary.slice(0, head.start);
    const trial: Plan = { ...plan, summary: [{ text: before === '' ? 'x ' : before }, r] };
    const printed = resolveInOrder(trial).get(r);
    if (printed !== undefined && printed !== '' && summary.startsWith(printed, head.start)) {
      expected.set(r, printed);
      const after = summary.slice(head.start + printed.length);
      return [...(before ? [{ text: before }] : []), r, ...(after ? [{ text: after }] : [])];
    }
  }
  return [{ text: summary }];
}

export type { ImportNote };
