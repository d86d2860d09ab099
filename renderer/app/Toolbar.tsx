import { type Command, SHORTCUT_LABELS } from '../state/shortcuts';

export type ToolbarCommand = Command | 'export-docx' | 'export-pdf';

interface Button {
  command: ToolbarCommand;
  label: string;
  testId: string;
}

const GROUPS: Button[][] = [
  [
    { command: 'new', label: 'Mới', testId: 'cmd-new' },
    { command: 'open', label: 'Mở', testId: 'cmd-open' },
    { command: 'save', label: 'Lưu', testId: 'cmd-save' },
    { command: 'save-as', label: 'Lưu thành…', testId: 'cmd-save-as' },
  ],
  [
    { command: 'export-docx', label: 'Xuất Word (DOCX)', testId: 'cmd-export-docx' },
    { command: 'export-pdf', label: 'Xuất PDF', testId: 'cmd-export-pdf' },
    { command: 'print', label: 'In', testId: 'cmd-print' },
  ],
  [
    { command: 'undo', label: 'Hoàn tác', testId: 'cmd-undo' },
    { command: 'redo', label: 'Làm lại', testId: 'cmd-redo' },
  ],
  [
    { command: 'find', label: 'Tìm', testId: 'cmd-find' },
    { command: 'replace', label: 'Thay thế', testId: 'cmd-replace' },
  ],
];

/** The menu bar as one row of labelled buttons (old screens, no hidden menus). */
export function Toolbar(props: {
  title: string;
  dirty: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  onCommand(command: ToolbarCommand): void;
}) {
  const disabled = (c: ToolbarCommand) => (c === 'undo' && !props.undoLabel) || (c === 'redo' && !props.redoLabel);
  const tooltip = (b: Button) => {
    const shortcut = b.command in SHORTCUT_LABELS ? ` (${SHORTCUT_LABELS[b.command as Command]})` : '';
    if (b.command === 'undo' && props.undoLabel) return `Hoàn tác: ${props.undoLabel}${shortcut}`;
    if (b.command === 'redo' && props.redoLabel) return `Làm lại: ${props.redoLabel}${shortcut}`;
    return b.label + shortcut;
  };
  return (
    <header className="toolbar" role="toolbar" aria-label="Thanh công cụ">
      <div className="toolbar-title" data-testid="doc-title" title={props.title}>
        {props.title}
        {props.dirty && <span className="dirty-mark" data-testid="doc-dirty" title="Có thay đổi chưa lưu"> • chưa lưu</span>}
      </div>
      {GROUPS.map((group, i) => (
        <div className="toolbar-group" key={i}>
          {group.map((b) => (
            <button key={b.command} data-testid={b.testId} title={tooltip(b)} disabled={disabled(b.command)} onClick={() => props.onCommand(b.command)}>
              {b.label}
            </button>
          ))}
        </div>
      ))}
    </header>
  );
}
