import type { ReactNode } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { setBlockKind, toggleMark, type Mark } from './formatting';
import { SpellToggle } from './spell/SpellToggle';
import { focusFirstCell, insertTable } from './table/table-commands';

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
export function Toolbar({ activeEditor, selectedBody }: { activeEditor: { current: Editor | null }; selectedBody?: () => Editor | null }) {
  const act = (fn: (e: Editor) => void) => (event: React.MouseEvent) => {
    event.preventDefault();
    const active = activeEditor.current;
    const editor = active && isFocused(active) ? active : (selectedBody?.() ?? (active?.selection ? active : null));
    if (editor) fn(editor);
  };
  const button = (testId: string, title: string, label: ReactNode, fn: (e: Editor) => void) => (
    <button type="button" data-testid={testId} title={title} onMouseDown={act(fn)} style={{ minWidth: 30 }}>
      {label}
    </button>
  );
  const mark = (m: Mark) => (e: Editor) => toggleMark(e, m);
  return (
    <div role="toolbar" aria-label="Định dạng" data-testid="editor-toolbar" style={{ display: 'flex', gap: 4, padding: 4, borderBottom: '1px solid #ccc', position: 'sticky', top: 0, background: '#f7f7f7', zIndex: 10 }}>
      {button('toolbar-bold', 'Chữ đậm (Ctrl+B)', <b>Đ</b>, mark('bold'))}
      {button('toolbar-italic', 'Chữ nghiêng (Ctrl+I)', <i>N</i>, mark('italic'))}
      {button('toolbar-underline', 'Gạch chân (Ctrl+U)', <u>G</u>, mark('underline'))}
      {button('toolbar-bullet-dash', 'Dòng gạch đầu dòng "-" (Ctrl+Shift+-)', '-', (e) => setBlockKind(e, '-'))}
      {button('toolbar-bullet-plus', 'Dòng "+" (Ctrl+Shift+=)', '+', (e) => setBlockKind(e, '+'))}
      {button('toolbar-paragraph', 'Đoạn văn thường (Ctrl+Shift+0)', '¶', (e) => setBlockKind(e, 'paragraph'))}
      {button('toolbar-table', 'Chèn bảng (3 cột, 1 hàng tiêu đề) sau đoạn đang soạn', '▦ Bảng', (e) => {
        const at = insertTable(e);
        if (at) focusFirstCell(e, at);
      })}
      {button('toolbar-undo', 'Hoàn tác (Ctrl+Z)', '↶', (e) => e.undo())}
      {button('toolbar-redo', 'Làm lại (Ctrl+Y)', '↷', (e) => e.redo())}
      <SpellToggle />
    </div>
  );
}
