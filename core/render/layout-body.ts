import type { BlockElement } from '../model/inline';
import type { Plan, Section } from '../model/plan';
import type { FormatProfile } from '../profiles/profile';
import { applyToneMarks, upperVi } from '../text';
import { withoutSentenceEnd } from '../text/sentence-end';
import type { LaidOutFootnote, Para, Run } from './layout-types';
import { type FootnoteCollector, withFootnoteRuns } from './layout-footnotes';
import { para, type ParaOptions } from './layout-para';
import { computeSectionNumbers, effectiveLevels } from './numbering';
import type { RefResolver } from './resolve';
import { layoutTable } from './layout-table';

/**
 * Opening sentence(s), then sections depth first. References are resolved strictly in document
 * order, so the first full citation is the one that introduces a short name. The very last
 * paragraph ends with the plan's final mark ("." or "./.").
 */

interface BodyContext {
  plan: Plan;
  profile: FormatProfile;
  resolver: RefResolver;
  sizePt: number;
  numbers: Map<string, string>;
  footnotes: FootnoteCollector;
  /** Width of the text area, for tables. */
  textWidthMm: number;
}

function bodyOptions(ctx: BodyContext, extra: Partial<ParaOptions> = {}): ParaOptions {
  const b = ctx.profile.body;
  return {
    align: 'justify',
    sizePt: ctx.sizePt,
    firstLineIndentMm: b.firstLineIndentMm,
    spaceBeforePt: b.spaceBeforePt,
    spaceAfterPt: b.spaceAfterPt,
    line: { rule: b.line.rule, value: b.line.value },
    ...extra,
  };
}

function blockRuns(block: BlockElement, ctx: BodyContext): Run[] {
  const tone = ctx.plan.organisation.toneMarks;
  let runs: Run[] = ctx.resolver.resolve(block.children).map((leaf) => ({
    text: applyToneMarks(leaf.text, tone),
    sizePt: ctx.sizePt,
    ...(leaf.bold ? { bold: true } : {}),
    ...(leaf.italic ? { italic: true } : {}),
    ...(leaf.underline ? { underline: true } : {}),
  }));
  runs = withFootnoteRuns(runs, block, ctx.footnotes, ctx.profile, tone);
  const first = runs.find((r) => r.text.trim() !== '' && r.footnote === undefined);
  if (first) first.text = first.text.replace(/^\s+/, '');
  if (block.type === 'bullet' && first) {
    // The marker is printed by layout; one typed by hand ("- - text") is dropped.
    first.text = first.text.replace(/^[-+–]\s+/, '');
    runs.unshift({ text: `${block.marker} `, sizePt: ctx.sizePt });
  }
  return runs.filter((r) => r.text !== '');
}

/**
 * A paragraph the clerk centred or right-aligned has no first-line indent (Word would centre the
 * text off by the indent); left or justified keeps the body's.
 */
function alignOptions(block: BlockElement, ctx: BodyContext): Partial<ParaOptions> {
  if (block.type !== 'paragraph' || block.align === undefined) return {};
  const centred = block.align === 'center' || block.align === 'right';
  return { align: block.align, clerkAlign: true, ...(centred ? { firstLineIndentMm: 0 } : {}) };
}

const isBlank = (runs: Run[]): boolean => runs.every((r) => r.text.trim() === '' || /^[-+] $/.test(r.text));

function headingStyle(ctx: BodyContext, depth: number) {
  const levels = ctx.plan.options.headings ?? ctx.profile.headings;
  return levels[Math.min(depth, levels.length) - 1] ?? { caps: false, bold: false, italic: false };
}

/** "1. Mục đích" or "I. MỤC ĐÍCH, YÊU CẦU" (title may be empty: the number alone). */
function headingText(section: Section, ctx: BodyContext, depth: number): string {
  const number = ctx.numbers.get(section.id) ?? '';
  const style = headingStyle(ctx, depth);
  const title = applyToneMarks(section.title.trim(), ctx.plan.organisation.toneMarks);
  const shown = style.caps ? upperVi(title) : title;
  return [number, shown].filter((s) => s !== '').join(' ');
}

/** `breakFirst`: a parent set to start a new page printed nothing itself: its first child starts the page. */
function layoutSection(section: Section, depth: number, ctx: BodyContext, out: Para[], breakFirst = false): void {
  const style = headingStyle(ctx, depth);
  const heading = headingText(section, ctx, depth);
  const headingRun = (text: string): Run => ({
    text,
    sizePt: ctx.sizePt,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
  });
  const source = { sourceId: section.id, level: depth };
  // The section's first paragraph (its heading, or its text when it has none) starts the new page.
  let breakPending = breakFirst || section.pageBreakBefore === true;
  const push = (p: Para): void => {
    out.push(breakPending ? { ...p, pageBreakBefore: true } : p);
    breakPending = false;
  };

  let blocks = section.body;
  const firstBlock = blocks[0];
  if (section.runIn && firstBlock?.type === 'paragraph' && heading !== '') {
    // "1.1. Đổi mới …" / "5. Ủy ban Kiểm tra: Phối hợp …": the number (and title) lead the paragraph.
    const lead = section.title.trim() === '' ? `${heading} ` : `${heading.replace(/:$/, '')}: `;
    push(para('body', [headingRun(lead), ...blockRuns(firstBlock, ctx)], bodyOptions(ctx, { ...source, ...alignOptions(firstBlock, ctx) })));
    blocks = blocks.slice(1);
  } else if (heading !== '') {
    push(para('heading', [headingRun(heading)], bodyOptions(ctx, { ...source, keepWithNext: true })));
  }
  for (const block of blocks) {
    if (block.type === 'table') {
      out.push(layoutTable(block, ctx.profile, ctx.textWidthMm, ctx.plan.organisation.toneMarks, section.id));
      continue;
    }
    const runs = blockRuns(block, ctx);
    if (isBlank(runs)) continue;
    push(para(block.type === 'bullet' ? 'bullet' : 'body', runs, bodyOptions(ctx, { sourceId: section.id, ...alignOptions(block, ctx) })));
  }
  for (const child of section.children) {
    const before = out.length;
    layoutSection(child, depth + 1, ctx, out, breakPending);
    if (out.length > before) breakPending = false;
  }
}

/** Replaces whatever end the last sentence was typed with ("", ".", "./.", ";") by the final mark. */
export function applyFinalMark(paras: Para[], mark: '.' | './.'): void {
  const last = [...paras].reverse().find((p) => p.kind !== 'heading' && p.runs.some((r) => r.text.trim() !== ''));
  if (!last) return;
  // A footnote mark after the last word stays after the final mark's sentence: the mark goes on the text.
  const run = [...last.runs].reverse().find((r) => r.text.trim() !== '' && r.footnote === undefined);
  if (!run) return;
  run.text = withoutSentenceEnd(run.text) + mark;
}

export function layoutBody(plan: Plan, profile: FormatProfile, resolver: RefResolver, footnotes: LaidOutFootnote[] = []): Para[] {
  const sizePt = plan.options.bodySizePt ?? profile.body.sizePt;
  const textWidthMm = profile.page.widthMm - profile.page.margins.leftMm - profile.page.margins.rightMm;
  const ctx: BodyContext = { plan, profile, resolver, sizePt, numbers: computeSectionNumbers(plan.sections, effectiveLevels(plan)), footnotes: { notes: footnotes }, textWidthMm };
  const out: Para[] = [];
  for (const block of plan.preamble) {
    if (block.type === 'table') {
      out.push(layoutTable(block, profile, textWidthMm, plan.organisation.toneMarks));
      continue;
    }
    const runs = blockRuns(block, ctx);
    if (!isBlank(runs)) out.push(para('preamble', runs, bodyOptions(ctx)));
  }
  for (const section of plan.sections) layoutSection(section, 1, ctx, out);
  applyFinalMark(out, plan.options.finalMark ?? profile.body.finalMark);
  return out;
}
