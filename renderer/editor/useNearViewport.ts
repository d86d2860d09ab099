import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is on screen or within one screen height of it, inside a scrolling column.
 * One IntersectionObserver per scrolling column serves every element in it (a 300-page plan
 * has hundreds of sections), and it reports only crossings, so scrolling costs nothing per element.
 */
type Listener = (near: boolean) => void;

interface SharedObserver {
  observer: IntersectionObserver;
  listeners: Map<Element, Listener>;
}

const observers = new WeakMap<Element, SharedObserver>();

/** One screen above and below the visible part of the column counts as near. */
const MARGIN = '100% 0px 100% 0px';

function sharedObserver(root: Element): SharedObserver {
  let shared = observers.get(root);
  if (!shared) {
    const listeners = new Map<Element, Listener>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
      },
      { root, rootMargin: MARGIN },
    );
    shared = { observer, listeners };
    observers.set(root, shared);
  }
  return shared;
}

export function useNearViewport(target: RefObject<Element | null>, root: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = target.current;
    const rootEl = root.current;
    // No column to observe (or no IntersectionObserver): treat everything as near, as before.
    if (!el || !rootEl || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const shared = sharedObserver(rootEl);
    shared.listeners.set(el, setNear);
    shared.observer.observe(el);
    return () => {
      shared.observer.unobserve(el);
      shared.listeners.delete(el);
    };
  }, [target, root]);
  return near;
}
