import { useLayoutEffect, useState, type RefObject } from 'react';
import { fitScale } from './fit-scale';

/** Follows the width of `ref`'s element (column resize, window resize) and returns the page zoom. */
export function useFitScale(ref: RefObject<HTMLElement | null>, pageWidthMm: number): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return fitScale(width, pageWidthMm);
}
