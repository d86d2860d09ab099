import { diffArrays } from 'diff';
import type { Plan } from '../model/plan';
import { diffText, unchanged } from './diff-text';
import { type PartPair, matchParts } from './match-parts';
import { type PlanPart, type TextItem, planParts } from './plan-text';
import { refChangesOf } from './ref-changes';
import { bagSize, similarity, wordBag } from './similarity';
import { tagRefs } from './tag-refs';
import { textKey } from './tokenize';
import type { DiffOptions, DiffPiece, ParagraphChange, PartDiff, PlanDiff, TableRowPlace } from './types';

/**
 * Two plans → the changes, part by part, paragraph by paragraph, word by word.
 *
 * 1. The parts of both plans are paired (match-parts.ts).
 * 2. In each pair the paragraphs are aligned with jsdiff over their keys: the text with every
 *    live reference replaced by its name, so a paragraph whose only change is a date a citation
 *    shows stays aligned and is reported as a 'ref-value' change.
 * 3. A paragraph deleted in one place and inserted elsewhere with the same text is a move; then,
 *    inside each run of changes, deleted and inserted neighbours that share most words are one
 *    edited paragraph; last, a deleted and an inserted paragraph far apart that still share most
 *    words are a move with its edits.
 */

interface Op {
  part: number;
  hunk: number;
  o?: TextItem;
  n?: TextItem;
  status: 'same' | 'del' | 'ins';
  /** Paired with another op: an edit (same hunk) or a move. */
  partner?: Op;
  move?: number;
  oKey?: string;
  nKey?: string;
}

/** The key a paragraph is aligned on: references by name, not by the value they show. */
const alignKey = (item: TextItem, options?: DiffOptions): string =>
  textKey(item.segs.map((s) => (s.ref ? `\u0001${s.ref}\u0001` : s.text)).join(''), options);

const EDIT_SIMILARITY = 0.4;
const MOVE_SIMILARITY = 0.7;
const MOVE_MIN_WORDS = 4;
const EXACT_MOVE_MIN_WORDS = 2;

export function diffPlans(oldPlan: Plan, newPlan: Plan, options?: DiffOptions): PlanDiff {
  const pairs = matchParts(planParts(oldPlan), planParts(newPlan), options);
  const opsByPart = pairs.map((pair, part) => alignPart(pair, part, options));
  const all = opsByPart.flat();
  let moveId = 0;

  const bags = new Map<Op, Map<string, number>>();
  const bagOf = (op: Op): Map<string, number> => {
    let bag = bags.get(op);
    if (!bag) bags.set(op, (bag = wordBag((op.o ?? op.n)!.text, options)));
    return bag;
  };

  // Moves of paragraphs kept word for word. A bare number or a one-word line ("1.", "Nơi nhận:")
  // found elsewhere is a coincidence of renumbering, not a paragraph moved; unless it belongs to a
  // section that moved as a whole (its part has one side only), where everything moved with it.
  const oneSided = (op: Op): boolean => !pairs[op.part]!.old || !pairs[op.part]!.new;
  const movable = (op: Op): boolean => oneSided(op) || bagSize(bagOf(op)) >= EXACT_MOVE_MIN_WORDS;
  const dels = new Map<string, Op[]>();
  for (const op of all) if (op.status === 'del' && op.oKey && movable(op)) (dels.get(op.oKey) ?? dels.set(op.oKey, []).get(op.oKey)!).push(op);
  for (const op of all) {
    if (op.status !== 'ins' || !op.nKey || !dels.has(op.nKey) || !movable(op)) continue;
    const from = dels.get(op.nKey)?.shift();
    if (!from) continue;
    from.partner = op;
    op.partner = from;
    from.move = op.move = ++moveId;
  }

  // Edits: a deleted and an inserted paragraph side by side, mostly the same words.
  for (const ops of opsByPart) {
    const byHunk = new Map<number, Op[]>();
    for (const op of ops) if (op.status !== 'same' && !op.partner) (byHunk.get(op.hunk) ?? byHunk.set(op.hunk, []).get(op.hunk)!).push(op);
    for (const hunk of byHunk.values()) {
      const hd = hunk.filter((op) => op.status === 'del');
      const hi = hunk.filter((op) => op.status === 'ins');
      let next = 0;
      for (const d of hd) {
        for (let k = next; k < hi.length; k++) {
          const i = hi[k]!;
          const lone = hd.length === 1 && hi.length === 1 && d.o!.role === i.n!.role;
          if (lone || similarity(bagOf(d), bagOf(i)) >= EDIT_SIMILARITY) {
            d.partner = i;
            i.partner = d;
            next = k + 1;
            break;
          }
        }
      }
    }
  }

  // Moves of paragraphs edited on the way.
  const loneDels = all.filter((op) => op.status === 'del' && !op.partner && bagSize(bagOf(op)) >= MOVE_MIN_WORDS);
  const loneIns = all.filter((op) => op.status === 'ins' && !op.partner && bagSize(bagOf(op)) >= MOVE_MIN_WORDS);
  for (const d of loneDels) {
    let best: Op | undefined;
    let bestScore = MOVE_SIMILARITY;
    const sd = bagSize(bagOf(d));
    for (const i of loneIns) {
      if (i.partner) continue;
      // Dice can reach the threshold only if the two sizes are close enough: skip the rest unread.
      const si = bagSize(bagOf(i));
      if ((2 * Math.min(sd, si)) / (sd + si) < bestScore) continue;
      const score = similarity(bagOf(d), bagOf(i));
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (!best) continue;
    d.partner = best;
    best.partner = d;
    d.move = best.move = ++moveId;
  }

  const changedRefs = new Map<string, { before: string; after: string }>();
  const parts = pairs.map((pair, k) => partDiff(pair, opsByPart[k]!, changedRefs, options));
  return { parts, refChanges: refChangesOf(oldPlan, newPlan, changedRefs) };
}

function alignPart(pair: PartPair, part: number, options?: DiffOptions): Op[] {
  const oldItems = pair.old?.items ?? [];
  const newItems = pair.new?.items ?? [];
  const oldKeys = oldItems.map((i) => alignKey(i, options));
  const newKeys = newItems.map((i) => alignKey(i, options));
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  let hunk = 0;
  for (const change of diffArrays(oldKeys, newKeys)) {
    const n = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      hunk++;
      for (let k = 0; k < n; k++) ops.push({ part, hunk, status: 'same', o: oldItems[i + k]!, n: newItems[j + k]! });
      i += n;
      j += n;
      hunk++;
    } else if (change.removed) {
      for (let k = 0; k < n; k++) ops.push({ part, hunk, status: 'del', o: oldItems[i + k]!, oKey: oldKeys[i + k]! });
      i += n;
    } else {
      for (let k = 0; k < n; k++) ops.push({ part, hunk, status: 'ins', n: newItems[j + k]!, nKey: newKeys[j + k]! });
      j += n;
    }
  }
  return ops;
}

/** The pieces of an old and a new paragraph, references tagged; values a reference changed are noted. */
function compareItems(o: TextItem, n: TextItem, changedRefs: Map<string, { before: string; after: string }>, options?: DiffOptions): DiffPiece[] {
  noteRefChanges(o, n, changedRefs, options);
  return tagRefs(diffText(o.text, n.text, options), o.segs, n.segs);
}

function noteRefChanges(o: TextItem, n: TextItem, changedRefs: Map<string, { before: string; after: string }>, options?: DiffOptions): string[] {
  const oldRefs = o.segs.filter((s) => s.ref);
  const newRefs = n.segs.filter((s) => s.ref);
  const changed: string[] = [];
  for (const ns of newRefs) {
    const os = oldRefs.find((s) => s.ref === ns.ref);
    if (!os) continue;
    oldRefs.splice(oldRefs.indexOf(os), 1);
    if (textKey(os.text, options) === textKey(ns.text, options)) continue;
    changed.push(ns.ref!);
    if (!changedRefs.has(ns.ref!)) changedRefs.set(ns.ref!, { before: os.text, after: ns.text });
  }
  return changed;
}

function partDiff(pair: PartPair, ops: Op[], changedRefs: Map<string, { before: string; after: string }>, options?: DiffOptions): PartDiff {
  const base = (pair.new ?? pair.old) as PlanPart;
  const out: ParagraphChange[] = [];
  let inserted = 0;
  let deleted = 0;
  let moved = 0;
  let changed = 0;
  const place = (item: TextItem, old?: TextItem) => ({
    role: item.role,
    ...(item.level !== undefined ? { level: item.level } : {}),
    ...(item.row ? { row: rowPlace(old ?? item, item) } : {}),
  });
  for (const op of readingOrder(ops)) {
    if (op.status === 'same') {
      const o = op.o!;
      const n = op.n!;
      if (o.text === n.text) {
        out.push({ kind: 'same', text: n.text, ...place(n, o) });
        continue;
      }
      const refs = noteRefChanges(o, n, changedRefs, options);
      const pieces = tagRefs(diffText(o.text, n.text, options), o.segs, n.segs);
      if (unchanged(pieces)) {
        out.push({ kind: 'same', text: n.text, ...place(n, o) });
        continue;
      }
      changed++;
      const onlyRefs = refs.length > 0 && pieces.every((p) => p.op === 'same' || p.ref);
      if (onlyRefs) {
        const field = refs[0]!;
        const before = o.segs.find((s) => s.ref === field)?.text ?? '';
        const after = n.segs.find((s) => s.ref === field)?.text ?? '';
        out.push({ kind: 'ref-value', field, before, after, pieces, ...place(n, o) });
      } else out.push({ kind: 'edit', pieces, ...place(n, o) });
      continue;
    }
    const partner = op.partner;
    if (op.move !== undefined) {
      moved++;
      if (op.status === 'del') out.push({ kind: 'move-from', moveId: op.move, text: op.o!.text, ...place(op.o!, op.o!), ...rowOnly(op.o!, 'before') });
      else {
        const from = partner!.o!;
        const pieces = compareItems(from, op.n!, changedRefs, options);
        out.push({ kind: 'move-to', moveId: op.move, text: op.n!.text, ...(unchanged(pieces) ? {} : { pieces }), ...place(op.n!), ...rowOnly(op.n!, 'after') });
      }
      continue;
    }
    if (partner) {
      // An edit is shown once, where the new paragraph stands.
      if (op.status === 'del') continue;
      const pieces = compareItems(partner.o!, op.n!, changedRefs, options);
      // The same words, one side typed and the other a live reference (a draft against a Word file): no change to show.
      if (unchanged(pieces)) {
        out.push({ kind: 'same', text: op.n!.text, ...place(op.n!, partner.o!) });
        continue;
      }
      changed++;
      out.push({ kind: 'edit', pieces, ...place(op.n!, partner.o!) });
      continue;
    }
    if (op.status === 'del') {
      deleted++;
      out.push({ kind: 'delete', text: op.o!.text, ...place(op.o!), ...rowOnly(op.o!, 'before') });
    } else {
      inserted++;
      out.push({ kind: 'insert', text: op.n!.text, ...place(op.n!), ...rowOnly(op.n!, 'after') });
    }
  }
  return {
    label: base.label,
    kind: base.kind,
    ...(pair.new?.kind === 'section' && pair.new.id ? { sectionId: pair.new.id } : {}),
    ...(pair.new?.kind === 'appendix' && pair.new.id ? { appendixId: pair.new.id } : {}),
    paragraphs: out,
    inserted,
    deleted,
    moved,
    changed,
  };
}

/**
 * Inside a run of changes, the order a reader expects: each edited paragraph where it stands, a
 * deleted paragraph after the paragraphs that came before it in the old text (jsdiff gives all the
 * deletions of a run before its insertions, which would list a deleted row above an edited one
 * that preceded it).
 */
function readingOrder(ops: Op[]): Op[] {
  const out: Op[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.status === 'same') {
      out.push(ops[k++]!);
      continue;
    }
    const hunk: Op[] = [];
    while (k < ops.length && ops[k]!.status !== 'same') hunk.push(ops[k++]!);
    const dels = hunk.filter((op) => op.status === 'del');
    const editOf = new Set(dels.filter((d) => d.partner && d.move === undefined && d.partner.hunk === d.hunk && d.partner.part === d.part));
    let d = 0;
    for (const op of hunk) {
      if (op.status !== 'ins') continue;
      const partner = op.partner;
      if (partner && editOf.has(partner)) {
        // The deletions before this edit's old paragraph come first.
        const at = dels.indexOf(partner);
        for (; d < at; d++) out.push(dels[d]!);
        if (d === at) d++;
        out.push(partner, op);
      } else out.push(op);
    }
    for (; d < dels.length; d++) out.push(dels[d]!);
  }
  return out;
}

/** The cells of a row in both plans (as far as the row is in each). */
function rowPlace(o: TextItem, n: TextItem): TableRowPlace {
  return { ...(o.row ? { before: o.row.cells } : {}), ...(n.row ? { after: n.row.cells } : {}), header: (n.row ?? o.row)!.header, widths: (n.row ?? o.row)!.widths };
}

/** A row only in one plan: only its cells there. */
const rowOnly = (item: TextItem, side: 'before' | 'after'): { row?: TableRowPlace } =>
  item.row ? { row: { [side]: item.row.cells, header: item.row.header, widths: item.row.widths } } : {};

/** True when the two plans read the same (no part has a change and no reference value changed). */
export const isUnchanged = (diff: PlanDiff): boolean =>
  diff.refChanges.length === 0 && diff.parts.every((p) => p.paragraphs.every((c) => c.kind === 'same'));
