import type { LaidOutDocument, Para, ParaKind } from '../render/layout-types';
import { lineSpacing, mmToTwips, ptToHalfPoints, ptToTwips } from './docx-units';

/**
 * The named paragraph styles of the exported file, so a clerk who edits it in Word keeps the
 * look: "Thân văn bản" for the body, "Đề mục 1…n" for headings (with the outline level that
 * Word's Navigation Pane and LibreOffice's Navigator show as the plan's structure), and one style
 * per line of the header and closing block. Ids are ASCII (Word's own Heading1… for headings);
 * names are what the clerk reads in Word's style gallery.
 *
 * A style carries the figures every paragraph of it shares in this document, so it describes the
 * paragraphs as laid out; where they differ it carries the neutral value. A paragraph then writes
 * only what its own look does not share with its style (paragraph.ts, look-diff.ts), so the page
 * shows every figure the layout decided, and most paragraphs write nothing but their style's name.
 */

/** What a paragraph looks like, in the units Word stores (twips, half-points). */
export interface Look {
  align: 'left' | 'center' | 'right' | 'both';
  beforeTw: number;
  afterTw: number;
  line: { line: number; lineRule: 'exact' | 'atLeast' | 'auto' };
  firstLineTw: number;
  /** A hanging indent (the paragraph's left indent is the same): a wrapped recipient line hangs after "- ". */
  hangingTw: number;
  keepNext: boolean;
  sizeHalfPt: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface StyleDef {
  id: string;
  name: string;
  basedOn: string;
  next?: string;
  /** 0 for "Đề mục 1": Word's w:outlineLvl counts from 0. */
  outlineLevel?: number;
  /** Shown in Word's quick style gallery (body and headings, what a clerk applies). */
  quickFormat?: boolean;
  look: Look;
}

export const NORMAL_ID = 'Normal';
export const BODY_ID = 'BodyText';
/** Word's outline has nine levels; deeper sections share the ninth. */
export const MAX_OUTLINE_LEVELS = 9;

const KIND_STYLES: Record<Exclude<ParaKind, 'heading' | 'body' | 'preamble' | 'bullet'>, { id: string; name: string }> = {
  circulation: { id: 'Circulation', name: 'Phạm vi lưu hành' },
  'superior-body': { id: 'SuperiorBody', name: 'Cơ quan cấp trên' },
  'issuing-body': { id: 'IssuingBody', name: 'Cơ quan ban hành' },
  star: { id: 'Star', name: 'Dấu sao' },
  number: { id: 'DocumentNumber', name: 'Số, ký hiệu' },
  urgency: { id: 'Urgency', name: 'Độ khẩn' },
  'draft-mark': { id: 'DraftMark', name: 'Dấu dự thảo' },
  national: { id: 'NationalTitle', name: 'Quốc hiệu, tiêu đề' },
  'date-line': { id: 'DateLine', name: 'Địa danh, ngày tháng' },
  rule: { id: 'Rule', name: 'Đường kẻ' },
  title: { id: 'DocumentType', name: 'Tên loại văn bản' },
  'author-line': { id: 'AuthorLine', name: 'Tác giả văn bản' },
  summary: { id: 'Summary', name: 'Trích yếu' },
  hyphens: { id: 'SummaryHyphens', name: 'Gạch dưới trích yếu' },
  'noi-nhan': { id: 'NoiNhan', name: 'Nơi nhận' },
  recipient: { id: 'Recipient', name: 'Dòng nơi nhận' },
  archive: { id: 'Recipient', name: 'Dòng nơi nhận' },
  authority: { id: 'SignAuthority', name: 'Thẩm quyền ký' },
  position: { id: 'SignerPosition', name: 'Chức vụ người ký' },
  'signature-space': { id: 'SignatureSpace', name: 'Khoảng chữ ký' },
  'signer-name': { id: 'SignerName', name: 'Họ tên người ký' },
  footnote: { id: 'Footnote', name: 'Chú thích cuối trang' },
  table: { id: 'TableText', name: 'Chữ trong bảng' },
  'table-cell': { id: 'TableText', name: 'Chữ trong bảng' },
  'table-heading': { id: 'TableHeading', name: 'Tiêu đề cột bảng' },
  'appendix-label': { id: 'AppendixLabel', name: 'Phụ lục' },
  'appendix-title': { id: 'AppendixTitle', name: 'Tên phụ lục' },
  'appendix-attach': { id: 'AppendixAttach', name: 'Kèm theo văn bản' },
};

const headingLevel = (para: Para): number => Math.min(Math.max(para.level ?? 1, 1), MAX_OUTLINE_LEVELS);
export const headingId = (level: number): string => `Heading${level}`;

const BODY_NAME = 'Thân văn bản';
const headingName = (level: number): string => `Đề mục ${level}`;

/** The style a laid-out paragraph is printed with: its kind, and for headings its level. */
function styleOf(para: Para): { id: string; name: string } {
  if (para.kind === 'heading') return { id: headingId(headingLevel(para)), name: headingName(headingLevel(para)) };
  if (para.kind === 'body' || para.kind === 'preamble' || para.kind === 'bullet') return { id: BODY_ID, name: BODY_NAME };
  return KIND_STYLES[para.kind];
}

export const styleIdOf = (para: Para): string => styleOf(para).id;

const ALIGN: Record<Para['align'], Look['align']> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

/** The look of the Normal style: document defaults only (Times New Roman at the body size, no spacing). */
export function neutralLook(laidOut: LaidOutDocument): Look {
  return {
    align: 'left',
    beforeTw: 0,
    afterTw: 0,
    line: { line: 240, lineRule: 'auto' },
    firstLineTw: 0,
    hangingTw: 0,
    keepNext: false,
    sizeHalfPt: ptToHalfPoints(laidOut.profile.body.sizePt),
    bold: false,
    italic: false,
    underline: false,
  };
}

/**
 * A paragraph's look as the layout decided it (a rule paragraph is always centred, without
 * first-line indent; a hanging indent replaces the first-line one). Run properties are those all
 * its runs with text share.
 */
export function lookOf(para: Para): Look {
  let look = lookCache.get(para);
  if (!look) {
    look = computeLook(para);
    lookCache.set(para, look);
  }
  return look;
}

/** The style sheet and every paragraph ask for the same looks: each is worked out once per laid-out paragraph. */
const lookCache = new WeakMap<Para, Look>();

function computeLook(para: Para): Look {
  const runs = para.runs.filter((r) => r.text !== '');
  const all = (key: 'bold' | 'italic' | 'underline') => runs.length > 0 && runs.every((r) => r[key] === true);
  const hangingTw = !para.rule && para.hangingIndentMm ? mmToTwips(para.hangingIndentMm) : 0;
  return {
    align: para.rule ? 'center' : ALIGN[para.align],
    beforeTw: ptToTwips(para.spaceBeforePt),
    afterTw: ptToTwips(para.spaceAfterPt),
    line: lineSpacing(para.line),
    firstLineTw: !para.rule && !hangingTw && para.firstLineIndentMm ? mmToTwips(para.firstLineIndentMm) : 0,
    hangingTw,
    keepNext: para.keepWithNext === true,
    sizeHalfPt: ptToHalfPoints(para.sizePt),
    bold: all('bold'),
    italic: all('italic'),
    underline: all('underline'),
  };
}

/** Two values of a Look property: primitives, or the line spacing's { line, lineRule }. */
export function sameLookValue<K extends keyof Look>(a: Look[K], b: Look[K]): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Look['line'];
  const y = b as Look['line'];
  return x.line === y.line && x.lineRule === y.lineRule;
}

/**
 * What all the paragraphs share, property by property; the neutral value where they differ.
 * Run properties only count paragraphs with text (an empty signature line has no say on bold).
 */
function sharedLook(paras: Para[], neutral: Look, fallback: Look): Look {
  if (paras.length === 0) return fallback;
  const looks = paras.map(lookOf);
  const withText = looks.filter((_, i) => paras[i]!.runs.some((r) => r.text !== ''));
  const out = { ...neutral };
  for (const key of Object.keys(neutral) as Array<keyof Look>) {
    const pool = key === 'bold' || key === 'italic' || key === 'underline' ? withText : looks;
    const first = pool[0];
    if (first && pool.every((l) => sameLookValue(l[key], first[key]))) (out as Record<string, unknown>)[key] = first[key];
  }
  return out;
}

/** A table stands for the paragraphs of its cells. */
const withCells = (paras: Para[]): Para[] =>
  paras.flatMap((p) => (p.table ? p.table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paras)) : [p]));

function allParas(laidOut: LaidOutDocument): Para[] {
  const c = laidOut.closing;
  return withCells([
    ...(laidOut.circulation ? [laidOut.circulation] : []),
    ...laidOut.header.rows.flatMap((row) => [...row.left, ...row.right]),
    ...laidOut.front,
    ...laidOut.body,
    c.noiNhan,
    ...c.groups.flatMap((g) => g.lines),
    c.archive,
    ...c.signature,
    ...(laidOut.footnotes ?? []).map((f) => f.para),
    ...(laidOut.appendices ?? []).flatMap((a) => a.paras),
  ]);
}

/** The body figures of the profile: what a new body paragraph looks like when the plan has none yet. */
function profileBodyLook(laidOut: LaidOutDocument, neutral: Look): Look {
  const b = laidOut.profile.body;
  return {
    ...neutral,
    align: 'both',
    beforeTw: ptToTwips(b.spaceBeforePt),
    afterTw: ptToTwips(b.spaceAfterPt),
    line: lineSpacing(b.line),
    firstLineTw: mmToTwips(b.firstLineIndentMm),
  };
}

/** The profile's heading look for a level no paragraph of this plan has: body figures, kept with the next line. */
function profileHeadingLook(laidOut: LaidOutDocument, body: Look, level: number): Look {
  const levels = laidOut.profile.headings;
  const h = levels[Math.min(level, levels.length) - 1];
  return { ...body, keepNext: true, bold: h?.bold ?? false, italic: h?.italic ?? false, underline: false };
}

/**
 * The document's styles, and the look a paragraph naming each of them gets from it (resolved
 * through basedOn down to the document defaults, which the Normal look stands for). The mapper
 * writes on a paragraph or run only what differs from that look.
 */
export interface StyleSheet {
  styles: StyleDef[];
  looks: ReadonlyMap<string, Look>;
  /** The Normal style's look: what a paragraph naming no style gets. */
  normal: Look;
}

/** The look a paragraph gets from the style it names. */
export function styleLook(sheet: StyleSheet, para: Para): Look {
  return sheet.looks.get(styleIdOf(para)) ?? sheet.normal;
}

export function styleSheet(laidOut: LaidOutDocument): StyleSheet {
  const styles = styleDefs(laidOut);
  const normal = neutralLook(laidOut);
  return { styles, normal, looks: new Map([[NORMAL_ID, normal], ...styles.map((s): [string, Look] => [s.id, s.look])]) };
}

function styleDefs(laidOut: LaidOutDocument): StyleDef[] {
  const paras = allParas(laidOut);
  const neutral = neutralLook(laidOut);
  // Paragraphs by style, in document order (one pass: a 60-page plan has hundreds of paragraphs and dozens of styles).
  const byStyle = new Map<string, { name: string; paras: Para[] }>();
  for (const p of paras) {
    const { id, name } = styleOf(p);
    const group = byStyle.get(id);
    if (group) group.paras.push(p);
    else byStyle.set(id, { name, paras: [p] });
  }
  const ofStyle = (id: string): Para[] => byStyle.get(id)?.paras ?? [];

  // A paragraph the clerk aligned says so itself (w:jc): the style keeps the body's alignment.
  const body = sharedLook(ofStyle(BODY_ID).filter((p) => !p.clerkAlign), neutral, profileBodyLook(laidOut, neutral));
  const styles: StyleDef[] = [{ id: BODY_ID, name: BODY_NAME, basedOn: NORMAL_ID, quickFormat: true, look: body }];

  // All nine of Word's levels, so a clerk can add a heading of any depth (beyond the profile's
  // levels, the last one's look, as the layout does) and docx's blue default headings never remain.
  for (let level = 1; level <= MAX_OUTLINE_LEVELS; level += 1) {
    const id = headingId(level);
    styles.push({
      id,
      name: headingName(level),
      basedOn: BODY_ID,
      next: BODY_ID,
      outlineLevel: level - 1,
      quickFormat: true,
      look: sharedLook(ofStyle(id), neutral, profileHeadingLook(laidOut, body, level)),
    });
  }

  for (const [id, { name, paras: ofThis }] of byStyle) {
    if (ofThis[0]!.kind === 'heading' || id === BODY_ID) continue;
    styles.push({ id, name, basedOn: NORMAL_ID, look: sharedLook(ofThis, neutral, neutral) });
  }
  return styles;
}
