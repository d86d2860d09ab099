import { type CommandContext, type CommandId, type CommandSpec, commandTitle, toolbarGroups } from '../../core/commands/command-table';

/** Kept for callers: every toolbar command is a command of the table. */
export type ToolbarCommand = CommandId;

const GROUPS = toolbarGroups('main');

/**
 * The menu bar as one row of labelled buttons (old screens, no hidden menus), derived from the
 * command table: label, shortcut in the tooltip, enabled-when. `data-testid` is `cmd-<id>`.
 */
export function Toolbar(props: {
  title: string;
  dirty: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  context: CommandContext;
  onCommand(command: ToolbarCommand): void;
}) {
  const tooltip = (c: CommandSpec) => {
    const title = commandTitle(c);
    if (c.id === 'undo' && props.undoLabel) return `${c.label}: ${props.undoLabel}${title.slice(c.label.length)}`;
    if (c.id === 'redo' && props.redoLabel) return `${c.label}: ${props.redoLabel}${title.slice(c.label.length)}`;
    return title;
  };
  return (
    <header className="toolbar" role="toolbar" aria-label="Thanh công cụ" data-testid="main-toolbar">
      {/* On a narrow window the name gives way (ellipsis); the unsaved mark stays whole. */}
      <div className="toolbar-title" data-testid="doc-title" title={props.title}>
        <span className="toolbar-name">{props.title}</span>
        {props.dirty && <span className="dirty-mark" data-testid="doc-dirty" title="Có thay đổi chưa lưu"> • chưa lưu</span>}
      </div>
      {GROUPS.map((group, i) => (
        <div className="toolbar-group" key={i}>
          {group.map((c) => (
            <button
              key={c.id}
              type="button"
              data-testid={`cmd-${c.id}`}
              title={tooltip(c)}
              aria-label={c.toolbar?.text ? c.label : undefined}
              disabled={!c.enabled(props.context)}
              onClick={() => props.onCommand(c.id as CommandId)}
            >
              {c.toolbar?.text ?? c.label}
            </button>
          ))}
        </div>
      ))}
    </header>
  );
}
