import { type ReactNode, useCallback, useState } from 'react';

/**
 * Three columns (outline | editor | preview) with draggable dividers. Widths of the side
 * columns are remembered in localStorage, so the layout survives a restart.
 */
const KEY = 'kehoach.columns';
const load = (): [number, number] => {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '') as unknown;
    if (Array.isArray(saved) && saved.length === 2 && saved.every((n) => typeof n === 'number')) return saved as [number, number];
  } catch {
    /* first start */
  }
  return [300, 560];
};

export function ResizableColumns(props: { left: ReactNode; middle: ReactNode; right: ReactNode }) {
  const [[left, right], setWidths] = useState<[number, number]>(load);
  const drag = useCallback((side: 'left' | 'right') => (e: React.PointerEvent) => {
    e.preventDefault();
    const startX = e.clientX;
    const start = side === 'left' ? left : right;
    const move = (ev: PointerEvent) => {
      const delta = ev.clientX - startX;
      const width = Math.max(200, Math.min(900, side === 'left' ? start + delta : start - delta));
      setWidths((w) => {
        const next: [number, number] = side === 'left' ? [width, w[1]] : [w[0], width];
        localStorage.setItem(KEY, JSON.stringify(next));
        return next;
      });
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }, [left, right]);
  return (
    // Side columns give way (down to 200 px) before the editor drops under 320 px, so on a small
    // window nothing runs off the right edge; the preview then zooms its pages to what is left.
    <div className="columns" style={{ gridTemplateColumns: `minmax(200px, ${left}px) 6px minmax(320px, 1fr) 6px minmax(200px, ${right}px)` }}>
      <div className="column column-left">{props.left}</div>
      <div className="divider" role="separator" aria-orientation="vertical" aria-label="Kéo để đổi độ rộng" data-testid="divider-left" onPointerDown={drag('left')} />
      <div className="column column-middle">{props.middle}</div>
      <div className="divider" role="separator" aria-orientation="vertical" aria-label="Kéo để đổi độ rộng" data-testid="divider-right" onPointerDown={drag('right')} />
      <div className="column column-right">{props.right}</div>
    </div>
  );
}
