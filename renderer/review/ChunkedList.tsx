import { forwardRef, memo, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type JSX, type ReactNode } from 'react';

/**
 * A long read-only list (a 100-page parent: thousands of paragraphs) drawn in chunks: only the
 * chunks within a few screens of the visible part hold their items; the others are boxes of their
 * height (measured once drawn, estimated before). One IntersectionObserver serves the few dozen
 * chunks. `scrollToItem` draws the item's chunk first, then brings the item into view.
 */
const CHUNK = 40;

export interface ChunkedListHandle {
  scrollToItem(index: number): void;
}

interface Props {
  count: number;
  /** Estimated height of an item in px, before its chunk is drawn. */
  estimate(index: number): number;
  renderItem(index: number): ReactNode;
  /** Changes when what items show changes (picked task, highlighted words): drawn chunks re-render. */
  version: unknown;
  testId: string;
  onScroll?(el: HTMLElement): void;
}

export const ChunkedList = forwardRef<ChunkedListHandle, Props>(function ChunkedList({ count, estimate, renderItem, version, testId, onScroll }, ref) {
  const root = useRef<HTMLDivElement>(null);
  const chunks = Math.ceil(count / CHUNK);
  const [drawn, setDrawn] = useState<ReadonlySet<number>>(() => new Set([0, 1]));
  const heights = useRef(new Map<number, number>());
  const pending = useRef<number | null>(null);

  useEffect(() => {
    const el = root.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        setDrawn((old) => {
          const next = new Set(old);
          for (const e of entries) {
            const i = Number((e.target as HTMLElement).dataset.chunk);
            if (e.isIntersecting) next.add(i);
            else next.delete(i);
          }
          return next;
        });
      },
      { root: el, rootMargin: '200% 0px 200% 0px' },
    );
    for (const c of el.querySelectorAll(':scope > [data-chunk]')) observer.observe(c);
    return () => observer.disconnect();
  }, [chunks]);

  // An item asked for: once its chunk is drawn, bring it to the top third of the list.
  useLayoutEffect(() => {
    const index = pending.current;
    if (index === null || !drawn.has(Math.floor(index / CHUNK))) return;
    pending.current = null;
    root.current?.querySelector(`[data-item="${index}"]`)?.scrollIntoView({ block: 'start' });
  });

  useImperativeHandle(ref, () => ({
    scrollToItem(index: number) {
      const chunk = Math.floor(index / CHUNK);
      pending.current = index;
      if (drawn.has(chunk)) {
        root.current?.querySelector(`[data-item="${index}"]`)?.scrollIntoView({ block: 'start' });
        pending.current = null;
        return;
      }
      root.current?.querySelector(`[data-chunk="${chunk}"]`)?.scrollIntoView({ block: 'start' });
      setDrawn((old) => new Set(old).add(chunk));
    },
  }), [drawn]);

  const boxes: JSX.Element[] = [];
  for (let c = 0; c < chunks; c++) {
    const from = c * CHUNK;
    const to = Math.min(count, from + CHUNK);
    boxes.push(<Chunk key={c} index={c} from={from} to={to} drawn={drawn.has(c)} heights={heights.current} estimate={estimate} renderItem={renderItem} version={version} />);
  }
  return (
    <div ref={root} data-testid={testId} className="review-pane-scroll" onScroll={onScroll ? (e) => onScroll(e.currentTarget) : undefined}>
      {boxes}
    </div>
  );
});

const Chunk = memo(function Chunk(props: { index: number; from: number; to: number; drawn: boolean; heights: Map<number, number>; estimate(i: number): number; renderItem(i: number): ReactNode; version: unknown }) {
  const { index, from, to, drawn, heights, estimate, renderItem } = props;
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (drawn && box.current) heights.set(index, box.current.offsetHeight);
  });
  if (!drawn) {
    let px = heights.get(index);
    if (px === undefined) {
      px = 0;
      for (let i = from; i < to; i++) px += estimate(i);
    }
    return <div ref={box} data-chunk={index} style={{ height: px }} />;
  }
  const items: ReactNode[] = [];
  for (let i = from; i < to; i++) items.push(<div key={i} data-item={i}>{renderItem(i)}</div>);
  return <div ref={box} data-chunk={index}>{items}</div>;
});
