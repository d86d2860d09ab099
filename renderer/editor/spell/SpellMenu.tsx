import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Editor, Node, Transforms, type BaseRange } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { BlockElement } from '../../../core/model/inline';
import type { Plan, Section } from '../../../core/model/plan';
import { countSyllables, suggest } from '../../../core/spell';
import { offsetOf, paragraphText, rangesOf } from './paragraph-text';
import { skipWord } from './spell-settings';
import { checkParagraph } from './useSpellCheck';

interface MenuState {
  x: number;
  y: number;
  word: string;
  range: BaseRange;
  suggestions: string[];
}

/** Every text the clerk wrote in the plan, and this editor's latest: the vocabulary suggestions prefer. */
function* planTexts(plan: Plan, editor: Editor): Generator<string> {
  const walk = function* (s: Section): Generator<string> {
    yield s.title;
    for (const b of s.body) yield Node.string(b);
    for (const c of s.children) yield* walk(c);
  };
  for (const b of plan.preamble) yield Node.string(b);
  for (const s of plan.sections) yield* walk(s);
  for (const b of editor.children) yield Node.string(b);
}

/** The misspelt word under a screen point, with its Slate range. */
function misspeltAt(editor: Editor, x: number, y: number, ignore: ReadonlySet<string>): { word: string; range: BaseRange } | null {
  const dom = document.caretRangeFromPoint?.(x, y);
  if (!dom) return null;
  const point = ReactEditor.toSlatePoint(editor, [dom.startContainer, dom.startOffset], { exactMatch: false, suppressThrow: true });
  if (!point || point.path.length !== 2) return null;
  const block = editor.children[point.path[0]!] as BlockElement | undefined;
  if (!block) return null;
  const map = paragraphText(block);
  const offset = offsetOf(map, point.path[1]!, point.offset);
  if (offset === null) return null;
  const found = checkParagraph(map.text, ignore).find((w) => w.start <= offset && offset <= w.end);
  if (!found) return null;
  const parts = rangesOf(map, [point.path[0]!], found.start, found.end);
  if (!parts.length) return null;
  return { word: found.word, range: { anchor: parts[0]!.anchor, focus: parts[parts.length - 1]!.focus } };
}

/**
 * The right-click menu on a misspelt word: "Gợi ý sửa" (up to 5; a click replaces the word as
 * one undoable edit) and "Bỏ qua từ này" (the word is skipped for the session). Elsewhere the
 * browser's own menu opens as usual.
 */
export function useSpellMenu(editor: Editor, plan: Plan, ignore: ReadonlySet<string>, enabled: boolean) {
  const [menu, setMenu] = useState<MenuState | null>(null);

  const onContextMenu = useCallback(
    (event: React.MouseEvent) => {
      if (!enabled) return;
      const hit = misspeltAt(editor, event.clientX, event.clientY, ignore);
      if (!hit) return;
      event.preventDefault();
      const suggestions = suggest(hit.word, countSyllables(planTexts(plan, editor)));
      setMenu({ x: event.clientX, y: event.clientY, ...hit, suggestions });
    },
    [editor, plan, ignore, enabled],
  );

  useEffect(() => {
    if (!menu) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event.target instanceof globalThis.Node && document.querySelector('[data-testid="spell-menu"]')?.contains(event.target)) return;
      setMenu(null);
    };
    window.addEventListener('mousedown', close, true);
    window.addEventListener('keydown', close, true);
    window.addEventListener('scroll', close, true);
    return () => {
      window.removeEventListener('mousedown', close, true);
      window.removeEventListener('keydown', close, true);
      window.removeEventListener('scroll', close, true);
    };
  }, [menu]);

  const replace = (text: string) => {
    if (!menu) return;
    setMenu(null);
    // Still the word the menu was opened on (the plan may have changed under an open menu).
    if (!Editor.hasPath(editor, menu.range.anchor.path) || Editor.string(editor, menu.range) !== menu.word) return;
    HistoryEditor.withNewBatch(editor, () => Transforms.insertText(editor, text, { at: menu.range }));
    ReactEditor.focus(editor);
  };

  // In a portal: no section box clips the fixed menu or holds it under the next section.
  const element = menu && createPortal(
    <div role="menu" data-testid="spell-menu" className="kh-spell-menu" style={{ left: menu.x, top: menu.y }} onMouseDown={(e) => e.preventDefault()}>
      <div className="kh-spell-menu-title">Gợi ý sửa</div>
      {menu.suggestions.length === 0 && <div className="kh-spell-menu-empty">(Không có gợi ý)</div>}
      {menu.suggestions.map((s) => (
        <button key={s} type="button" role="menuitem" data-testid="spell-suggestion" onClick={() => replace(s)}>
          {s}
        </button>
      ))}
      <hr />
      <button type="button" role="menuitem" data-testid="spell-skip" onClick={() => { skipWord(menu.word); setMenu(null); }}>
        Bỏ qua từ này
      </button>
    </div>,
    document.body,
  );

  return { onContextMenu, menu: element };
}
