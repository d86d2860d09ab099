import { DeletedTextRun, InsertedTextRun, Paragraph, TextRun } from 'docx';
import { cleanText } from '../../text/clean-text';
import type { ParagraphChange } from '../../diff/types';

/** Who made the changes and when, as Word shows them in its balloons and Reviewing pane. */
export interface Revision {
  author: string;
  /** ISO 8601, as w:date wants it. */
  date: string;
  /** Gives each w:ins / w:del its own w:id. */
  nextId: () => number;
}

const meta = (rev: Revision) => ({ id: rev.nextId(), author: rev.author, date: rev.date });

// Word ignores a raw newline inside w:t; the comparison's paragraphs are one line each.
const flat = (text: string): string => cleanText(text).replace(/\s*\n\s*/g, ' ');

const same = (text: string): TextRun => new TextRun({ text: flat(text) });
const inserted = (text: string, rev: Revision): InsertedTextRun => new InsertedTextRun({ text: flat(text), ...meta(rev) });
const deleted = (text: string, rev: Revision): DeletedTextRun => new DeletedTextRun({ text: flat(text), ...meta(rev) });

/**
 * One changed (or unchanged) paragraph as WordprocessingML with tracked changes. A paragraph
 * added or removed as a whole has its paragraph mark marked inserted or deleted too, so that
 * accepting every change leaves no empty paragraph behind and rejecting every change gives the
 * old text back. A moved paragraph is a deletion where it stood and an insertion where it now
 * stands (Word's own move markup is optional and LibreOffice reads it less well).
 */
export function trackedParagraph(change: ParagraphChange, style: string, rev: Revision, extra: { pageBreakBefore?: boolean } = {}): Paragraph {
  const base = { style, ...(extra.pageBreakBefore ? { pageBreakBefore: true } : {}) };
  switch (change.kind) {
    case 'same':
      return new Paragraph({ ...base, children: [same(change.text)] });
    case 'insert':
    case 'move-to':
      return new Paragraph({ ...base, run: { insertion: meta(rev) }, children: [inserted(change.text, rev)] });
    case 'delete':
    case 'move-from':
      return new Paragraph({ ...base, run: { deletion: meta(rev) }, children: [deleted(change.text, rev)] });
    case 'edit':
    case 'ref-value':
      return new Paragraph({
        ...base,
        children: change.pieces
          .filter((p) => p.text !== '')
          .map((p) => (p.op === 'same' ? same(p.text) : p.op === 'insert' ? inserted(p.text, rev) : deleted(p.text, rev))),
      });
  }
}
