import type { RecipientGroup } from '../../model/plan';
import type { Signer } from '../../model/organisation';
import { oneLine } from './body-items';
import type { DocxBlock, DocxCell, DocxParagraph } from './docx-blocks';
import { type ImportNote, note } from './import-notes';

/**
 * The closing block: "Nơi nhận:" with its lines (purpose groups drawn with a brace in merged
 * cells, or "(để b/c)" written on each line) on the left, the signature on the right. Read from a
 * table or from plain paragraphs.
 */
export interface ClosingFacts {
  recipients: RecipientGroup[];
  archiveLine?: string;
  signature?: Signer;
  notes: ImportNote[];
  /** The lines under "Nơi nhận:" as the file has them (dash and end mark kept), for the checker. */
  lines?: string[];
}

const NOI_NHAN = /^Nơi nhận\s*:?\s*/iu;
const AUTHORITY = /^(T\/M|TM\.?|K\/T|KT\.?|Q\.|Q\/|TUQ\.?|TL\.?|T\/L|THỪA LỆNH|THỪA ỦY QUYỀN)\s/u;
const PURPOSE_AT_END = /\s*\(?\s*(để\s+[^()]+?)\s*\)?\s*[,;.]?\s*$/u;

const paragraphs = (blocks: DocxBlock[]): DocxParagraph[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.rows.flatMap((row) => row.flatMap((cell) => paragraphs(cell.blocks)))));
const cellLines = (cell: DocxCell | undefined): string[] =>
  cell ? paragraphs(cell.blocks).map((p) => oneLine(p.runs.map((r) => r.text).join(''))).filter((t) => t !== '') : [];

/** "- Ban Tuyên giáo Thành ủy," → "Ban Tuyên giáo Thành ủy". */
const itemText = (line: string): string => line.replace(/^[-–•+]\s*/u, '').replace(/\s*(\.\/\.|[.,;])\s*$/u, '').trim();
const purposeOf = (text: string): string => {
  const m = /^\(?\s*(để\s+[^()]+?)\s*\)?$/u.exec(text.trim());
  return m ? m[1]!.trim() : '';
};

interface Line {
  text: string;
  /** Purpose of the brace group this line is in, and the group's number. */
  brace?: { purpose: string; group: number };
}

function groupLines(lines: Line[], out: ClosingFacts): void {
  const push = (purpose: string, display: RecipientGroup['display'], item: string, key: string, lastKey: { v: string }): void => {
    const last = out.recipients[out.recipients.length - 1];
    if (last && lastKey.v === key) last.items.push(item);
    else out.recipients.push({ purpose, display, items: [item] });
    lastKey.v = key;
  };
  const lastKey = { v: '' };
  lines.forEach((line, i) => {
    const text = line.text;
    const item = itemText(text);
    if (item === '') return;
    if (i === lines.length - 1 && /^Lưu\b/u.test(item)) {
      out.archiveLine = item;
      return;
    }
    if (line.brace) {
      push(line.brace.purpose, 'brace', item, `brace-${line.brace.group}`, lastKey);
      return;
    }
    const each = PURPOSE_AT_END.exec(item);
    if (each && /\(/.test(item)) {
      const purpose = each[1]!.trim();
      const name = item.slice(0, each.index).trim();
      if (name === '') {
        out.notes.push(note('Dòng này trong phần nơi nhận chỉ có mục đích gửi, không có tên nơi nhận, nên chưa được đưa vào kế hoạch.', text));
        return;
      }
      push(purpose, 'each-line', name, `each-${purpose}`, lastKey);
      return;
    }
    push('', 'each-line', item, 'plain', lastKey);
  });
}

function readSignature(lines: string[], out: ClosingFacts): void {
  const meaningful = lines.filter((l) => !/^\(?(đã ký|ký tên|ký, ghi rõ họ tên|đóng dấu)[^)]*\)?$/iu.test(l));
  if (meaningful.length === 0) return;
  let i = 0;
  // "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH": an authority may take two lines.
  const authorities: string[] = [];
  while (i < meaningful.length - 1 && AUTHORITY.test(`${meaningful[i]!} `)) authorities.push(meaningful[i++]!);
  const authority = authorities.join('\n');
  const position = meaningful[i++] ?? '';
  const name = meaningful.length > i ? meaningful[meaningful.length - 1]! : '';
  for (const extra of meaningful.slice(i, -1)) out.notes.push(note('Dòng này ở phần chữ ký không nhận ra được nên không được đưa vào kế hoạch.', extra));
  out.signature = { authority, position, name };
}

/** The signature from its lines alone (authority, position, name): for a signature typed above "Nơi nhận:". */
export function signatureFromLines(lines: string[]): Pick<ClosingFacts, 'signature' | 'notes'> {
  const out: ClosingFacts = { recipients: [], notes: [] };
  readSignature(lines, out);
  return out;
}

export function readClosing(blocks: DocxBlock[]): ClosingFacts {
  const out: ClosingFacts = { recipients: [], notes: [] };
  const lines: Line[] = [];
  const signatureLines: string[] = [];
  let seenNoiNhan = false;
  const heading = { text: '' };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = oneLine(block.runs.map((r) => r.text).join(''));
      if (text === '') continue;
      if (NOI_NHAN.test(text)) {
        seenNoiNhan = true;
        const after = text.replace(NOI_NHAN, '');
        if (after) lines.push({ text: after });
      } else if (seenNoiNhan && /^[-–•+]\s/u.test(text) && signatureLines.length === 0) lines.push({ text });
      else signatureLines.push(text);
      continue;
    }
    readClosingTable(block.rows, lines, signatureLines, () => (seenNoiNhan = true), (t) => (heading.text ||= t));
  }
  groupLines(lines, out);
  out.lines = lines.map((l) => l.text);
  if (!seenNoiNhan && out.recipients.length === 0 && out.archiveLine === undefined)
    out.notes.push(note('Không thấy phần "Nơi nhận:" nên kế hoạch chưa có nơi nhận; hãy thêm nơi nhận trước khi xuất.'));
  else if (!seenNoiNhan)
    out.notes.push(note('Không thấy tiêu đề "Nơi nhận:"; các dòng gạch đầu dòng bên trái chữ ký được lấy làm nơi nhận, hãy kiểm tra lại.', heading.text));
  readSignature(signatureLines, out);
  return out;
}

/**
 * A closing table: the cell holding "Nơi nhận:" and the cells under it are the recipients; in a
 * row, a cell with "}" or "(để …)" starts a brace group that lasts while the cells below it are
 * merged into it; every other cell with text is the signature.
 */
function readClosingTable(rows: DocxCell[][], lines: Line[], signature: string[], sawNoiNhan: () => void, otherHeading: (text: string) => void): void {
  // The recipients' column: the one with "Nơi nhận:", else the first holding "- …" lines (a heading
  // retyped as "Gửi:" or left out must not send the recipients into the signature).
  const columnOf = (test: (texts: string[]) => boolean): number => {
    for (const row of rows) {
      let col = 0;
      for (const cell of row) {
        if (test(cellLines(cell))) return col;
        col += cell.span ?? 1;
      }
    }
    return -1;
  };
  const recipientsColumn = [columnOf((t) => t.some((x) => NOI_NHAN.test(x))), columnOf((t) => t.some((x) => /^[-–•+]\s/u.test(x)))].find((c) => c >= 0) ?? -1;
  let groupCount = 0;
  const braceByColumn = new Map<number, { purpose: string; group: number }>();
  rows.forEach((row) => {
    let col = 0;
    let rowBrace: { purpose: string; group: number } | undefined;
    const rowLines: string[] = [];
    for (const cell of row) {
      const texts = cellLines(cell);
      const at = col;
      col += cell.span ?? 1;
      if (at === recipientsColumn) {
        const heading = texts.findIndex((t) => NOI_NHAN.test(t));
        if (heading >= 0) {
          sawNoiNhan();
          const after = texts[heading]!.replace(NOI_NHAN, '');
          rowLines.push(...(after ? [after] : []), ...texts.slice(heading + 1));
        } else {
          const first = texts[0];
          // "Gửi:", "Nơi gửi:": a heading other than "Nơi nhận:" over the lines.
          const isHeading = first !== undefined && /:$/u.test(first) && !/^[-–•+]\s/u.test(first);
          if (isHeading) otherHeading(first);
          rowLines.push(...(isHeading ? texts.slice(1) : texts));
        }
        continue;
      }
      const brace = texts.length > 0 && texts.every((t) => t === '}' || purposeOf(t) !== '');
      if (recipientsColumn >= 0 && brace) {
        const purpose = texts.map(purposeOf).find((p) => p !== '') ?? '';
        const existing = rowBrace ?? { purpose: '', group: (groupCount += 1) };
        if (purpose) existing.purpose = purpose;
        rowBrace = existing;
        braceByColumn.set(at, existing);
        continue;
      }
      if (recipientsColumn >= 0 && cell.vMerge === 'continue' && braceByColumn.has(at) && texts.length === 0) {
        rowBrace = braceByColumn.get(at);
        continue;
      }
      if (cell.vMerge !== 'continue' && braceByColumn.has(at)) braceByColumn.delete(at);
      signature.push(...texts);
    }
    for (const text of rowLines) lines.push(rowBrace ? { text, brace: rowBrace } : { text });
  });
}
