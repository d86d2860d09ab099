import type { BlockElement } from '../../model/inline';
import type { NumberingStyle, Section } from '../../model/plan';
import type { TableElement } from '../../model/table';
import { type BodyLine, leavesAfter, paragraphBlock } from './body-items';
import { type ImportNote, note } from './import-notes';
import { type LabelKind, type NumberLabel, readItemMarker, readNumberLabel } from './numbering-label';

/**
 * The body of a Word plan (after the opening) into the section tree. Numbers are read, never
 * kept: the tree is built from them and the app computes them again, so the levels (and a
 * section's `childNumbering` where its children are numbered differently) are what the document
 * used. A kind of label already open on the way up closes the deeper ones ("II." after "1.");
 * a new kind opens a deeper level. A paragraph that is all bold, short and without a number is
 * a heading without a number (kind "none").
 */

export type BodyItem = { kind: 'line'; line: BodyLine } | { kind: 'table'; table: TableElement };

type LevelKind = LabelKind | 'none';
/** "nested" labels are their own kind per depth: "1.1." is one level, "1.1.1." the next. */
type LevelKey = string;

interface Open {
  key: LevelKey;
  kind: LevelKind;
  value: number;
  section: Section;
}

export interface SectionTree {
  preamble: BlockElement[];
  sections: Section[];
  /** Numbering per depth, from the first section of each depth. */
  levels: NumberingStyle[];
  notes: ImportNote[];
}

const STYLE_OF: Record<LevelKind, NumberingStyle> = {
  roman: 'upper-roman',
  alpha: 'upper-alpha',
  arabic: 'arabic',
  nested: 'nested',
  lower: 'lower-alpha',
  none: 'none',
};

const keyOf = (kind: LevelKind, depth?: number): LevelKey => (kind === 'nested' ? `nested-${depth ?? 2}` : kind);

/** Picks the reading of an ambiguous label ("I." roman or alpha) from the levels open. */
function chooseReading(label: NumberLabel, stack: Open[]): NumberLabel['readings'][number] {
  const readings = label.readings;
  if (readings.length === 1) return readings[0]!;
  const open = (kind: LevelKind) => stack.find((o) => o.kind === kind);
  for (const r of readings) {
    const o = open(r.kind);
    if (o && o.value + 1 === r.value) return r;
  }
  for (const r of readings) if (r.value === 1) return r;
  for (const r of readings) if (open(r.kind)) return r;
  return readings[0]!;
}

const SENTENCE_END = /[.;:!?…]["”)]?$/;

/** A heading stands alone; a paragraph that goes on as text after its number runs the number in. */
function isHeading(line: BodyLine, rest: string): boolean {
  if (rest === '') return true;
  const letters = rest.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toLocaleUpperCase('vi')) return true;
  if (line.bold && rest.length <= 200 && !/[.;]$/.test(rest)) return true;
  return rest.length <= 120 && !SENTENCE_END.test(rest);
}

/** Bold leading text ending in ":" before plain text: "5. Ủy ban Kiểm tra Đảng ủy Phường: Phối hợp …". */
function runInTitle(line: BodyLine, labelLength: number): { title: string; skip: number } | null {
  let consumed = 0;
  let boldText = '';
  for (const run of line.runs) {
    const t = run.text;
    if (!(run.bold || run.italic)) break;
    boldText += t;
    consumed += t.length;
  }
  const collapsed = boldText.replace(/\s+/g, ' ').trimStart();
  if (consumed === 0 || consumed >= line.runs.map((r) => r.text).join('').length) return null;
  const afterLabel = collapsed.slice(labelLength).trim();
  if (!afterLabel.endsWith(':')) return null;
  const title = afterLabel.slice(0, -1).trim();
  if (title === '') return null;
  const skip = line.text.indexOf(':', labelLength) + 1;
  return { title, skip };
}

let counter = 0;
const newId = (prefix: string): string => `${prefix}-${(counter += 1)}`;

export function buildSectionTree(items: BodyItem[], idPrefix = 'muc'): SectionTree {
  counter = 0;
  const preamble: BlockElement[] = [];
  const roots: Section[] = [];
  const stack: Open[] = [];
  const notes: ImportNote[] = [];
  const levels: NumberingStyle[] = [];

  const target = (): BlockElement[] => (stack.length > 0 ? stack[stack.length - 1]!.section.body : preamble);
  const place = (block: BlockElement): void => {
    const top = stack[stack.length - 1];
    // A section's text comes before its children in the model: text after a child goes to that child.
    if (top && top.section.children.length > 0) {
      let deepest = top.section;
      while (deepest.children.length > 0) deepest = deepest.children[deepest.children.length - 1]!;
      deepest.body.push(block);
      return;
    }
    target().push(block);
  };

  const open = (kind: LevelKind, value: number, depth: number | undefined, section: Section, label: string, text: string): void => {
    const key = keyOf(kind, depth);
    const at = stack.findIndex((o) => o.key === key);
    if (at >= 0) {
      const before = stack[at]!;
      if (kind !== 'none' && value !== before.value + 1)
        notes.push(note(`Số thứ tự "${label}" không liền sau số trước (${before.value}); ứng dụng đã đánh số lại theo thứ tự các mục.`, text));
      stack.length = at;
    } else if (kind !== 'none' && value !== 1) {
      notes.push(note(`Mục "${label}" mở đầu một cấp mới nhưng không bắt đầu từ 1; ứng dụng đã đánh số lại từ đầu.`, text));
    }
    const parent = stack[stack.length - 1];
    const depthNow = stack.length;
    const style = STYLE_OF[kind];
    if (parent) {
      const siblings = parent.section.children;
      const expected = parent.section.childNumbering ?? levels[depthNow];
      if (siblings.length === 0 && expected === undefined) levels[depthNow] = style;
      else if (siblings.length === 0 && expected !== style) parent.section.childNumbering = style;
      siblings.push(section);
    } else {
      if (levels[0] === undefined) levels[0] = style;
      else if (roots.length === 0 && levels[0] !== style) levels[0] = style;
      roots.push(section);
    }
    stack.push({ key, kind, value, section });
  };

  for (const item of items) {
    if (item.kind === 'table') {
      place(item.table);
      continue;
    }
    const line = item.line;
    if (line.text === '') continue;
    const label = readNumberLabel(line.text);
    if (label) {
      const reading = chooseReading(label, stack);
      const section: Section = { id: newId(idPrefix), title: '', body: [], children: [] };
      if (isHeading(line, label.rest)) {
        section.title = label.rest;
      } else {
        section.runIn = true;
        const titled = runInTitle(line, label.label.length);
        if (titled) section.title = titled.title;
        section.body.push(paragraphBlock(leavesAfter(line, titled ? titled.skip : line.text.length - label.rest.length), line.align));
      }
      open(reading.kind, reading.value, reading.depth, section, label.label, line.text);
      continue;
    }
    const item2 = readItemMarker(line.text);
    if (item2) {
      place({ type: 'bullet', marker: item2.marker, children: leavesAfter(line, line.text.length - item2.rest.length) });
      continue;
    }
    if (line.bold && line.text.length <= 150 && !/[.;,]$/.test(line.text) && stack.every((o) => o.kind === 'none') && !line.align?.match(/center/)) {
      // A heading without a number ("headings only bold"): its own level, numbered "none".
      open('none', 0, undefined, { id: newId(idPrefix), title: line.text, body: [], children: [] }, '', line.text);
      continue;
    }
    if (line.autoNumbered)
      notes.push(note('Đoạn này dùng đánh số tự động của Word nên không đọc được số; đã giữ làm đoạn văn thường, hãy kiểm tra lại cấp mục.', line.text));
    place(paragraphBlock(leavesAfter(line, 0), line.align));
  }
  return { preamble, sections: roots, levels, notes };
}
