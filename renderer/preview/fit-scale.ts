/** CSS px per mm (CSS defines 96 px per inch). */
export const PX_PER_MM = 96 / 25.4;

/** Space left free on each side of the page inside the preview column, in px. */
export const SIDE_GAP_PX = 12;

/**
 * Zoom that fits an A4 page (210 mm ≈ 794 px) into the preview column's width, so the page is
 * never cut off on a 1366×768 screen. Never enlarges beyond real size; never shrinks to an
 * unreadable thumbnail when the column is momentarily tiny (while being resized).
 */
export function fitScale(columnWidthPx: number, pageWidthMm: number): number {
  if (!(columnWidthPx > 0) || !(pageWidthMm > 0)) return 1;
  const scale = (columnWidthPx - 2 * SIDE_GAP_PX) / (pageWidthMm * PX_PER_MM);
  return Math.round(Math.min(1, Math.max(0.25, scale)) * 1000) / 1000;
}
