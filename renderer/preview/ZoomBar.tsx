import { memo } from 'react';
import { type CommandId, commandTitle, toolbarGroups } from '../../core/commands/command-table';
import { type ZoomCommand, runZoomCommand, useZoom } from '../state/preview-zoom';

const GROUPS = toolbarGroups('preview');

/**
 * Zoom of the preview, as in Word's status bar: "−", the zoom shown, "+", "Vừa chiều rộng",
 * "Vừa trang" (buttons from the command table; Ctrl+wheel over the pages does the same).
 * Re-renders on zoom changes only.
 */
export const ZoomBar = memo(function ZoomBar() {
  const zoom = useZoom();
  const active = (id: CommandId) => (id === 'zoom-fit-width' && zoom.mode.kind === 'fit-width') || (id === 'zoom-fit-page' && zoom.mode.kind === 'fit-page');
  return (
    <div className="zoom-bar" role="toolbar" aria-label="Thu phóng trang xem trước" data-testid="zoom-bar">
      {GROUPS.map((group, i) => (
        <div className="zoom-group" key={i}>
          {group.map((c, j) => (
            <span key={c.id} className="zoom-item">
              <button
                type="button"
                className="small"
                data-testid={`cmd-${c.id}`}
                title={commandTitle(c)}
                aria-label={c.toolbar?.text ? c.label : undefined}
                aria-pressed={c.id === 'zoom-fit-width' || c.id === 'zoom-fit-page' ? active(c.id as CommandId) : undefined}
                onClick={() => runZoomCommand(c.id as ZoomCommand)}
              >
                {c.toolbar?.text ?? c.label}
              </button>
              {i === 0 && j === 0 && (
                <output className="zoom-percent" data-testid="zoom-percent" aria-label="Tỷ lệ thu phóng">{Math.round(zoom.shown * 100)}%</output>
              )}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
});
