import { describe, expect, it } from 'vitest';
import { MAX_ZOOM_PERCENT, MIN_ZOOM_PERCENT, PX_PER_MM, SIDE_GAP_PX, TOP_GAP_PX, fitScale, previewScale, zoomStep } from '../../../renderer/state/fit-scale';
import { initialZoom, zoomReducer } from '../../../renderer/state/preview-zoom';

const A4 = { widthMm: 210, heightMm: 297 };

describe('preview zoom', () => {
  it('opens as before: the page as wide as the column, never above real size', () => {
    expect(previewScale({ kind: 'auto' }, { width: 560, height: 900 }, A4)).toBe(fitScale(560, 210));
    expect(previewScale({ kind: 'auto' }, { width: 1600, height: 900 }, A4)).toBe(1);
  });

  it('"Vừa chiều rộng" fills the column, enlarging the page on a wide one', () => {
    const s = previewScale({ kind: 'fit-width' }, { width: 1200, height: 600 }, A4);
    expect(210 * PX_PER_MM * s).toBeCloseTo(1200 - 2 * SIDE_GAP_PX, 0);
    expect(s).toBeGreaterThan(1);
  });

  it('"Vừa trang" shows the whole page: the smaller of the width and the height fits', () => {
    const low = previewScale({ kind: 'fit-page' }, { width: 1200, height: 600 }, A4);
    expect(297 * PX_PER_MM * low).toBeLessThanOrEqual(600 - 2 * TOP_GAP_PX + 0.5);
    const narrow = previewScale({ kind: 'fit-page' }, { width: 400, height: 2000 }, A4);
    expect(narrow).toBe(previewScale({ kind: 'fit-width' }, { width: 400, height: 2000 }, A4));
  });

  it('keeps a chosen percent within 25–300 %', () => {
    expect(previewScale({ kind: 'percent', percent: 150 }, { width: 10, height: 10 }, A4)).toBe(1.5);
    expect(previewScale({ kind: 'percent', percent: 1000 }, { width: 10, height: 10 }, A4)).toBe(MAX_ZOOM_PERCENT / 100);
    expect(previewScale({ kind: 'percent', percent: 1 }, { width: 10, height: 10 }, A4)).toBe(MIN_ZOOM_PERCENT / 100);
  });

  it('steps "+" and "−" through Word-like stops from the zoom shown', () => {
    expect(zoomStep(0.68, 1)).toBe(75);
    expect(zoomStep(0.68, -1)).toBe(67);
    expect(zoomStep(1, 1)).toBe(110);
    expect(zoomStep(3, 1)).toBe(300);
    expect(zoomStep(0.25, -1)).toBe(25);
  });

  it('zooms from a fitted zoom, and quick steps add up before the preview redraws', () => {
    let s = zoomReducer(initialZoom, { type: 'shown', scale: 0.68 });
    s = zoomReducer(s, { type: 'zoom-in' });
    expect(s.mode).toEqual({ kind: 'percent', percent: 75 });
    s = zoomReducer(s, { type: 'zoom-in' }); // before 'shown' 0.75 arrives
    expect(s.mode).toEqual({ kind: 'percent', percent: 80 });
    s = zoomReducer(s, { type: 'zoom-fit-page' });
    expect(s.mode).toEqual({ kind: 'fit-page' });
    expect(zoomReducer(s, { type: 'shown', scale: s.shown })).toBe(s);
  });
});

describe('remembered zoom', () => {
  it('reads back what was saved, and ignores anything else', async () => {
    const { parseSavedZoom } = await import('../../../renderer/state/preview-zoom');
    expect(parseSavedZoom('{"kind":"fit-page"}')).toEqual({ kind: 'fit-page' });
    expect(parseSavedZoom('{"kind":"percent","percent":125}')).toEqual({ kind: 'percent', percent: 125 });
    expect(parseSavedZoom('{"kind":"percent","percent":"x"}')).toBeNull();
    expect(parseSavedZoom('nonsense')).toBeNull();
    expect(parseSavedZoom(null)).toBeNull();
  });
});
