import { planParts } from '../core/diff/plan-text';
import type { Plan } from '../core/model/plan';

/**
 * The plan's text as pandoc Markdown, for the export suite's comparison with pandoc ("the same
 * text written as DOCX"): every paragraph the export writes, in order (header facts, title,
 * summary, body, closing, appendices), headings as headings, table rows as pipe tables. It is
 * what comparison reads (core/diff/plan-text.ts), so no paragraph is left out.
 */
export function planMarkdown(plan: Plan): string {
  const out: string[] = [];
  for (const part of planParts(plan)) {
    let inTable = false;
    for (const item of part.items) {
      if (item.row) {
        const cells = item.row.cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' '));
        if (!inTable) out.push('', `| ${cells.join(' | ')} |`, `|${cells.map(() => '---').join('|')}|`);
        else out.push(`| ${cells.join(' | ')} |`);
        inTable = true;
        continue;
      }
      inTable = false;
      out.push('', item.role === 'heading' ? `${'#'.repeat(Math.min(6, (item.level ?? 0) + 1))} ${item.text}` : item.text.replace(/\n/g, ' '));
    }
  }
  return `${out.join('\n')}\n`;
}
