import { type Descendant, Editor, createEditor } from 'slate';
import { applyFix } from '../../core/check';
import type { CheckFix } from '../../core/check/types';
import { valueAt } from '../../core/draft/field-path';
import type { InlineNode } from '../../core/model/inline';
import type { Plan } from '../../core/model/plan';
import { withFootnotes } from '../editor/plugins/withFootnotes';
import { withRefs } from '../editor/plugins/withRefs';
import { withTables } from '../editor/plugins/withTables';

/**
 * A fix splits a text leaf around the words it replaces ("Huyện " + "ủy" + " An Lão"); a Slate
 * editor showing that text merges such leaves at once and hands the merged text back to the
 * store. The undo entry of the fix must expect the text as the editor holds it, or it would find
 * the text "changed" and refuse to undo. So the fixed inline lists are normalised the way the
 * editor normalises them (Slate's own rules, with the editor's inline elements), before they reach
 * the store, and the inverse's expected values with them.
 */
export function asEditorHoldsIt(plan: Plan, inverse: CheckFix): { plan: Plan; inverse: CheckFix } {
  let current = plan;
  const edits = inverse.edits.map((edit) => {
    if (edit.kind !== 'field' || !isInlineList(edit.expected)) return edit;
    const normal = normalizeInlines(edit.expected);
    if (JSON.stringify(normal) === JSON.stringify(edit.expected) || valueAt(current, edit.path) !== valueAt(plan, edit.path)) return edit;
    const set = applyFix(current, { label: '', edits: [{ kind: 'field', path: edit.path, expected: edit.expected, value: normal }] });
    if (!set.ok) return edit;
    current = set.plan;
    return { ...edit, expected: normal };
  });
  return { plan: current, inverse: { ...inverse, edits } };
}

const isInlineList = (v: unknown): v is InlineNode[] =>
  Array.isArray(v) && v.length > 0 && v.every((n) => n !== null && typeof n === 'object' && ('text' in n || (n as { type?: unknown }).type === 'ref' || (n as { type?: unknown }).type === 'footnote'));

/** The inline list as a Slate editor with the app's inline elements (references, footnotes) normalises it. */
export function normalizeInlines(nodes: InlineNode[]): InlineNode[] {
  const editor = withTables(withFootnotes(withRefs(createEditor())));
  editor.children = [{ type: 'paragraph', children: structuredClone(nodes) } as Descendant];
  Editor.normalize(editor, { force: true });
  const block = editor.children[0] as { children?: InlineNode[] } | undefined;
  return block?.children ?? nodes;
}
