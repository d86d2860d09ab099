import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Which preview pages are drawn: those within a few screens of the visible part of the preview,
 * worked out from the scroll position (every page has the same height, so no page is measured),
 * and every page while printing. A 300-page plan otherwise keeps some 30 000 elements of pages
 * nobody is looking at, which the browser walks again on each keystroke's frame.
 */
const SCREENS_AROUND = 8;

export interface DrawnPages {
  first: number;
  last: number;
  all: boolean;
}

const printQuery = (): MediaQueryList | null => (typeof matchMedia === 'function' ? matchMedia('print') : null);

export function useDrawnPages(scroller: RefObject<HTMLElement | null>, strideAt: () => { stridePx: number; offsetPx: number }): DrawnPages {
  const [range, setRange] = useState<DrawnPages>(() => ({ first: 0, last: SCREENS_AROUND, all: printQuery()?.matches ?? false }));

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const compute = () => {
      frame = 0;
      const { stridePx, offsetPx } = strideAt();
      const screen = el.clientHeight || window.innerHeight || 800;
      const top = el.scrollTop - offsetPx - SCREENS_AROUND * screen;
      const bottom = el.scrollTop - offsetPx + screen + SCREENS_AROUND * screen;
      const first = Math.max(0, Math.floor(top / stridePx));
      const last = Math.max(first, Math.ceil(bottom / stridePx));
      setRange((r) => (r.first === first && r.last === last ? r : { ...r, first, last }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(compute);
    };
    compute();
    el.addEventListener('scroll', schedule, { passive: true });
    const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    resizes?.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', schedule);
      resizes?.disconnect();
    };
  }, [scroller, strideAt]);

  // Printing shows every page: drawn synchronously before the browser lays the pages out for print.
  useEffect(() => {
    const query = printQuery();
    const set = (all: boolean) => flushSync(() => setRange((r) => (r.all === all ? r : { ...r, all })));
    const before = () => set(true);
    const after = () => set(query?.matches ?? false);
    const change = (e: MediaQueryListEvent) => set(e.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query?.removeEventListener('change', change);
    };
  }, []);

  return range;
}
