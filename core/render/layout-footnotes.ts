import { type BlockElement, type FootnoteElement, isFootnote } from '../model/inline';
import type { FormatProfile } from '../profiles/profile';
import { applyToneMarks, type ToneConvention } from '../text';
import { FOOTNOTE_MARK } from './footnote-mark';
import type { LaidOutFootnote, Run } from './layout-types';
import { SINGLE, para } from './layout-para';
import { markNumberSymbols } from './layout-nobreak';

/**
 * Footnotes, numbered 1, 2, … in document order (the order `layoutBody` walks the opening and the
 * sections). A footnote node in a paragraph becomes a reference run (`Run.footnote`, its number as
 * text, printed superscript) at its place, and its text one paragraph of `LaidOutDocument.footnotes`
 * in the profile's footnote size: the DOCX writes Word footnotes, the preview prints them at the
 * foot of the page that holds the reference.
 */

export interface FootnoteCollector {
  notes: LaidOutFootnote[];
}

export const footnotesOf = (block: BlockElement): FootnoteElement[] => (block.type === 'table' ? [] : block.children.filter(isFootnote));

/**
 * The resolved runs of `block` with each FOOTNOTE_MARK replaced by the reference run of the next
 * footnote of the block (numbered on from `collector`). A mark typed by hand with no footnote
 * behind it is dropped.
 */
export function withFootnoteRuns(runs: Run[], block: BlockElement, collector: FootnoteCollector, profile: FormatProfile, tone: ToneConvention): Run[] {
  const notes = footnotesOf(block);
  if (!runs.some((r) => r.text.includes(FOOTNOTE_MARK))) return runs;
  const out: Run[] = [];
  let next = 0;
  for (const run of runs) {
    const parts = run.text.split(FOOTNOTE_MARK);
    parts.forEach((part, i) => {
      if (i > 0) {
        const note = notes[next++];
        if (note) {
          const number = collector.notes.length + 1;
          collector.notes.push(footnoteLayout(number, note.note, profile, tone));
          out.push({ text: String(number), sizePt: run.sizePt, footnote: number });
        }
      }
      if (part !== '') out.push({ ...run, text: part });
    });
  }
  return out;
}

/** The footnote's own paragraph: its text after the mark, justified, single-spaced, in the footnote size. */
export function footnoteLayout(number: number, note: string, profile: FormatProfile, tone: ToneConvention): LaidOutFootnote {
  const sizePt = profile.footnote.sizePt;
  const text = applyToneMarks(note.replace(new RegExp(FOOTNOTE_MARK, 'g'), '').trim(), tone);
  const runs = markNumberSymbols([{ text: ` ${text}`, sizePt }]);
  return { number, para: para('footnote', runs, { align: 'justify', sizePt, line: SINGLE }) };
}
