import type { BlockElement } from '../../core/model/inline';

/**
 * A section body's height in the editor column before it is drawn: the empty box standing for a
 * body far from the screen (viewport-window.ts) has the body's last drawn height, or this estimate.
 * A fixed guess (160 px where a real body is 600) made every jump to a far section — the outline,
 * find, a bench — land pages away: the bodies drawn on arrival grew and pushed it off the screen.
 * The guess needs to be near, not exact. Figures: 14 pt text at 1.35 lines (25 px), about 70
 * characters a line in the column.
 */
const LINE_PX = 25;
const CHARS_PER_LINE = 70;
const PARAGRAPH_GAP_PX = 4;
/** A section's title row and the gap after it, around its body. */
export const SECTION_CHROME_PX = 50;
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

/** A body's text alone (no title), for the empty box standing for it while it is far from the screen. */
export function estimateBodyPx(blocks: BlockElement[]): number {
  return Math.round(blocks.reduce((sum, b) => sum + blockPx(b), 0));
}
