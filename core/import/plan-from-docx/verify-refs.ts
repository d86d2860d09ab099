import type { BlockElement, InlineNode, RefElement } from '../../model/inline';
import type { Plan, Section } from '../../model/plan';
import { resolveInOrder } from '../../render/resolve-order';
import { type ImportNote, note } from './import-notes';

/**
 * A reference made from the Word text is kept only if the plan prints that text again: where the
 * engine would cite differently (an unusual word order, a typo in the original), the clerk's text
 * stays as it was, and the note says so. References to library documents stay live (the library
 * is the truth), with a note when the printed citation differs from the old text.
 */
const same = (a: string, b: string): boolean => a.normalize('NFC').replace(/\s+/g, ' ').trim() === b.normalize('NFC').replace(/\s+/g, ' ').trim();

function replaceIn(nodes: InlineNode[], keep: (r: RefElement) => boolean, expected: Map<RefElement, string>): InlineNode[] {
  return nodes.map((n) => ('type' in n && n.type === 'ref' && !keep(n) ? { text: expected.get(n) ?? '' } : n));
}

function mapBlocks(blocks: BlockElement[], f: (nodes: InlineNode[]) => InlineNode[]): BlockElement[] {
  return blocks.map((b) => (b.type === 'table' ? b : ({ ...b, children: f(b.children) } as BlockElement)));
}

function mapSections(sections: Section[], f: (nodes: InlineNode[]) => InlineNode[]): Section[] {
  return sections.map((s) => ({ ...s, body: mapBlocks(s.body, f), children: mapSections(s.children, f) }));
}

export function keepRefsThatPrintTheSame(plan: Plan, expected: Map<RefElement, string>, libraryIds: Set<string>): { plan: Plan; notes: ImportNote[] } {
  let current = plan;
  const notes: ImportNote[] = [];
  const dropped = new Set<RefElement>();
  // Dropping one reference can change what another prints (a short name introduced or not): repeat.
  for (let round = 0; round < 3; round += 1) {
    const printed = resolveInOrder(current);
    let changed = false;
    for (const [r, text] of expected) {
      if (dropped.has(r)) continue;
      const now = printed.get(r);
      if (now === undefined || same(now, text)) continue;
      const target = r.target ?? current.baseIds[0];
      if (r.field !== 'org.collective' && target && libraryIds.has(target)) {
        if (round === 0) notes.push(note('Trích dẫn này được thay bằng văn bản trong thư viện nên chữ in ra khác bản gốc; hãy đọc lại câu.', text));
        continue;
      }
      dropped.add(r);
      changed = true;
      if (r.field !== 'org.collective')
        notes.push(note('Trích dẫn này không tạo lại được đúng như bản gốc nên được giữ nguyên là chữ (không tự cập nhật theo văn bản căn cứ).', text));
    }
    if (!changed) break;
    const keep = (r: RefElement): boolean => !dropped.has(r);
    const f = (nodes: InlineNode[]) => replaceIn(nodes, keep, expected);
    current = { ...current, summary: f(current.summary), preamble: mapBlocks(current.preamble, f), sections: mapSections(current.sections, f) };
  }
  return { plan: current, notes };
}
