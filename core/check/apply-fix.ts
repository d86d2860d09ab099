import { type InlineNode, type TextLeaf, isTextLeaf } from '../model/inline';
import type { Plan } from '../model/plan';
import { type PlanPlace, isTypedRange, planPlaces } from './plan-places';
import type { CheckFix, FixEdit } from './types';

/**
 * Applies a fix to a plan, purely. Each text edit is checked against the plan as it is now (the
 * range must still read `expected` and lie over typed text), so a fix computed before the clerk
 * typed on is refused rather than applied in the wrong place. The inverse sets back the exact
 * values the edits replaced (as field edits), so undo gives the original plan, leaf for leaf.
 */
export type ApplyResult = { ok: true; plan: Plan; inverse: CheckFix } | { ok: false; reason: string };

const STALE = 'Nội dung ở chỗ này đã thay đổi từ lần kiểm tra trước; hãy kiểm tra lại rồi sửa.';

type Path = Array<string | number>;

function getAt(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with the value at `path` replaced; untouched branches are shared. */
function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...Path];
  const container = root as unknown as Record<string | number, unknown>;
  const child = setAt(container[key], rest, value);
  if (Array.isArray(root)) {
    const copy = root.slice();
    copy[key as number] = child;
    return copy as unknown as T;
  }
  return { ...(root as object), [key]: child } as T;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const marksOf = (leaf: TextLeaf): Omit<TextLeaf, 'text'> => {
  const { text: _text, ...marks } = leaf;
  return marks;
};

/** The place's nodes with [start, end) of its shown text replaced (the range is over typed text). */
function spliceNodes(place: PlanPlace, start: number, end: number, replacement: string | InlineNode[]): InlineNode[] {
  const nodes = place.nodes ?? [];
  const out: InlineNode[] = [];
  let inserted = false;
  const insert = (marks: Omit<TextLeaf, 'text'>): void => {
    if (inserted) return;
    inserted = true;
    if (typeof replacement === 'string') {
      if (replacement !== '') out.push({ ...marks, text: replacement });
    } else out.push(...replacement);
  };
  for (const segment of place.segments) {
    const node = nodes[segment.node] as InlineNode;
    const touches = segment.start <= end && segment.end >= start;
    if (segment.kind === 'typed' && isTextLeaf(node) && touches) {
      // Keep the leaf's text outside the range; the first leaf touching the range hosts the replacement.
      const before = node.text.slice(0, Math.max(0, start - segment.start));
      const after = node.text.slice(Math.min(node.text.length, end - segment.start));
      if (before !== '') out.push({ ...node, text: before });
      insert(marksOf(node));
      if (after !== '') out.push({ ...node, text: after });
      continue;
    }
    if (!inserted && segment.start >= start) insert({});
    out.push(node);
  }
  if (!inserted) insert({});
  return out.length === 0 ? [{ text: '' }] : out;
}

export function applyFix(plan: Plan, fix: CheckFix): ApplyResult {
  let current = plan;
  const undo: FixEdit[] = [];
  // Edits of one place are applied from the end so earlier offsets stay valid.
  const edits = fix.edits
    .map((edit, i) => ({ edit, i }))
    .sort((a, b) => (a.edit.kind === 'text' && b.edit.kind === 'text' ? b.edit.start - a.edit.start : a.i - b.i))
    .map((x) => x.edit);
  for (const edit of edits) {
    if (edit.kind === 'field') {
      const before = getAt(current, edit.path);
      if (!same(before, edit.expected)) return { ok: false, reason: STALE };
      current = setAt(current, edit.path, edit.value);
      undo.unshift({ kind: 'field', path: edit.path, expected: edit.value, value: before });
      continue;
    }
    const place = planPlaces(current).find(edit.place);
    if (!place) return { ok: false, reason: 'Chỗ cần sửa không còn trong kế hoạch; hãy kiểm tra lại.' };
    if (place.text.slice(edit.start, edit.end) !== edit.expected) return { ok: false, reason: STALE };
    if (!isTypedRange(place, edit.start, edit.end))
      return { ok: false, reason: 'Chỗ này nằm trong một tham chiếu tự động nên không sửa trực tiếp được; hãy sửa thông tin văn bản.' };
    const before = getAt(current, place.path);
    let value: unknown;
    if (place.kind === 'string') {
      if (typeof edit.replacement !== 'string') return { ok: false, reason: 'Chỗ này chỉ nhận chữ, không chèn được tham chiếu.' };
      value = place.text.slice(0, edit.start) + edit.replacement + place.text.slice(edit.end);
    } else value = spliceNodes(place, edit.start, edit.end, edit.replacement);
    current = setAt(current, place.path, value);
    undo.unshift({ kind: 'field', path: place.path, expected: value, value: before });
  }
  return { ok: true, plan: current, inverse: { label: `Hoàn tác: ${fix.label}`, edits: undo } };
}
