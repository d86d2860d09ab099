import { URGENCY_MARKS } from '../../model/plan';
import type { PlanDate, PlanMarks } from '../../model/plan';
import { oneLine } from './body-items';
import type { DocxBlock, DocxParagraph } from './docx-blocks';
import { type ImportNote, note } from './import-notes';

/**
 * The header block of page 1 (usually a borderless two-column table): the bodies' names, the
 * national line (regime), the number line, the place and date line, the marks.
 */
export interface HeaderFacts {
  regime?: 'dang' | 'nha-nuoc';
  superiorBody: string;
  issuingBody: string;
  symbolCode?: string;
  number: string;
  /** "KH" or "CTr", from the number line. */
  typeCode?: string;
  /** The number line had "Số:" (state) or "Số" (Party). */
  numberPattern?: 'dang' | 'nha-nuoc';
  place?: string;
  date?: PlanDate;
  marks: PlanMarks;
  notes: ImportNote[];
}

interface HeaderLine {
  text: string;
  bold: boolean;
  column: number;
}

const PARTY_LINE = /^ĐẢNG CỘNG SẢN VIỆT NAM$/u;
const STATE_LINE = /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u;
const MOTTO = /^Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc$/iu;
/** "Số 05-KH/ĐU", "Số      -KH/HU", "Số: 195/KH-UBND", "Số:      /KH-GDĐT". */
const NUMBER_LINE = /^Số\s*(:?)\s*(\d*)\s*[-/]\s*(KH|CTr|CTHĐ)\s*([-/])\s*(\S.*)$/u;
const DATE_LINE = /^(.+?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})\s*$/u;

function linesOf(blocks: DocxBlock[], column = 0): HeaderLine[] {
  const out: HeaderLine[] = [];
  const fromParagraph = (p: DocxParagraph, col: number): void => {
    const raw = p.runs.map((r) => r.text).join('');
    const visible = p.runs.filter((r) => r.text.trim() !== '');
    const bold = visible.length > 0 && visible.every((r) => r.bold);
    // Header typed without a table: columns separated by tabs or runs of spaces.
    const parts = raw.includes('\t') ? raw.split(/\t+/) : [raw];
    parts.forEach((part, i) => {
      const text = oneLine(part);
      if (text !== '') out.push({ text, bold, column: col + i });
    });
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') fromParagraph(block, column);
    else
      for (const row of block.rows)
        row.forEach((cell, c) => {
          for (const inner of cell.blocks) {
            if (inner.kind === 'paragraph') fromParagraph(inner, c);
            else out.push(...linesOf([inner], c));
          }
        });
  }
  return out;
}

export function readHeader(blocks: DocxBlock[]): HeaderFacts {
  const facts: HeaderFacts = { superiorBody: '', issuingBody: '', number: '', marks: {}, notes: [] };
  const names: HeaderLine[] = [];
  for (const line of linesOf(blocks)) {
    const text = line.text;
    if (PARTY_LINE.test(text)) facts.regime = 'dang';
    else if (STATE_LINE.test(text.replace('HOÀ', 'HÒA'))) facts.regime = 'nha-nuoc';
    else if (MOTTO.test(text) || /^[*\-–_]+$/.test(text)) continue;
    else if (NUMBER_LINE.test(text)) {
      const m = NUMBER_LINE.exec(text)!;
      facts.number = m[2]!;
      facts.typeCode = m[3]!;
      facts.symbolCode = m[5]!.trim();
      facts.numberPattern = m[1] === ':' || m[4] === '-' ? 'nha-nuoc' : 'dang';
    } else if (DATE_LINE.test(text)) {
      const m = DATE_LINE.exec(text)!;
      facts.place = m[1]!.trim();
      facts.date = { day: m[2] ? Number(m[2]) : null, month: m[3] ? Number(m[3]) : null, year: Number(m[4]) };
    } else if ((URGENCY_MARKS as readonly string[]).includes(text.toUpperCase())) facts.marks.urgency = text.toUpperCase() as PlanMarks['urgency'];
    else if (/^Dự thảo( lần \d+)?$/iu.test(text)) {
      const n = /\d+/.exec(text);
      facts.marks.draftNumber = n ? Number(n[0]) : 1;
    } else if (text === text.toLocaleUpperCase('vi') && /\p{L}/u.test(text)) names.push(line);
    else facts.notes.push(note('Dòng này ở phần đầu văn bản không nhận ra được nên không được đưa vào kế hoạch; hãy kiểm tra lại tên cơ quan, số và ngày.', text));
  }
  // The bodies' names stand in the left column, the issuing body (bold) under its superior body.
  const left = names.filter((l) => l.column === 0);
  const rest = names.filter((l) => l.column !== 0);
  const bodyLines = left.length > 0 ? left : names;
  const boldAt = bodyLines.findIndex((l) => l.bold);
  if (bodyLines.length === 1) facts.issuingBody = bodyLines[0]!.text;
  else if (bodyLines.length > 1) {
    const at = boldAt > 0 ? boldAt : bodyLines.length - 1;
    facts.superiorBody = bodyLines.slice(0, at).map((l) => l.text).join(' ');
    facts.issuingBody = bodyLines.slice(at).map((l) => l.text).join(' ');
  }
  for (const line of rest) {
    if (/^TÀI LIỆU|^MẬT$|^TUYỆT MẬT|^TỐI MẬT/u.test(line.text)) facts.marks.circulation = line.text;
    else facts.notes.push(note('Dòng chữ in hoa này ở phần đầu văn bản không nhận ra được nên không được đưa vào kế hoạch.', line.text));
  }
  return facts;
}
