import type { ReactNode } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { type CommandId, commandTitle, toolbarGroups } from '../../core/commands/command-table';
import { SpellToggle } from './spell/SpellToggle';
import { runTextCommand } from './text-commands';

const isFocused = (editor: Editor): boolean => {
  try {
    return ReactEditor.isFocused(editor as ReactEditor);
  } catch {
    return false;
  }
};

/**
 * Formatting buttons acting on the text editor that has the caret; mousedown is cancelled so the
 * caret stays. With the caret in no text editor (in a section's title, or just after "+ Thêm mục")
 * they act on the selected section's text — never on a section edited earlier.
 */
/** How a button's short text is drawn: the marks show themselves ("Đ" in bold). */
const LOOK: Partial<Record<CommandId, (text: string) => ReactNode>> = {
  bold: (t) => <b>{t}</b>,
  italic: (t) => <i>{t}</i>,
  underline: (t) => <u>{t}</u>,
};

/** Test ids kept from before the command table ("toolbar-bullet-dash" …): `toolbar-<command id>`. */
const GROUPS = toolbarGroups('editor');

/**
 * The formatting bar: the text commands of the command table (core/commands/command-table.ts), in
 * its order and groups, named and keyed as the menu names them. They act on the text editor that
 * has the caret; mousedown is cancelled so the caret stays. With the caret in no text editor (in a
 * section's title, or just after "+ Thêm mục") they act on the selected section's text — never on
 * a section edited earlier.
 */
export function Toolbar({ activeEditor, selectedBody }: { activeEditor: { current: Editor | null }; selectedBody?: () => Editor | null }) {
  const act = (id: CommandId) => (event: React.MouseEvent) => {
    event.preventDefault();
    const active = activeEditor.current;
    const editor = active && isFocused(active) ? active : (selectedBody?.() ?? (active?.selection ? active : null));
    if (editor) runTextCommand(editor, id);
  };
  return (
    <div role="toolbar" aria-label="Định dạng" data-testid="editor-toolbar" style={{ display: 'flex', flexWrap: 'wrap', gap: 4, padding: 4, borderBottom: '1px solid #ccc', position: 'sticky', top: 0, background: '#f7f7f7', zIndex: 10 }}>
      {GROUPS.map((group, g) => (
        <span key={g} role="group" style={{ display: 'inline-flex', gap: 4, paddingLeft: g > 0 ? 4 : 0, borderLeft: g > 0 ? '1px solid #ccc' : undefined }}>
          {group.map((c) => {
            const id = c.id as CommandId;
            const text = c.toolbar?.text ?? c.label;
            return (
              <button key={id} type="button" data-testid={`toolbar-${id}`} title={commandTitle(c)} aria-label={c.label} onMouseDown={act(id)} style={{ minWidth: 30 }}>
                {LOOK[id]?.(text) ?? text}
              </button>
            );
          })}
        </span>
      ))}
      <SpellToggle />
    </div>
  );
}
