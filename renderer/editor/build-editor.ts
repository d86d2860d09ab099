import type { Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withRefs } from './plugins/withRefs';
import { withFootnotes } from './plugins/withFootnotes';
import { withTables } from './plugins/withTables';
import { withNfc } from './plugins/withNfc';
import { withPaste } from './plugins/withPaste';
import { withLegacyEncoding } from './plugins/withLegacyEncoding';
import { withUndoTimeline } from './undo/withUndoTimeline';

/**
 * Our behaviour on top of a Slate editor. The component passes `withReact(createEditor())`,
 * tests pass a bare `createEditor()`: the plugins themselves never touch the DOM.
 */
export function buildEditor<T extends Editor>(base: T): T {
  return withUndoTimeline(withLegacyEncoding(withPaste(withNfc(withTables(withFootnotes(withRefs(withHistory(base))))))));
}
