import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPlans, isUnchanged } from '../../../core/diff/diff-plans';
import { newText, oldText } from '../../../core/diff/diff-text';
import { planParts } from '../../../core/diff/plan-text';
import type { ParagraphChange, PlanDiff } from '../../../core/diff/types';
import { type BlockElement, type InlineNode, isFootnote, isRef, paragraph, text } from '../../../core/model/inline';
import type { Plan, Section } from '../../../core/model/plan';
import { applyToneMarks } from '../../../core/text/tone-marks';
import { formatShortDate, formatWordsDate } from '../../../core/citation/dates';
import { EXAMPLE_NAMES, loadExample } from '../../helpers/example-files';
import { generatedDraft, seededRandom } from '../../helpers/generated-plans';
import { secondVersion } from '../../helpers/plan-versions';

/** Every text leaf of a plan rewritten (section titles, body, bullets, table cells). */
function mapTexts(plan: Plan, f: (s: string) => string): Plan {
  const copy = structuredClone(plan);
  const inline = (nodes: InlineNode[]) => nodes.forEach((n) => !isRef(n) && !isFootnote(n) && (n.text = f(n.text)));
  const block = (b: BlockElement) => (b.type === 'table' ? (b.rows = b.rows.map((r) => r.map(f))) : inline(b.children));
  const section = (s: Section): void => {
    s.title = f(s.title);
    s.body.forEach(block);
    s.children.forEach(section);
  };
  inline(copy.summary);
  copy.preamble.forEach(block);
  copy.sections.forEach(section);
  (copy.appendices ?? []).forEach((a) => a.body.forEach(block));
  return copy;
}

const changes = (diff: PlanDiff): ParagraphChange[] => diff.parts.flatMap((p) => p.paragraphs.filter((c) => c.kind !== 'same'));

/** The new plan's text read back from the comparison: what "accept all" gives. */
const acceptedLines = (diff: PlanDiff): string[] =>
  diff.parts.flatMap((p) =>
    p.paragraphs.flatMap((c) => {
      switch (c.kind) {
        case 'same':
        case 'insert':
        case 'move-to':
          return [c.text];
        case 'edit':
        case 'ref-value':
          return [newText(c.pieces)];
        default:
          return [];
      }
    }),
  );
/** The old plan's text read back from the comparison ("reject all"), as a sorted list: edits stand where the new paragraph stands. */
const rejectedLines = (diff: PlanDiff): string[] =>
  diff.parts
    .flatMap((p) =>
      p.paragraphs.flatMap((c) => {
        switch (c.kind) {
          case 'same':
          case 'delete':
          case 'move-from':
            return [c.text];
          case 'edit':
          case 'ref-value':
            return [oldText(c.pieces)];
          default:
            return [];
        }
      }),
    )
    .sort();
const lines = (plan: Plan): string[] => planParts(plan).flatMap((p) => p.items.map((i) => i.text));

describe('diffPlans on the example drafts', () => {
  it.each(EXAMPLE_NAMES)('%s compared with itself has no change', (name) => {
    const plan = loadExample(name, false);
    expect(isUnchanged(diffPlans(plan, structuredClone(plan)))).toBe(true);
  });

  it.each(EXAMPLE_NAMES)('%s typed with combining marks (NFD) reads as the same plan', (name) => {
    const plan = loadExample(name, false);
    expect(isUnchanged(diffPlans(mapTexts(plan, (s) => s.normalize('NFD')), plan))).toBe(true);
  });

  it.each(EXAMPLE_NAMES)('%s with the other tone-mark placement: changes without the option, none with it', (name) => {
    const plan = loadExample(name, false);
    const other = mapTexts(plan, (s) => applyToneMarks(s, plan.organisation.toneMarks === 'ủy' ? 'uỷ' : 'ủy'));
    const strict = changes(diffPlans(plan, other));
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.every((c) => c.kind === 'edit')).toBe(true);
    expect(isUnchanged(diffPlans(plan, other, { ignoreToneMarks: true }))).toBe(true);
  });

  it.each(EXAMPLE_NAMES)('%s second version: the moved paragraph is a move, the edited word an edit, the base date a reference change', (name) => {
    const plan = loadExample(name, false);
    const v2 = secondVersion(plan);
    const diff = diffPlans(plan, v2.plan);
    const all = changes(diff);
    // The move: once at each end with the same id, never a deletion plus an insertion.
    const from = all.filter((c) => c.kind === 'move-from');
    const to = all.filter((c) => c.kind === 'move-to');
    expect(from).toHaveLength(1);
    expect(to).toHaveLength(1);
    expect(from[0]!.kind === 'move-from' && to[0]!.kind === 'move-to' && from[0]!.moveId === to[0]!.moveId).toBe(true);
    expect(from[0]!.kind === 'move-from' && from[0]!.text).toContain(v2.movedText.trim().slice(0, 40));
    expect(all.filter((c) => c.kind === 'insert' || c.kind === 'delete')).toEqual([]);
    // The word: one edit whose pieces delete the old word and insert the new one.
    const edits = all.filter((c) => c.kind === 'edit');
    expect(edits).toHaveLength(1);
    const pieces = edits[0]!.kind === 'edit' ? edits[0]!.pieces : [];
    expect(pieces.filter((p) => p.op === 'delete').map((p) => p.text.trim())).toEqual([v2.edited.before]);
    expect(pieces.filter((p) => p.op === 'insert').map((p) => p.text.trim())).toEqual([v2.edited.after]);
    // The date: listed once, shown as a reference change wherever the citation prints it.
    expect(diff.refChanges.filter((r) => r.field === 'document.date')).toEqual([
      expect.objectContaining({ before: formatShortDate(v2.date.before), after: formatShortDate(v2.date.after) }),
    ]);
    const refValues = all.filter((c) => c.kind === 'ref-value');
    expect(refValues.length).toBeGreaterThan(0);
    for (const c of refValues) expect(c.kind === 'ref-value' && c.pieces.filter((p) => p.op !== 'same').every((p) => p.ref !== undefined)).toBe(true);
    // No paragraph still shows the old date as unchanged.
    const oldShown = [formatShortDate(v2.date.before), formatWordsDate(v2.date.before)];
    const stale = diff.parts.flatMap((p) => p.paragraphs).filter((c) => c.kind === 'same' && oldShown.some((d) => c.text.includes(d)));
    expect(stale).toEqual([]);
  });
});

describe('diffPlans on a citation date', () => {
  it('reports a changed base date as a reference change in the summary and the opening, listed once', () => {
    const plan = loadExample('an-lao', false);
    const v2 = structuredClone(plan);
    const base = v2.documents.find((d) => d.id === v2.baseIds[0])!;
    expect(base.date).toBe('2024-04-24');
    base.date = '2024-04-25';
    const diff = diffPlans(plan, v2);
    expect(diff.refChanges).toEqual([{ field: 'document.date', target: base.id, label: 'Ngày của Chỉ thị số 32-CT/TU', before: '24/4/2024', after: '25/4/2024' }]);
    for (const label of ['Trích yếu', 'Mở đầu']) {
      const part = diff.parts.find((p) => p.label === label)!;
      const change = part.paragraphs.find((c) => c.kind !== 'same');
      expect(change?.kind).toBe('ref-value');
      if (change?.kind !== 'ref-value') continue;
      expect(change.pieces.filter((p) => p.op !== 'same')).toEqual([
        { op: 'delete', text: '24/4/2024', ref: expect.stringContaining('@') },
        { op: 'insert', text: '25/4/2024', ref: expect.stringContaining('@') },
      ].map((p) => ({ ...p, ref: expect.any(String) })));
    }
    expect(changes(diff).every((c) => c.kind === 'ref-value')).toBe(true);
  });

  it('reports a number symbol typed into the text as one token changed: "32-CT/TU" → "33-CT/TU"', () => {
    const plan: Plan = { ...loadExample('an-lao', false) };
    const v2 = structuredClone(plan);
    const first = v2.sections[0]!.children[0]!;
    first.body.push(paragraph(text('Thực hiện nghiêm Chỉ thị số 33-CT/TU.')));
    const v1 = structuredClone(v2);
    (v1.sections[0]!.children[0]!.body.at(-1) as { children: Array<{ text: string }> }).children[0]!.text = 'Thực hiện nghiêm Chỉ thị số 32-CT/TU.';
    const edit = changes(diffPlans(v1, v2));
    expect(edit).toEqual([expect.objectContaining({ kind: 'edit' })]);
    expect(edit[0]!.kind === 'edit' && edit[0]!.pieces.filter((p) => p.op !== 'same')).toEqual([
      { op: 'delete', text: '32-CT/TU' },
      { op: 'insert', text: '33-CT/TU' },
    ]);
  });
});

describe('diffPlans on moved paragraphs', () => {
  const longest = (s: Section) => s.body.filter((b) => b.type !== 'table').length;

  it('reports two paragraphs swapped inside one section as a move, not a deletion plus an insertion', () => {
    const plan = loadExample('an-lao', false);
    const v2 = structuredClone(plan);
    const s = v2.sections.flatMap((x) => x.children).find((x) => longest(x) >= 3)!;
    [s.body[0], s.body[1]] = [s.body[1]!, s.body[0]!];
    const all = changes(diffPlans(plan, v2));
    expect(all.map((c) => c.kind).sort()).toEqual(['move-from', 'move-to']);
  });

  it('reports two top-level sections swapped as their paragraphs moved, so the new order shows', () => {
    const plan = loadExample('thanh-xuan', false);
    const v2 = structuredClone(plan);
    [v2.sections[0], v2.sections[1]] = [v2.sections[1]!, v2.sections[0]!];
    const diff = diffPlans(plan, v2);
    const all = changes(diff);
    const moved = all.filter((c) => c.kind === 'move-to').length;
    expect(moved).toBeGreaterThan(0);
    // Everything of the section that moved is a move, but for its heading whose number changed ("A." → "B.").
    expect(all.filter((c) => c.kind === 'insert' || c.kind === 'delete').every((c) => (c.kind === 'insert' || c.kind === 'delete') && c.role === 'heading')).toBe(true);
    // Accepting gives the new order.
    expect(diff.parts.filter((p) => p.kind === 'section' && p.paragraphs.some((c) => c.kind !== 'move-from' && c.kind !== 'delete')).map((p) => p.sectionId)).toEqual(v2.sections.map((s) => s.id));
  });

  it('reports a paragraph moved to another section and edited on the way as a move whose pieces show the edit', () => {
    const plan = loadExample('thanh-xuan', false);
    const v2 = structuredClone(plan);
    const leaves = v2.sections.flatMap((x) => [x, ...x.children]).filter((x) => x.body.some((b) => b.type === 'paragraph'));
    const from = leaves[0]!;
    const block = from.body.find((b) => b.type === 'paragraph' && b.children.some((c) => 'text' in c && c.text.split(' ').length > 12))!;
    from.body.splice(from.body.indexOf(block), 1);
    const leaf = (block as { children: Array<{ text?: string }> }).children.find((c) => typeof c.text === 'string' && c.text.split(' ').length > 12)!;
    leaf.text = `${leaf.text} và báo cáo kết quả`;
    leaves[leaves.length - 1]!.body.push(block);
    const all = changes(diffPlans(plan, v2));
    const to = all.find((c) => c.kind === 'move-to');
    expect(all.filter((c) => c.kind === 'insert' || c.kind === 'delete')).toEqual([]);
    expect(to?.kind === 'move-to' && to.pieces?.filter((p) => p.op !== 'same')).toEqual([{ op: 'insert', text: ' và báo cáo kết quả' }]);
  });
});

/** A generated plan: an example's frame, generated sections of reworded real clauses. */
function generatedPlan(seed: number, pages = 4): Plan {
  const frame = loadExample('an-lao', false);
  return { ...frame, sections: generatedDraft(pages, seed).sections };
}

/** Random edits a clerk makes between two drafts: words changed, paragraphs deleted, added, moved; sections removed. */
function edited(plan: Plan, seed: number): Plan {
  const random = seededRandom(seed);
  const copy = structuredClone(plan);
  const leaves = copy.sections.flatMap((s) => s.children).filter((s) => s.body.length > 0);
  const n = 1 + Math.floor(random() * 6);
  for (let k = 0; k < n; k++) {
    const s = leaves[Math.floor(random() * leaves.length)]!;
    const i = Math.floor(random() * s.body.length);
    const op = random();
    if (op < 0.3) {
      const leaf = (s.body[i] as { children: Array<{ text: string }> } | undefined)?.children[0];
      if (leaf) leaf.text = leaf.text.replace(/\S+/, 'sửa đổi');
    } else if (op < 0.5) s.body.splice(i, 1);
    else if (op < 0.7) s.body.splice(i, 0, paragraph(text(`Đoạn mới thứ ${k} về công tác kiểm tra, giám sát của cấp ủy.`)));
    else if (op < 0.9) {
      const [moved] = s.body.splice(i, 1);
      const to = leaves[Math.floor(random() * leaves.length)]!;
      if (moved) to.body.splice(Math.floor(random() * (to.body.length + 1)), 0, moved);
    } else if (copy.sections.length > 1) copy.sections.splice(Math.floor(random() * copy.sections.length), 1);
  }
  return copy;
}

describe('diffPlans on generated plans', () => {
  it('a generated plan compared with itself has no change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const plan = generatedPlan(seed);
        expect(isUnchanged(diffPlans(plan, structuredClone(plan)))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('never loses text: accepting every change gives the new plan, rejecting every change the old one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (seed, editSeed) => {
        const oldPlan = generatedPlan(seed);
        const newPlan = edited(oldPlan, editSeed);
        const diff = diffPlans(oldPlan, newPlan);
        expect(acceptedLines(diff)).toEqual(lines(newPlan));
        expect(rejectedLines(diff)).toEqual([...lines(oldPlan)].sort());
      }),
      { numRuns: 60 },
    );
  });
});

describe('diffPlans on the header facts', () => {
  it('reports the number filled in, the draft mark and the signer as changes of their parts', () => {
    const plan = loadExample('an-lao', false);
    const v2: Plan = { ...structuredClone(plan), number: '45', marks: { draftNumber: 2 }, signature: { ...plan.signature, name: 'Lê Văn Hùng' } };
    const diff = diffPlans({ ...plan, marks: { draftNumber: 1 } }, v2);
    const header = diff.parts.find((p) => p.kind === 'header')!;
    const text = header.paragraphs.flatMap((c) => (c.kind === 'edit' ? c.pieces.filter((p) => p.op === 'insert').map((p) => p.text.trim()) : []));
    expect(text).toEqual(expect.arrayContaining([expect.stringContaining('45'), '2']));
    const signature = diff.parts.find((p) => p.kind === 'signature')!;
    expect(signature.changed).toBe(1);
    expect(diff.parts.filter((p) => p.kind === 'section').every((p) => p.changed + p.inserted + p.deleted + p.moved === 0)).toBe(true);
  });
});
