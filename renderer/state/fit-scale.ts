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

/** Vertical padding of the preview column above and below the pages, in px (A4Preview). */
export const TOP_GAP_PX = 12;

/** How the clerk chose to zoom the preview, as in Word's Zoom box. */
export type ZoomMode =
  /** As the app opens: the page as wide as the column, never above real size. */
  | { kind: 'auto' }
  /** "Vừa chiều rộng": the page as wide as the column, enlarged if the column is wide. */
  | { kind: 'fit-width' }
  /** "Vừa trang": a whole page in view, top to bottom. */
  | { kind: 'fit-page' }
  | { kind: 'percent'; percent: number };

export const MIN_ZOOM_PERCENT = 25;
export const MAX_ZOOM_PERCENT = 300;
/** The steps of "+" and "−" and of Ctrl+wheel, in percent. */
export const ZOOM_STEPS = [25, 33, 50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300] as const;

const clampScale = (s: number) => Math.round(Math.min(MAX_ZOOM_PERCENT / 100, Math.max(MIN_ZOOM_PERCENT / 100, s)) * 1000) / 1000;

/** The zoom (1 = real size) for a mode, a preview box (px) and a page (mm). */
export function previewScale(mode: ZoomMode, box: { width: number; height: number }, page: { widthMm: number; heightMm: number }): number {
  if (mode.kind === 'percent') return clampScale(mode.percent / 100);
  if (mode.kind === 'auto') return fitScale(box.width, page.widthMm);
  if (!(box.width > 0) || !(page.widthMm > 0)) return 1;
  const byWidth = (box.width - 2 * SIDE_GAP_PX) / (page.widthMm * PX_PER_MM);
  if (mode.kind === 'fit-width') return clampScale(byWidth);
  if (!(box.height > 0) || !(page.heightMm > 0)) return clampScale(byWidth);
  const byHeight = (box.height - 2 * TOP_GAP_PX) / (page.heightMm * PX_PER_MM);
  return clampScale(Math.min(byWidth, byHeight));
}

/** The next step above (`direction` 1) or below (-1) the zoom shown now, in percent. */
export function zoomStep(scale: number, direction: 1 | -1): number {
  const percent = Math.round(scale * 100);
  if (direction > 0) return ZOOM_STEPS.find((s) => s > percent) ?? MAX_ZOOM_PERCENT;
  return [...ZOOM_STEPS].reverse().find((s) => s < percent) ?? MIN_ZOOM_PERCENT;
}
