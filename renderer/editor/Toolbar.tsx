import type { ReactNode } from 'react';
import type { Editor } from 'slate';
import { setBlockKind, toggleMark, type Mark } from './formatting';
import { SpellToggle } from './spell/SpellToggle';

/** Formatting buttons acting on the editor that last had focus; mousedown is cancelled so the caret stays. */
export function Toolbar({ activeEditor }: { activeEditor: { current: Editor | null } }) {
  const act = (fn: (e: Editor) => void) => (event: React.MouseEvent) => {
    event.preventDefault();
    if (activeEditor.current) fn(activeEditor.current);
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
      {button('toolbar-undo', 'Hoàn tác (Ctrl+Z)', '↶', (e) => e.undo())}
      {button('toolbar-redo', 'Làm lại (Ctrl+Y)', '↷', (e) => e.redo())}
      <SpellToggle />
    </div>
  );
}
