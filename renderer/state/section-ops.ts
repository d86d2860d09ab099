import type { Section } from '../../core/model';
import {
  type SectionPosition,
  childrenOf,
  findPosition,
  findSection,
  insertSection,
  isDescendant,
  removeSection,
} from './section-tree';

/**
 * Structure edits (add, move, delete) as invertible operations. Undo applies the inverse to the
 * CURRENT plan instead of restoring an old snapshot, so text typed after a structure change is
 * never thrown away by undoing that change.
 */
export type SectionOp =
  | { type: 'insert'; position: SectionPosition; section: Section }
  | { type: 'remove'; id: string }
  | { type: 'move'; id: string; to: SectionPosition }
  /** "Bắt đầu trang mới" on or off (Ctrl+Enter): its inverse sets it back. */
  | { type: 'page-break'; id: string; on: boolean };

export interface AppliedOp {
  sections: Section[];
  inverse: SectionOp;
}

/** Applies an operation; null when it cannot apply (unknown id, moving into itself, …). */
export function applySectionOp(sections: Section[], op: SectionOp): AppliedOp | null {
  switch (op.type) {
    case 'insert': {
      if (childrenOf(sections, op.position.parentId) === null) return null;
      return { sections: insertSection(sections, op.position, op.section), inverse: { type: 'remove', id: op.section.id } };
    }
    case 'remove': {
      const position = findPosition(sections, op.id);
      const section = findSection(sections, op.id);
      if (!position || !section) return null;
      return { sections: removeSection(sections, op.id), inverse: { type: 'insert', position, section } };
    }
    case 'move': {
      const from = findPosition(sections, op.id);
      const section = findSection(sections, op.id);
      if (!from || !section) return null;
      if (op.to.parentId === op.id || (op.to.parentId !== null && isDescendant(sections, op.id, op.to.parentId))) return null;
      const without = removeSection(sections, op.id);
      const target = childrenOf(without, op.to.parentId);
      if (target === null) return null;
      const index = Math.max(0, Math.min(op.to.index, target.length));
      if (from.parentId === op.to.parentId && from.index === index) return null;
      return {
        sections: insertSection(without, { parentId: op.to.parentId, index }, section),
        inverse: { type: 'move', id: op.id, to: from },
      };
    }
    case 'page-break': {
      const section = findSection(sections, op.id);
      if (!section || (section.pageBreakBefore === true) === op.on) return null;
      const { pageBreakBefore: _was, ...rest } = section;
      const next: Section = op.on ? { ...rest, pageBreakBefore: true } : rest;
      const replace = (list: Section[]): Section[] => list.map((s) => (s.id === op.id ? next : s.children.length ? { ...s, children: replace(s.children) } : s));
      return { sections: replace(sections), inverse: { type: 'page-break', id: op.id, on: !op.on } };
    }
  }
}

/** Alt+↑ / Alt+↓: swap with the previous / next sibling. */
export function moveSiblingOp(sections: Section[], id: string, direction: -1 | 1): SectionOp | null {
  const position = findPosition(sections, id);
  if (!position) return null;
  const siblings = childrenOf(sections, position.parentId) ?? [];
  const index = position.index + direction;
  if (index < 0 || index >= siblings.length) return null;
  return { type: 'move', id, to: { parentId: position.parentId, index } };
}

/** "Move into": the section becomes the last child of its previous sibling (one level deeper). */
export function indentOp(sections: Section[], id: string): SectionOp | null {
  const position = findPosition(sections, id);
  if (!position || position.index === 0) return null;
  const previous = (childrenOf(sections, position.parentId) ?? [])[position.index - 1];
  if (!previous) return null;
  return { type: 'move', id, to: { parentId: previous.id, index: previous.children.length } };
}

/** "Move out": the section follows its parent, one level up. */
export function outdentOp(sections: Section[], id: string): SectionOp | null {
  const position = findPosition(sections, id);
  if (!position || position.parentId === null) return null;
  const parentPosition = findPosition(sections, position.parentId);
  if (!parentPosition) return null;
  return { type: 'move', id, to: { parentId: parentPosition.parentId, index: parentPosition.index + 1 } };
}

/** Drag and drop: place `id` before or after `targetId`, or as the last child of `targetId`. */
export function dropOp(sections: Section[], id: string, targetId: string, where: 'before' | 'after' | 'inside'): SectionOp | null {
  if (id === targetId) return null;
  if (where === 'inside') {
    const target = findSection(sections, targetId);
    if (!target) return null;
    return { type: 'move', id, to: { parentId: targetId, index: target.children.length } };
  }
  const from = findPosition(sections, id);
  const target = findPosition(sections, targetId);
  if (!from || !target) return null;
  let index = target.index + (where === 'after' ? 1 : 0);
  // Removing the dragged section first shifts later siblings of the same parent up by one.
  if (from.parentId === target.parentId && from.index < index) index -= 1;
  return { type: 'move', id, to: { parentId: target.parentId, index } };
}

export type IdFactory = () => string;

export const defaultIdFactory: IdFactory = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `s-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** A free section: empty heading (locked numbering) and one empty paragraph to type in. */
export function createFreeSection(newId: IdFactory = defaultIdFactory, title = ''): Section {
  return { id: newId(), title, body: [{ type: 'paragraph', children: [{ text: '' }] }], children: [] };
}
