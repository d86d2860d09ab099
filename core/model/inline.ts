import * as z from 'zod/mini';
import { type TableElement, tableSchema } from './table';

/**
 * Rich text as stored in a plan. The shapes are Slate's (elements with `children`, leaves
 * with `text` and marks), so the editor works on the model itself and nothing is converted
 * on the typing path.
 */

/** The facts of the plan a live reference can stand for. */
export const REF_FIELDS = [
  'citation.full', // Chỉ thị số 32-CT/TU ngày 24/4/2024 của … về … (chained when the parent has a parent)
  'citation.fullNoDate', // the same without the date: Nghị quyết số 57-NQ/TW của Bộ Chính trị về …
  'citation.short', // Chỉ thị số 32-CT/TU (or the short name once introduced)
  'citation.typeNumber', // Chương trình hành động số 05 (type and number only)
  'citation.numberSymbol', // 32-CT/TU
  'citation.date', // 24/4/2024 (per citation style)
  'citation.issuer', // Ban Thường vụ Thành ủy
  'citation.subject', // về việc …
  'citation.type', // Chỉ thị
  'bases.full', // all bases, joined as in an opening sentence
  'org.collective', // Ban Thường vụ Huyện ủy
  'org.issuingBody', // Huyện ủy An Lão (title case, as in running text)
  'org.place', // An Lão
  'plan.year', // 2024
  'plan.type', // Kế hoạch
  'plan.name', // Kế hoạch thực hiện Nghị quyết số 57-NQ/TW (composed from plan.wording.opening)
  'plan.nameGeneric', // Kế hoạch triển khai thực hiện (the plan type and wording.opening.implementVerb)
  'plan.subject', // the plan's own subject (plan.wording.subject)
  'plan.numberSymbol', // 45-KH/HU, 195/KH-UBND; blank number kept blank ("      -KH/HU"), as on the number line
  'plan.date', // ngày 08/5/2024 (per citation style); blank day/month kept blank, as on the date line
] as const;
export type RefField = (typeof REF_FIELDS)[number];

export interface TextLeaf {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Inline void element: rendering always reads the current model. */
export interface RefElement {
  type: 'ref';
  field: RefField;
  /** id of a document in `plan.documents`; default: the first base. */
  target?: string;
  children: [TextLeaf];
}

/**
 * Inline void element: a footnote at this place in the text. The mark is numbered 1, 2, … in
 * document order by the layout (never stored); `note` is the footnote's text as typed.
 */
export interface FootnoteElement {
  type: 'footnote';
  note: string;
  children: [TextLeaf];
}

export type InlineNode = TextLeaf | RefElement | FootnoteElement;

/** A paragraph's alignment when the clerk set one; absent = the body's (justified). */
export const PARAGRAPH_ALIGNS = ['left', 'center', 'right', 'justify'] as const;
export type ParagraphAlign = (typeof PARAGRAPH_ALIGNS)[number];

export interface ParagraphElement {
  type: 'paragraph';
  /** Set by the clerk (Ctrl+E, Ctrl+R, Ctrl+L, Ctrl+J); absent = the profile's body alignment. */
  align?: ParagraphAlign;
  children: InlineNode[];
}

/** "- …" and "+ …" items: plain, same first-line indent as body text. */
export interface BulletElement {
  type: 'bullet';
  marker: '-' | '+';
  children: InlineNode[];
}

export type BlockElement = ParagraphElement | BulletElement | TableElement;
export type TextBlockElement = ParagraphElement | BulletElement;
export type { TableElement };

export const textLeafSchema = z.object({
  text: z.string(),
  bold: z.optional(z.boolean()),
  italic: z.optional(z.boolean()),
  underline: z.optional(z.boolean()),
});

export const refElementSchema = z.object({
  type: z.literal('ref'),
  field: z.enum(REF_FIELDS),
  target: z.optional(z.string()),
  children: z.tuple([textLeafSchema]),
});

export const footnoteElementSchema = z.object({
  type: z.literal('footnote'),
  note: z.string(),
  children: z.tuple([textLeafSchema]),
});

// Text leaves first: they are most of a plan's nodes, and a union pays for every option it tries and fails.
// A leaf never has `type` (checked), so a reference or a footnote can never pass as a leaf.
export const inlineNodeSchema = z.union([z.extend(textLeafSchema, { type: z.optional(z.undefined()) }), refElementSchema, footnoteElementSchema]);

export const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  align: z.optional(z.enum(PARAGRAPH_ALIGNS)),
  children: z.array(inlineNodeSchema).check(z.minLength(1)),
});

export const bulletSchema = z.object({
  type: z.literal('bullet'),
  marker: z.enum(['-', '+']),
  children: z.array(inlineNodeSchema).check(z.minLength(1)),
});

export const blockSchema = z.discriminatedUnion('type', [paragraphSchema, bulletSchema, tableSchema]);

export function isRef(node: InlineNode): node is RefElement {
  return (node as RefElement).type === 'ref';
}

export function isFootnote(node: InlineNode): node is FootnoteElement {
  return (node as FootnoteElement).type === 'footnote';
}

/** A text leaf: neither a reference nor a footnote. */
export function isTextLeaf(node: InlineNode): node is TextLeaf {
  return typeof (node as TextLeaf).text === 'string' && (node as { type?: unknown }).type === undefined;
}

/** Helpers for building content in code and tests. */
export const text = (value: string, marks: Omit<TextLeaf, 'text'> = {}): TextLeaf => ({ text: value, ...marks });
export const ref = (field: RefField, target?: string): RefElement =>
  target === undefined ? { type: 'ref', field, children: [{ text: '' }] } : { type: 'ref', field, target, children: [{ text: '' }] };
export const paragraph = (...children: InlineNode[]): ParagraphElement => ({ type: 'paragraph', children });
export const footnote = (note: string): FootnoteElement => ({ type: 'footnote', note, children: [{ text: '' }] });
export const bullet = (marker: '-' | '+', ...children: InlineNode[]): BulletElement => ({ type: 'bullet', marker, children });
