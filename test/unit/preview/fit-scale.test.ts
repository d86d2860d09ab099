import { describe, expect, it } from 'vitest';
import { PX_PER_MM, SIDE_GAP_PX, fitScale } from '../../../renderer/state/fit-scale';

describe('A4 preview scale', () => {
  it('fits the whole 210 mm page into the default 560 px preview column', () => {
    const scale = fitScale(560, 210);
    const pagePx = 210 * PX_PER_MM * scale;
    expect(pagePx).toBeLessThanOrEqual(560 - 2 * SIDE_GAP_PX + 0.5);
    expect(pagePx).toBeGreaterThan(560 - 2 * SIDE_GAP_PX - 2); // as large as fits, not a thumbnail
  });

  it('never enlarges the page beyond real size on a wide column', () => {
    expect(fitScale(1600, 210)).toBe(1);
  });

  it('follows a column dragged narrower', () => {
    expect(fitScale(300, 210)).toBeLessThan(fitScale(560, 210));
  });

  it('shows the real size before the column has been measured', () => {
    expect(fitScale(0, 210)).toBe(1);
  });
});
