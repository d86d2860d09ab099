import type { BlockElement } from '../../core/model/inline';
import type { DocumentRef } from '../../core/model/document-ref';
import type { Plan, Section } from '../../core/model/plan';

/** Immutable updates of a plan: only the path to the changed node is copied, so memoised views of the rest stay put. */

export function updateSection(sections: Section[], id: string, fn: (s: Section) => Section): Section[] {
  let changed = false;
  const next = sections.map((s) => {
    if (s.id === id) {
      changed = true;
      return fn(s);
    }
    if (s.children.length === 0) return s;
    const children = updateSection(s.children, id, fn);
    if (children === s.children) return s;
    changed = true;
    return { ...s, children };
  });
  return changed ? next : sections;
}

export const setSectionBody = (plan: Plan, id: string, body: BlockElement[]): Plan => ({
  ...plan,
  sections: updateSection(plan.sections, id, (s) => ({ ...s, body })),
});

export const setSectionTitle = (plan: Plan, id: string, title: string): Plan => ({
  ...plan,
  sections: updateSection(plan.sections, id, (s) => ({ ...s, title: title.normalize('NFC') })),
});

/** Edits a cited document; it exists once in the plan's set, so every reference to it follows. */
export function updateDocument(plan: Plan, id: string, patch: Partial<DocumentRef>): Plan {
  return { ...plan, documents: plan.documents.map((doc) => (doc.id === id ? { ...doc, ...patch } : doc)) };
}
