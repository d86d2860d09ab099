import type { Appendix } from '../model/appendix';
import type { BlockElement } from '../model/inline';
import type { Plan } from '../model/plan';
import type { FormatProfile } from '../profiles/profile';
import { applyToneMarks, upperVi } from '../text';
import type { AppendixLayout, Para, Run } from './layout-types';
import { para, styledRun } from './layout-para';
import { layoutTable } from './layout-table';
import type { RefResolver } from './resolve';

/**
 * Phụ lục after the signature block: each on a new page of its own orientation (landscape swaps
 * the page's width and height, the margins stay), with its title block — "PHỤ LỤC" (numbered
 * I, II … when the plan has several), the title in caps, and "(Kèm theo Kế hoạch số …)" whose
 * references follow the plan's number and date — then its text and tables.
 */

const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

export function appendixLabel(profile: FormatProfile, index: number, count: number): string {
  return count > 1 ? `${profile.appendix.label.text} ${roman(index + 1)}` : profile.appendix.label.text;
}

function bodyParas(blocks: BlockElement[], plan: Plan, profile: FormatProfile, resolver: RefResolver, widthMm: number, sourceId: string): Para[] {
  const b = profile.body;
  const sizePt = plan.options.bodySizePt ?? b.sizePt;
  const tone = plan.organisation.toneMarks;
  const out: Para[] = [];
  for (const block of blocks) {
    if (block.type === 'table') {
      out.push(layoutTable(block, profile, widthMm, tone, sourceId));
      continue;
    }
    const runs: Run[] = resolver.resolve(block.children).map((leaf) => ({
      text: applyToneMarks(leaf.text, tone),
      sizePt,
      ...(leaf.bold ? { bold: true } : {}),
      ...(leaf.italic ? { italic: true } : {}),
      ...(leaf.underline ? { underline: true } : {}),
    }));
    if (runs.every((r) => r.text.trim() === '')) continue;
    if (block.type === 'bullet') runs.unshift({ text: `${block.marker} `, sizePt });
    out.push(
      para(block.type === 'bullet' ? 'bullet' : 'body', runs.filter((r) => r.text !== ''), {
        align: 'justify',
        sizePt,
        firstLineIndentMm: b.firstLineIndentMm,
        spaceBeforePt: b.spaceBeforePt,
        spaceAfterPt: b.spaceAfterPt,
        line: { ...b.line },
        sourceId,
      }),
    );
  }
  return out;
}

export function layoutAppendix(appendix: Appendix, index: number, count: number, plan: Plan, profile: FormatProfile, resolver: RefResolver): AppendixLayout {
  const a = profile.appendix;
  const landscape = appendix.orientation === 'landscape';
  const page = landscape ? { widthMm: profile.page.heightMm, heightMm: profile.page.widthMm } : { widthMm: profile.page.widthMm, heightMm: profile.page.heightMm };
  const widthMm = page.widthMm - profile.page.margins.leftMm - profile.page.margins.rightMm;
  const tone = plan.organisation.toneMarks;
  const sourceId = appendix.id;
  const head: Para[] = [para('appendix-label', [styledRun(appendixLabel(profile, index, count), a.label)], { sizePt: a.label.sizePt, keepWithNext: true, sourceId })];
  const title = applyToneMarks(appendix.title.trim(), tone);
  if (title) head.push(para('appendix-title', [styledRun(a.title.caps ? upperVi(title) : title, a.title)], { sizePt: a.title.sizePt, keepWithNext: true, sourceId }));
  const attach = resolver
    .resolve(appendix.attachLine)
    .map((leaf) => applyToneMarks(leaf.text, tone))
    .join('');
  if (attach.trim()) head.push(para('appendix-attach', [styledRun(attach, a.attachLine)], { sizePt: a.attachLine.sizePt, keepWithNext: true, sourceId }));
  const last = head[head.length - 1]!;
  head[head.length - 1] = { ...last, spaceAfterPt: a.spaceAfterTitlePt };
  return {
    id: appendix.id,
    orientation: appendix.orientation,
    page,
    paras: [...head, ...bodyParas(appendix.body, plan, profile, resolver, widthMm, sourceId)],
  };
}

export function layoutAppendices(plan: Plan, profile: FormatProfile, resolver: RefResolver): AppendixLayout[] {
  const list = plan.appendices ?? [];
  return list.map((appendix, i) => layoutAppendix(appendix, i, list.length, plan, profile, resolver));
}
