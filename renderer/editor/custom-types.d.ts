import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { HistoryEditor } from 'slate-history';
import type { BlockElement, BulletElement, FootnoteElement, ParagraphElement, RefElement, TableElement, TextLeaf } from '../../core/model/inline';
import type { LegacyEncoding } from '../../core/text/legacy-encodings';

/** What the legacy-encoding plugin tells the UI after converting a paste. */
export interface LegacyOffer {
  encoding: LegacyEncoding;
  /** The blocks exactly as pasted, to put back when the user clicks "Hoàn tác". */
  original: BlockElement[];
}

/** Hooks our plugins add to every editor (see plugins/*). */
export interface KehoachEditorExtras {
  /** Inserts blocks that came from the clipboard (after parsing); plugins may transform them. */
  insertPastedBlocks(blocks: BlockElement[]): void;
  /** Set by the editor component to show the "converted from TCVN3/VNI" offer bar. */
  onLegacyOffer?: (offer: LegacyOffer) => void;
  /** The summary: a footnote has no place there (Ctrl+Alt+F and "Chú thích" do nothing). */
  noFootnotes?: boolean;
  /** A one-line editor (the summary): no tables. */
  singleLine?: boolean;
}

/** Marks that decorations put on leaves while drawing (never stored in the plan). */
export interface LeafDecorations {
  /** Inside the current find match (find/highlight.ts). */
  findCurrent?: true;
  /** Inside a misspelt word (spell/useSpellCheck.ts). */
  spellError?: true;
}

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor & KehoachEditorExtras;
    Element: ParagraphElement | BulletElement | TableElement | RefElement | FootnoteElement;
    Text: TextLeaf & LeafDecorations;
  }
}
