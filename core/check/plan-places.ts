import type { BlockElement, InlineNode } from '../model/inline';
import { isFootnote, isRef } from '../model/inline';
import type { Plan, Section } from '../model/plan';
import { createRefResolver } from '../render/resolve';
import { computeSectionNumbers, effectiveLevels, toRoman } from '../render/numbering';
import type { TextPlace } from './types';

/**
 * The plan walked into the places a clerk reads, in reading order, each with the text it shows
 * (live references resolved in document order, as the layout does). Rules search these texts;
 * a finding's [start, end) is a range of `text`, and applyFix maps it back to the leaves through
 * `segments` (only `typed` segments are editable: a live reference is right by construction).
 */
export interface PlaceSegment {
  start: number;
  end: number;
  kind: 'typed' | 'ref' | 'footnote';
  /** Index of the inline node in the place's node list; 0 for string places. */
  node: number;
}

export interface PlanPlace {
  place: TextPlace;
  /** As a clerk says it: "Trích yếu", "Mục II.1", "Nơi nhận". */
  label: string;
  text: string;
  segments: PlaceSegment[];
  /** Where the value lives in the plan: an InlineNode[] (`inline`) or a string (`string`). */
  path: Array<string | number>;
  kind: 'inline' | 'string';
  /** For section places: the section (rules read its key and title). */
  section?: Section;
  /** Section number as laid out ("II.", "3.1."), for section places. */
  number?: string;
  /** The nodes of an inline place, as stored. */
  nodes?: InlineNode[];
}

const stringPlace = (place: TextPlace, label: string, path: Array<string | number>, value: string, extra: Partial<PlanPlace> = {}): PlanPlace => ({
  place,
  label,
  text: value,
  segments: [{ start: 0, end: value.length, kind: 'typed', node: 0 }],
  path,
  kind: 'string',
  ...extra,
});

const placeKey = (p: TextPlace): string =>
  JSON.stringify([p.area, p.sectionId ?? '', p.appendixId ?? '', p.block ?? [], p.field ?? '', p.documentId ?? '']);

export interface PlanPlaces {
  places: PlanPlace[];
  find(place: TextPlace): PlanPlace | undefined;
  /** Reading-order index of a place (for sorting findings); places not walked sort last. */
  order(place: TextPlace): number;
}

const cache = new WeakMap<Plan, PlanPlaces>();

/** The places of a plan, computed once per plan object (plans are immutable: an edit makes a new one). */
export function placesOf(plan: Plan): PlanPlaces {
  let places = cache.get(plan);
  if (!places) {
    places = planPlaces(plan);
    cache.set(plan, places);
  }
  return places;
}

export function planPlaces(plan: Plan): PlanPlaces {
  const resolver = createRefResolver(plan);
  const places: PlanPlace[] = [];

  const inlinePlace = (place: TextPlace, label: string, path: Array<string | number>, nodes: InlineNode[], summary: boolean, extra: Partial<PlanPlace> = {}): PlanPlace => {
    const refTexts = resolver.resolveRefs(nodes, summary);
    let r = 0;
    let text = '';
    const segments: PlaceSegment[] = [];
    nodes.forEach((node, i) => {
      const value = isRef(node) ? (refTexts[r++] ?? '') : isFootnote(node) ? '' : node.text;
      const kind = isRef(node) ? 'ref' : isFootnote(node) ? 'footnote' : 'typed';
      segments.push({ start: text.length, end: text.length + value.length, kind, node: i });
      text += value;
    });
    return { place, label, text, segments, path, kind: 'inline', nodes, ...extra };
  };

  const blocks = (base: TextPlace, label: string, path: Array<string | number>, body: BlockElement[], extra: Partial<PlanPlace> = {}): void => {
    body.forEach((block, i) => {
      if (block.type === 'table') {
        block.rows.forEach((row, r) =>
          row.forEach((cell, c) =>
            places.push(stringPlace({ ...base, block: [i, r, c] }, `${label}, bảng, hàng ${r + 1}`, [...path, i, 'rows', r, c], cell, extra)),
          ),
        );
      } else places.push(inlinePlace({ ...base, block: [i] }, label, [...path, i, 'children'], block.children, false, extra));
    });
  };

  const org = plan.organisation;
  for (const field of ['superiorBody', 'issuingBody'] as const)
    if (org[field] !== '') places.push(stringPlace({ area: 'header', field }, 'Tiêu đề văn bản', ['organisation', field], org[field]));
  if (plan.authorLine) places.push(stringPlace({ area: 'header', field: 'authorLine' }, 'Tên loại văn bản', ['authorLine'], plan.authorLine));
  places.push(inlinePlace({ area: 'summary' }, 'Trích yếu', ['summary'], plan.summary, true));
  blocks({ area: 'preamble' }, 'Câu mở đầu', ['preamble'], plan.preamble);

  const numbers = computeSectionNumbers(plan.sections, effectiveLevels(plan));
  const walk = (sections: Section[], path: Array<string | number>, parentNumber: string, parentOwn: string): void => {
    sections.forEach((section, i) => {
      const here = [...path, i];
      const number = numbers.get(section.id) ?? '';
      // "Mục II.1": a child's number under its parent's, unless the style already nests it ("1.1.").
      const own = number.replace(/[.)]$/, '');
      const tail = parentOwn && own.startsWith(`${parentOwn}.`) ? own.slice(parentOwn.length + 1) : own;
      const full = parentNumber && tail ? `${parentNumber}.${tail}` : tail || parentNumber;
      const label = own ? `Mục ${full}` : section.title ? `Mục “${section.title.slice(0, 40)}”` : full ? `Mục ${full}` : 'Mục không đánh số';
      const extra = { section, number };
      if (section.title !== '') places.push(stringPlace({ area: 'section-title', sectionId: section.id }, label, [...here, 'title'], section.title, extra));
      blocks({ area: 'section-body', sectionId: section.id }, label, [...here, 'body'], section.body, extra);
      walk(section.children, [...here, 'children'], full, own);
    });
  };
  walk(plan.sections, ['sections'], '', '');

  plan.recipients.forEach((group, g) =>
    group.items.forEach((item, i) => places.push(stringPlace({ area: 'recipients', block: [g, i] }, 'Nơi nhận', ['recipients', g, 'items', i], item))),
  );
  places.push(stringPlace({ area: 'recipients', field: 'archiveLine' }, 'Nơi nhận, dòng lưu', ['organisation', 'archiveLine'], org.archiveLine));
  for (const field of ['authority', 'position', 'name'] as const)
    places.push(stringPlace({ area: 'signature', field }, 'Chữ ký', ['signature', field], plan.signature[field]));

  const appendices = plan.appendices ?? [];
  appendices.forEach((appendix, a) => {
    const label = appendices.length > 1 ? `Phụ lục ${toRoman(a + 1)}` : 'Phụ lục';
    const base = { area: 'appendix' as const, appendixId: appendix.id };
    if (appendix.title !== '') places.push(stringPlace({ ...base, field: 'title' }, label, ['appendices', a, 'title'], appendix.title));
    places.push(inlinePlace({ ...base, field: 'attachLine' }, label, ['appendices', a, 'attachLine'], appendix.attachLine, false));
    blocks(base, label, ['appendices', a, 'body'], appendix.body);
  });

  const index = new Map(places.map((p, i) => [placeKey(p.place), { p, i }]));
  // The document set reads after the header, before the summary that cites it.
  const documentsAt = places.findIndex((p) => p.place.area !== 'header') - 0.5;
  return {
    places,
    find: (place) => index.get(placeKey(place))?.p,
    order: (place) => index.get(placeKey(place))?.i ?? (place.area === 'documents' ? documentsAt : places.length),
  };
}

/** True when [start, end) lies over typed text only (a zero-length range may touch a reference). */
export function isTypedRange(place: PlanPlace, start: number, end: number): boolean {
  if (start < 0 || end > place.text.length || start > end) return false;
  if (start === end) return place.segments.some((s) => s.kind === 'typed' && s.start <= start && start <= s.end);
  return place.segments.every((s) => s.kind === 'typed' || s.end <= start || s.start >= end);
}
