import type { BlockElement } from '../../core/model/inline';
import type { Section } from '../../core/model/plan';

/**
 * A section's height in the editor column before the browser has drawn it, for
 * `contain-intrinsic-size` (sections off screen are not laid out: `content-visibility: auto`).
 * A fixed guess (160 px where a real section is 600) made every jump to a far section — the
 * outline, find, a bench — land pages away: the sections drawn on arrival grew and pushed it off
 * the screen. The guess needs to be near, not exact: once drawn, the browser keeps the real size
 * (`auto`). Figures: 14 pt text at 1.35 lines (25 px), about 70 characters a line in the column.
 */
const LINE_PX = 25;
const CHARS_PER_LINE = 70;
const PARAGRAPH_GAP_PX = 4;
const TITLE_PX = 40;
const TABLE_ROW_PX = 30;

function textLength(block: BlockElement): number {
  if (block.type === 'table') return 0;
  let n = 0;
  for (const child of block.children) n += 'text' in child && typeof child.text === 'string' && !('type' in child) ? child.text.length : 40;
  return n;
}

function blockPx(block: BlockElement): number {
  if (block.type === 'table') {
    const cols = Math.max(1, block.rows[0]?.length ?? 1);
    const charsPerCell = Math.max(8, CHARS_PER_LINE / cols);
    return block.rows.reduce((sum, row) => sum + Math.max(TABLE_ROW_PX, Math.ceil(Math.max(0, ...row.map((c) => c.length)) / charsPerCell) * 22 + 8), 40);
  }
  return Math.max(1, Math.ceil(textLength(block) / CHARS_PER_LINE)) * LINE_PX + PARAGRAPH_GAP_PX;
}

/** The section's own title and text (its children are sections of their own). */
export function estimateSectionPx(section: Section): number {
  return Math.round(TITLE_PX + section.body.reduce((sum, b) => sum + blockPx(b), 0) + 10);
}
