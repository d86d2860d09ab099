import { flushSync } from 'react-dom';
import { Editor, Element, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { InlineNode, RefElement } from '../../core/model/inline';
import { editorIn } from '../editor/PlanEditor';
import type { JumpTarget } from '../state/check-panel';
import { leafRange } from './text-range';

/** Frames to wait for a body scrolled into view to be drawn as a live editor (the column measures on scroll). */
const MAX_FRAMES = 30;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(id)}"]`);

/**
 * Takes the clerk to a finding's place. A text body is scrolled into view first (bodies far from
 * the screen are not drawn, see viewport-window.ts), then its live Slate editor gets the focus
 * with [start, end) selected; a body still drawn statically is turned live by focusing it, as
 * PlanEditor's focusTextStart does. A field is focused and scrolled into view. Answers whether
 * the place was found.
 */
export async function jumpTo(target: JumpTarget, refText: (ref: RefElement) => string): Promise<boolean> {
  switch (target.kind) {
    case 'none':
      return false;
    case 'field':
      return focusField(target.testId, target.nth, target.line);
    case 'title': {
      const input = byTestId(`section-title-${target.sectionId}`) as HTMLInputElement | null;
      if (!input) return false;
      input.scrollIntoView({ block: 'center' });
      input.focus({ preventScroll: true });
      if (target.start !== null) input.setSelectionRange(target.start, target.end ?? target.start);
      return true;
    }
    case 'text': {
      const container = byTestId(target.testId);
      if (!container) return false;
      container.scrollIntoView({ block: 'center' });
      const editor = await liveEditor(container);
      if (!editor) return false;
      selectIn(editor, target.block, target.start, target.end, refText);
      return true;
    }
  }
}

async function liveEditor(container: HTMLElement): Promise<Editor | null> {
  for (let i = 0; i < MAX_FRAMES; i++) {
    const editor = editorIn(container);
    if (editor) return editor;
    await nextFrame();
  }
  // Still drawn statically: focusing its text turns it live at once.
  const still = container.querySelector<HTMLElement>('[tabindex="0"]');
  if (!still) return null;
  flushSync(() => still.focus({ preventScroll: true }));
  return editorIn(container);
}

function selectIn(editor: Editor, block: number | null, start: number | null, end: number | null, refText: (ref: RefElement) => string): void {
  const node = block !== null ? editor.children[block] : undefined;
  const range = node && Element.isElement(node) && start !== null ? leafRange(node.children as InlineNode[], block!, start, end ?? start, refText) : null;
  ReactEditor.focus(editor as ReactEditor);
  try {
    if (range && Editor.hasPath(editor, range.anchor.path) && Editor.hasPath(editor, range.focus.path)) Transforms.select(editor, range);
    else if (node) Transforms.select(editor, Editor.start(editor, [block!]));
  } catch {
    // A block Slate cannot put the caret in (a table drawn as a whole): it is in view and focused.
  }
  // After Slate has drawn (and scrolled to) the selection: bring it to the middle of the text column,
  // clear of the formatting bar stuck at the column's top.
  requestAnimationFrame(() => centreSelection());
}

function centreSelection(): void {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return;
  const rect = sel.getRangeAt(0).getBoundingClientRect();
  const anchor = sel.anchorNode;
  const column = (anchor instanceof HTMLElement ? anchor : anchor?.parentElement)?.closest<HTMLElement>('[data-testid="plan-editor"]');
  if (!column || rect.height === 0) return;
  const view = column.getBoundingClientRect();
  column.scrollTop += rect.top + rect.height / 2 - (view.top + view.height / 2);
}

/** Focuses a field (or the first control inside a box of fields) and shows it; `line` selects that line of a text box. */
async function focusField(testId: string, nth = 0, line?: number): Promise<boolean> {
  // The field may be on a tab just chosen: wait for it to be drawn.
  let el: HTMLElement | null = null;
  for (let i = 0; i < MAX_FRAMES && !el; i++) {
    el = document.querySelectorAll<HTMLElement>(`[data-testid="${CSS.escape(testId)}"]`)[nth] ?? null;
    if (!el) await nextFrame();
  }
  if (!el) return false;
  const control = el.matches('input, select, textarea, button') ? el : el.querySelector<HTMLElement>('input, select, textarea') ?? el;
  control.scrollIntoView({ block: 'center' });
  control.focus({ preventScroll: true });
  if (line !== undefined && control instanceof HTMLTextAreaElement) {
    const lines = control.value.split('\n');
    const start = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
    if (line < lines.length) control.setSelectionRange(start, start + lines[line]!.length);
  }
  return true;
}
