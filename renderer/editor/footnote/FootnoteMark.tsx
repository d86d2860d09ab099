import { useContext, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Transforms } from 'slate';
import { ReactEditor, useSelected, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { FootnoteElement } from '../../../core/model/inline';
import { FootnoteNumbersCtx } from './footnote-numbers';
import { takeJustInserted } from './insert-footnote';

/** The superscript number of a footnote mark, in the editor and in its static view. */
export const MARK_STYLE = { fontSize: '0.7em', verticalAlign: 'super', lineHeight: 0, color: '#1f4e9c', fontWeight: 'bold', cursor: 'pointer', padding: '0 1px' } as const;

/**
 * A footnote in the text: its number, superscript, as the page prints it. Clicking it opens a small
 * box with the footnote's text; "Xong" (or Enter) writes it into the node as one undoable step.
 * A footnote just inserted opens the box at once. Backspace deletes the mark like a character.
 */
export function FootnoteMark({ attributes, children, element }: RenderElementProps & { element: FootnoteElement }) {
  const editor = useSlateStatic();
  const selected = useSelected();
  const number = useContext(FootnoteNumbersCtx).get(element);
  const [open, setOpen] = useState(() => takeJustInserted(element));
  const mark = useRef<HTMLElement>(null);
  // Where the box opens: under the mark, in screen coordinates (the box is in a portal).
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  useEffect(() => {
    if (!open) return;
    const r = mark.current?.getBoundingClientRect();
    setAt(r ? { x: Math.max(4, Math.min(r.left, window.innerWidth - 360)), y: Math.min(r.bottom + 4, window.innerHeight - 170) } : { x: 40, y: 40 });
    setDraft(element.note);
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps
  // The box is drawn once placed: then the caret goes into its text. The editor lets go of the focus
  // first: while Slate thinks it is focused it puts the page's selection back into the text on each
  // render, which would take the focus from the box.
  useEffect(() => {
    if (!open || !at) return;
    ReactEditor.blur(editor);
    input.current?.focus();
  }, [open, at, editor]);
  const [draft, setDraft] = useState(element.note);
  const input = useRef<HTMLTextAreaElement>(null);

  const close = () => {
    setOpen(false);
    setAt(null);
  };
  const done = () => {
    const note = draft.normalize('NFC');
    close();
    try {
      const path = ReactEditor.findPath(editor, element);
      if (note !== element.note) Transforms.setNodes(editor, { note }, { at: path });
      // The caret goes back after the mark, as in Word after typing a footnote.
      Transforms.select(editor, { path: [...path.slice(0, -1), path[path.length - 1]! + 1], offset: 0 });
      ReactEditor.focus(editor);
    } catch {
      // The mark was deleted meanwhile: nothing to write.
    }
  };

  return (
    <span {...attributes} contentEditable={false} className="kh-footnote" style={{ position: 'relative' }}>
      <sup
        ref={mark}
        data-testid="footnote-mark"
        data-number={number}
        title={element.note.trim() === '' ? 'Chú thích chưa có nội dung — bấm để viết' : `Chú thích: ${element.note} — bấm để sửa`}
        onMouseDown={(e) => {
          e.preventDefault();
          if (open) close();
          else setOpen(true);
        }}
        style={{ ...MARK_STYLE, ...(selected ? { background: '#bcd7ff' } : {}) }}
      >
        {number ?? '*'}
      </sup>
      {/* In a portal: no section box clips it or holds it under the next section. */}
      {open && at && createPortal(
        <div
          data-testid="footnote-popover"
          role="dialog"
          aria-label={`Chú thích ${number ?? ''}`}
          style={{ position: 'fixed', top: at.y, left: at.x, zIndex: 1000, background: '#fff', border: '1px solid #999', borderRadius: 4, padding: 8, width: 340, boxShadow: '0 2px 8px rgba(0,0,0,.2)', fontSize: 13, fontWeight: 'normal', fontStyle: 'normal', display: 'block', textIndent: 0, textAlign: 'left' }}
        >
          <label style={{ display: 'block', marginBottom: 4 }}>
            Nội dung chú thích {number ?? ''} (in ở cuối trang)
            <textarea
              ref={input}
              autoFocus
              data-testid="footnote-text"
              value={draft}
              rows={3}
              style={{ display: 'block', width: '100%', boxSizing: 'border-box', fontFamily: '"Times New Roman", "Liberation Serif", serif', fontSize: 14 }}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                e.stopPropagation();
                if (e.nativeEvent.isComposing) return;
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  done();
                }
                if (e.key === 'Escape') {
                  e.preventDefault();
                  close();
                  ReactEditor.focus(editor);
                }
              }}
            />
          </label>
          <span style={{ display: 'flex', gap: 6 }}>
            <button type="button" data-testid="footnote-done" onClick={done}>Xong</button>
            <button type="button" data-testid="footnote-cancel" onClick={close}>Đóng</button>
          </span>
        </div>,
        document.body,
      )}
      {children}
    </span>
  );
}
