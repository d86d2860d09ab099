import { type Appendix, TASK_COLUMNS, defaultAttachLine } from '../../model/appendix';
import type { BlockElement } from '../../model/inline';
import type { TableElement } from '../../model/table';
import { bodyLine, leavesAfter, oneLine, paragraphBlock } from './body-items';
import { type DocxBlock, type DocxTable, paragraphText } from './docx-blocks';
import { type ImportNote, note } from './import-notes';

/**
 * What follows the signature: Phụ lục, each starting with a "PHỤ LỤC" line (numbered I, II … when
 * several), then its title in caps and "(Kèm theo Kế hoạch số …)", then its text and tables. A
 * table headed with the task columns makes the task-assignment appendix. Anything after the
 * signature that is not under a "PHỤ LỤC" line is listed, not kept.
 */
export interface AppendicesResult {
  appendices: Appendix[];
  /** The attach line as printed in the Word file, per appendix id: kept live only if it prints the same. */
  attachTexts: Map<string, string>;
  notes: ImportNote[];
}

const APPENDIX_HEAD = /^PH[ỤU] L[ỤU]C(\s+[IVXLC\d]+)?\.?$/u;

export function tableElement(table: DocxTable): TableElement {
  const text = (b: DocxBlock): string =>
    b.kind === 'paragraph' ? oneLine(paragraphText(b)) : b.rows.flatMap((r) => r.flatMap((c) => c.blocks.map(text))).join(' ');
  const rows = table.rows.map((row) => row.map((cell) => cell.blocks.map(text).filter((t) => t !== '').join('\n')));
  const width = Math.max(1, ...rows.map((r) => r.length));
  return { type: 'table', rows: rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]), children: [{ text: '' }] };
}

export function readAppendices(blocks: DocxBlock[], commaBeforeDate: boolean): AppendicesResult {
  const result: AppendicesResult = { appendices: [], attachTexts: new Map(), notes: [] };
  let current: Appendix | undefined;
  let expectTitle = false;
  for (const block of blocks) {
    if (block.kind === 'table') {
      if (!current) {
        result.notes.push(note('Bảng này nằm sau chữ ký mà không thuộc phụ lục nào nên chưa được đưa vào kế hoạch.', tableElement(block).rows.flat().join(' ')));
        continue;
      }
      const table = tableElement(block);
      const head = table.rows[0]?.map((c) => c.toLocaleLowerCase('vi'));
      if (head && TASK_COLUMNS.every((c, i) => head[i] === c.toLocaleLowerCase('vi'))) current.kind = 'tasks';
      current.body.push(table);
      expectTitle = false;
      continue;
    }
    const text = oneLine(paragraphText(block));
    if (text === '') continue;
    if (APPENDIX_HEAD.test(text.toLocaleUpperCase('vi'))) {
      current = { id: `phu-luc-${result.appendices.length + 1}`, title: '', orientation: 'portrait', attachLine: [], body: [] };
      result.appendices.push(current);
      expectTitle = true;
      continue;
    }
    if (!current) {
      result.notes.push(note('Phần này nằm sau chữ ký mà không thuộc phụ lục nào nên chưa được đưa vào kế hoạch; hãy thêm lại nếu cần.', text));
      continue;
    }
    if (/^\(Kèm theo\b/u.test(text) && current.attachLine.length === 0) {
      current.attachLine = defaultAttachLine(commaBeforeDate);
      result.attachTexts.set(current.id, text);
      expectTitle = false;
      continue;
    }
    if (expectTitle && current.title === '' && block.align === 'center') {
      current.title = text;
      continue;
    }
    expectTitle = false;
    const line = bodyLine(block);
    const item = /^([-+])\s+/.exec(line.text);
    current.body.push(
      item ? ({ type: 'bullet', marker: item[1] as '-' | '+', children: leavesAfter(line, item[0].length) } as BlockElement) : paragraphBlock(leavesAfter(line, 0), line.align),
    );
  }
  for (const appendix of result.appendices) if (appendix.body.length === 0) appendix.body.push({ type: 'paragraph', children: [{ text: '' }] });
  return result;
}
