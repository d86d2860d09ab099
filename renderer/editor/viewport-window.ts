/**
 * Which section bodies of the editor column are worth drawing, worked out from the scroll position
 * instead of one IntersectionObserver (or `content-visibility` box) per section: a 300-page plan
 * has hundreds of sections, and the browser checked every one of them on every keystroke's frame.
 *
 * - `live`: on screen or within one screen height of it — a real Slate editor;
 * - `drawn`: within three screens — its text drawn statically (StaticBlocks), ready when scrolled to;
 * - `far`: an empty box of the body's height (last drawn height, or an estimate), nothing inside.
 *
 * Bodies register their element under a key; the column is measured again (rect reads of the
 * bodies around the visible part only, found by bisection in DOM order) on scroll, when the column
 * or its content changes size, and when bodies come or go. Each body subscribes to its own key, so
 * scrolling re-renders only bodies whose reach changed.
 */
export type Reach = 'live' | 'drawn' | 'far';

/** In screen heights, above and below the visible part of the column. */
const LIVE_SCREENS = 1;
const DRAWN_SCREENS = 3;

export interface ViewportWindow {
  reachOf(key: string): Reach;
  subscribe(key: string, listener: () => void): () => void;
  /**
   * A body's element (carrying `data-reach-key={key}`) is in the column; the returned function
   * says it is gone. Measuring finds bodies by that attribute, in document order.
   */
  register(key: string, el: HTMLElement): () => void;
  /** The body's height when last drawn, for its empty box when far. */
  heightOf(key: string): number | undefined;
  /**
   * Starts following a scrolling column and the element holding its content (whose height changes
   * when any body grows); returns the function that stops.
   */
  attach(root: HTMLElement, content: HTMLElement): () => void;
  /**
   * Before the first frame of a plan: the reach of its bodies from their estimated heights, the
   * column scrolled to the top, so the first frame shows the visible text without the layout a
   * measurement would force. The first real measurement follows in the next frame.
   */
  seed(bodies: Array<{ key: string; px: number }>, screenPx: number): void;
  /** Measure now (synchronously). */
  measure(): void;
}

export const REACH_KEY_ATTRIBUTE = 'data-reach-key';

export function createViewportWindow(): ViewportWindow {
  const reach = new Map<string, Reach>();
  const heights = new Map<string, number>();
  const listeners = new Map<string, Set<() => void>>();
  let root: HTMLElement | null = null;
  let frame = 0;

  const schedule = () => {
    if (frame || !root) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      measure();
    });
  };

  function measure(): void {
    if (!root) return;
    const view = root.getBoundingClientRect();
    const screen = Math.max(1, view.height);
    // Bodies in document order: one native query, no sorting.
    const ordered = root.querySelectorAll<HTMLElement>(`[${REACH_KEY_ATTRIBUTE}]`);
    const drawnTop = view.top - DRAWN_SCREENS * screen;
    const drawnBottom = view.bottom + DRAWN_SCREENS * screen;
    const liveTop = view.top - LIVE_SCREENS * screen;
    const liveBottom = view.bottom + LIVE_SCREENS * screen;
    // First body whose bottom is below the top of the drawn band (bodies do not overlap).
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ordered[mid]!.getBoundingClientRect().bottom < drawnTop) lo = mid + 1;
      else hi = mid;
    }
    const next = new Map<string, Reach>();
    for (let i = lo; i < ordered.length; i++) {
      const el = ordered[i]!;
      const rect = el.getBoundingClientRect();
      if (rect.top > drawnBottom) break;
      const key = el.getAttribute(REACH_KEY_ATTRIBUTE)!;
      // A far body's box has its remembered height: only a drawn one tells its real height.
      if (reach.get(key) !== 'far' && rect.height > 0) heights.set(key, rect.height);
      next.set(key, rect.bottom >= liveTop && rect.top <= liveBottom ? 'live' : 'drawn');
    }
    const changed: string[] = [];
    for (const el of ordered) {
      const key = el.getAttribute(REACH_KEY_ATTRIBUTE)!;
      const now = next.get(key) ?? 'far';
      if ((reach.get(key) ?? 'far') !== now) changed.push(key);
      reach.set(key, now);
    }
    for (const key of changed) for (const listener of listeners.get(key) ?? []) listener();
  }

  const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);

  return {
    reachOf: (key) => reach.get(key) ?? 'far',
    subscribe(key, listener) {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(listener);
      return () => {
        set!.delete(listener);
        if (set!.size === 0) listeners.delete(key);
      };
    },
    register(key, el) {
      schedule();
      return () => {
        // Its last drawn height stays: the body comes back at the same size.
        if (reach.get(key) !== 'far' && el.isConnected && el.offsetHeight > 0) heights.set(key, el.offsetHeight);
        reach.delete(key);
        schedule();
      };
    },
    heightOf: (key) => heights.get(key),
    seed(bodies, screenPx) {
      let top = 0;
      for (const { key, px } of bodies) {
        const seeded: Reach = top <= (1 + LIVE_SCREENS) * screenPx ? 'live' : top <= (1 + DRAWN_SCREENS) * screenPx ? 'drawn' : 'far';
        reach.set(key, seeded);
        top += px;
      }
    },
    attach(el, content) {
      root = el;
      schedule();
      el.addEventListener('scroll', schedule, { passive: true });
      resizes?.observe(el);
      resizes?.observe(content);
      return () => {
        el.removeEventListener('scroll', schedule);
        resizes?.disconnect();
        cancelAnimationFrame(frame);
        frame = 0;
        root = null;
      };
    },
    measure,
  };
}
