import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { dispatchZoom, useZoom } from '../state/preview-zoom';
import { previewScale } from '../state/fit-scale';

/** Ctrl+wheel: one zoom step per notch of a mouse wheel (Chromium reports 100 px a notch). */
const WHEEL_NOTCH = 100;

/**
 * The preview's zoom: the clerk's choice (zoom bar, menu, Ctrl+wheel over the pages) applied to
 * the size of `ref`'s element, followed through column and window resizes. Reports the zoom it
 * draws to the zoom store, so "+" and "−" step from it and the bar shows it.
 */
export function usePreviewScale(ref: RefObject<HTMLElement | null>, page: { widthMm: number; heightMm: number }): number {
  const [box, setBox] = useState({ width: 0, height: 0 });
  const zoom = useZoom();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => setBox((b) => (b.width === el.clientWidth && b.height === el.clientHeight ? b : { width: el.clientWidth, height: el.clientHeight }));
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);

  // Ctrl+wheel zooms the pages, as in Word; without Ctrl the wheel scrolls. Not passive, so the
  // browser's own page zoom does not happen as well.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let rest = 0;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      rest += e.deltaMode === 0 ? e.deltaY : e.deltaY * WHEEL_NOTCH;
      // A touchpad sends many small steps: they add up to a notch first.
      if (Math.abs(rest) < WHEEL_NOTCH / 2) return;
      dispatchZoom({ type: rest < 0 ? 'zoom-in' : 'zoom-out' });
      rest = 0;
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [ref]);

  // Where the clerk is reading (the middle of the view, as a share of the pages' height), so a
  // zoom keeps that place in the middle, as Word does, instead of jumping pages.
  const place = useRef<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onScroll = () => {
      place.current = el.scrollHeight > 0 ? (el.scrollTop + el.clientHeight / 2) / el.scrollHeight : null;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [ref]);

  const scale = previewScale(zoom.mode, box, page);
  const drawn = useRef(scale);
  useLayoutEffect(() => {
    const el = ref.current;
    if (drawn.current === scale) return;
    drawn.current = scale;
    if (!el || place.current === null) return;
    el.scrollTop = Math.max(0, place.current * el.scrollHeight - el.clientHeight / 2);
    el.scrollLeft = Math.max(0, (el.scrollWidth - el.clientWidth) / 2);
  }, [ref, scale]);
  useEffect(() => dispatchZoom({ type: 'shown', scale }), [scale]);
  return scale;
}
