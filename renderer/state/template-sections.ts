import type { TemplateSectionInfo } from '../../core/ipc/api';
import type { Section } from '../../core/model';
import { defaultIdFactory, type IdFactory } from './section-ops';
import { type SectionPosition, childrenOf, flattenSections, isDescendant } from './section-tree';

/**
 * "Thêm mục" from the plan's template: one more of a repeatable section (one more unit in "Tổ chức
 * thực hiện"), or an optional section the clerk left out at creation. The template lists only
 * these (TemplateSummary.sections, in template order), not the required ones around them, so an
 * optional section's place among its siblings is inferred from the listed sections present.
 */
export interface TemplateSectionChoice {
  info: TemplateSectionInfo;
  /** Where the new section goes. */
  position: SectionPosition;
  /** What the clerk reads in the list: “Đối với …” vào “Tổ chức thực hiện”. */
  label: string;
}

const keyedSections = (sections: Section[], key: string): Section[] =>
  flattenSections(sections).map((r) => r.section).filter((s) => s.key === key);

/**
 * The section a child goes into: of several with the parent's key (a repeatable parent), the one
 * holding the selection, else the last one.
 */
function parentFor(sections: Section[], parentKey: string, selectedId: string | null): Section | null {
  const candidates = keyedSections(sections, parentKey);
  const holding = selectedId
    ? candidates.find((c) => c.id === selectedId || isDescendant(sections, c.id, selectedId))
    : undefined;
  return holding ?? candidates.at(-1) ?? null;
}

/** Index among `siblings` for `info`: after its own kind, else by the template order of the listed sections. */
function indexAmong(siblings: Section[], info: TemplateSectionInfo, infos: TemplateSectionInfo[]): number {
  const lastSame = siblings.map((s) => s.key).lastIndexOf(info.key);
  if (lastSame >= 0) return lastSame + 1;
  const family = infos.filter((i) => i.parentKey === info.parentKey).map((i) => i.key);
  const at = family.indexOf(info.key);
  const before = new Set(family.slice(0, at));
  const after = new Set(family.slice(at + 1));
  const firstLater = siblings.findIndex((s) => s.key !== undefined && after.has(s.key));
  if (firstLater >= 0) return firstLater;
  const lastEarlier = siblings.map((s) => (s.key !== undefined && before.has(s.key) ? 1 : 0)).lastIndexOf(1);
  if (lastEarlier >= 0) return lastEarlier + 1;
  return siblings.length;
}

/** The sections the clerk may add now, in template order, each with its place. */
export function templateSectionChoices(sections: Section[], infos: TemplateSectionInfo[], selectedId: string | null = null): TemplateSectionChoice[] {
  return infos.flatMap((info): TemplateSectionChoice[] => {
    if (info.presence === 'optional' && keyedSections(sections, info.key).length > 0) return [];
    const parent = info.parentKey ? parentFor(sections, info.parentKey, selectedId) : null;
    // A child of an absent optional section has nowhere to go until its parent is added.
    if (info.parentKey && !parent) return [];
    const siblings = childrenOf(sections, parent?.id ?? null) ?? [];
    const name = info.title ? `“${info.title}”` : 'một mục mới';
    const where = parent ? ` vào “${parent.title || 'mục chưa có tiêu đề'}”` : '';
    return [{
      info,
      position: { parentId: parent?.id ?? null, index: indexAmong(siblings, info, infos) },
      label: `Thêm ${name}${where}`,
    }];
  });
}

/** The new section: fresh id, the template's key, title (may be empty) and run-in style, one empty paragraph. */
export function createTemplateSection(info: TemplateSectionInfo, newId: IdFactory = defaultIdFactory): Section {
  const section: Section = { id: newId(), key: info.key, title: info.title, body: [{ type: 'paragraph', children: [{ text: '' }] }], children: [] };
  if (info.runIn) section.runIn = true;
  return section;
}

