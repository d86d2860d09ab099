import { type ReactNode, useCallback, useEffect, useState } from 'react';

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

/** Below this window width the outline / facts column folds into a button (1024×600 screens). */
export const NARROW_MAX_PX = 1199;
const NARROW_QUERY = `(max-width: ${NARROW_MAX_PX}px)`;

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => typeof matchMedia === 'function' && matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(NARROW_QUERY);
    const onChange = () => setNarrow(query.matches);
    onChange();
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return narrow;
}

export function ResizableColumns(props: {
  left: ReactNode;
  middle: ReactNode;
  right: ReactNode;
  leftLabel?: string;
  /** Bumped to open the folded left panel (a command showing one of its tabs, F7). */
  openLeft?: number;
  /** Bumped to fold it again (the clerk was taken to a place in the text it would cover). */
  closeLeft?: number;
}) {
  const [[left, right], setWidths] = useState<[number, number]>(load);
  const narrow = useNarrow();
  // Folded on a narrow window: the clerk opens it over the editor and closes it again.
  const [leftOpen, setLeftOpen] = useState(false);
  useEffect(() => {
    if (props.openLeft) setLeftOpen(true);
  }, [props.openLeft]);
  useEffect(() => {
    if (props.closeLeft) setLeftOpen(false);
  }, [props.closeLeft]);
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
    // On a narrow window the left column is a 40 px rail with one button; its panel stays mounted
    // (outline state, scroll) and is shown over the editor when opened. The preview then takes at
    // most 42 % of the width, so the editor keeps the larger share (it zooms its pages to fit).
    <div className="columns" data-narrow={narrow || undefined} style={{ gridTemplateColumns: `${narrow ? '40px 0px' : `minmax(200px, ${left}px) 6px`} minmax(320px, 1fr) 6px minmax(200px, ${narrow ? `min(${right}px, 42vw)` : `${right}px`})` }}>
      <div
        className={`column column-left${narrow ? ' collapsed' : ''}${narrow && leftOpen ? ' open' : ''}`}
        data-testid="column-left"
        onKeyDown={narrow && leftOpen ? (e) => { if (e.key === 'Escape' && !e.defaultPrevented) setLeftOpen(false); } : undefined}
      >
        {narrow && (
          <div className="panel-rail">
            <button type="button" data-testid="left-panel-toggle" aria-expanded={leftOpen} title={leftOpen ? 'Ẩn dàn ý và thông tin' : 'Hiện dàn ý và thông tin'} onClick={() => setLeftOpen((o) => !o)}>
              {leftOpen ? '« Ẩn' : props.leftLabel ?? 'Dàn ý · Thông tin'}
            </button>
          </div>
        )}
        {props.left}
      </div>
      <div className="divider" role="separator" aria-orientation="vertical" aria-label="Kéo để đổi độ rộng" data-testid="divider-left" onPointerDown={drag('left')} style={narrow ? { visibility: 'hidden' } : undefined} />
      <div className="column column-middle">{props.middle}</div>
      <div className="divider" role="separator" aria-orientation="vertical" aria-label="Kéo để đổi độ rộng" data-testid="divider-right" onPointerDown={drag('right')} />
      <div className="column column-right">{props.right}</div>
    </div>
  );
}
