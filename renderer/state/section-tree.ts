import type { Section } from '../../core/model';

/**
 * Pure helpers over the section tree. A position is (parent id or null for the top level, index
 * among that parent's children); every function returns new arrays and never mutates its input,
 * because React and the preview compare plans by identity.
 */
export interface SectionPosition {
  parentId: string | null;
  index: number;
}

export function findSection(sections: Section[], id: string): Section | null {
  for (const section of sections) {
    if (section.id === id) return section;
    const inner = findSection(section.children, id);
    if (inner) return inner;
  }
  return null;
}

export function findPosition(sections: Section[], id: string, parentId: string | null = null): SectionPosition | null {
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!;
    if (section.id === id) return { parentId, index };
    const inner = findPosition(section.children, id, section.id);
    if (inner) return inner;
  }
  return null;
}

/** The children list at `parentId` (top level for null), or null when that parent does not exist. */
export function childrenOf(sections: Section[], parentId: string | null): Section[] | null {
  if (parentId === null) return sections;
  const parent = findSection(sections, parentId);
  return parent ? parent.children : null;
}

/** Replaces the children list of `parentId` through `update`, rebuilding only the path to it. */
function updateChildren(sections: Section[], parentId: string | null, update: (children: Section[]) => Section[]): Section[] {
  if (parentId === null) return update(sections);
  let changed = false;
  const next = sections.map((section) => {
    if (section.id === parentId) {
      changed = true;
      return { ...section, children: update(section.children) };
    }
    const children = updateChildren(section.children, parentId, update);
    if (children !== section.children) {
      changed = true;
      return { ...section, children };
    }
    return section;
  });
  return changed ? next : sections;
}

export function insertSection(sections: Section[], position: SectionPosition, section: Section): Section[] {
  return updateChildren(sections, position.parentId, (children) => {
    const index = Math.max(0, Math.min(position.index, children.length));
    return [...children.slice(0, index), section, ...children.slice(index)];
  });
}

export function removeSection(sections: Section[], id: string): Section[] {
  const position = findPosition(sections, id);
  if (!position) return sections;
  return updateChildren(sections, position.parentId, (children) => children.filter((s) => s.id !== id));
}

export function isDescendant(sections: Section[], ancestorId: string, id: string): boolean {
  const ancestor = findSection(sections, ancestorId);
  return ancestor !== null && ancestor.id !== id && findSection(ancestor.children, id) !== null;
}

/** Flattened depth-first order with depth (1 = top level): what the outline shows. */
export function flattenSections(sections: Section[], depth = 1): Array<{ section: Section; depth: number }> {
  return sections.flatMap((section) => [{ section, depth }, ...flattenSections(section.children, depth + 1)]);
}
