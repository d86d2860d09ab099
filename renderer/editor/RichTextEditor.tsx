import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createEditor, Editor, Element, Range, Transforms, type Descendant, type NodeEntry } from 'slate';
import { HistoryEditor } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact, type RenderElementProps, type RenderLeafProps } from 'slate-react';
import type { BlockElement } from '../../core/model/inline';
import { buildEditor } from './build-editor';
import { handleHotkey } from './text-commands';
import { usePlanEditor } from './PlanContext';
import { RefChip } from './RefChip';
import { StaticBlocks, marked } from './StaticBlocks';
import { BODY_TEXT_STYLE, PARAGRAPH_STYLE, alignedStyle } from './editor-styles';
import { REACH_KEY_ATTRIBUTE, type Reach, type ViewportWindow } from './viewport-window';
import { estimateBodyPx } from './section-size';
import { undoLegacyConversion } from './plugins/withLegacyEncoding';
import type { LegacyOffer } from './custom-types';
import type { Where } from './find/find-replace';
import { highlightRanges, sameWhere, useFindHighlight } from './find/highlight';
import { useSpellCheck } from './spell/useSpellCheck';
import { useSpellMenu } from './spell/SpellMenu';
import { FootnoteMark } from './footnote/FootnoteMark';
import { isPageBreakKey } from './page-break';
import { TableBlock } from './table/TableBlock';

const EMPTY: BlockElement[] = [{ type: 'paragraph', children: [{ text: '' }] }];

function renderElement(props: RenderElementProps) {
  const { element, attributes, children } = props;
  if (element.type === 'ref') return <RefChip {...props} element={element} />;
  if (element.type === 'footnote') return <FootnoteMark {...props} element={element} />;
  if (element.type === 'table') return <TableBlock attributes={attributes} element={element}>{children}</TableBlock>;
  if (element.type === 'bullet')
    return (
      <p {...attributes} className="kh-bullet" data-marker={element.marker} style={PARAGRAPH_STYLE}>
        <span contentEditable={false} style={{ userSelect: 'none' }}>{element.marker}&nbsp;</span>
        {children}
      </p>
    );
  return (
    <p {...attributes} data-align={element.align} style={element.align ? alignedStyle(element.align) : PARAGRAPH_STYLE}>
      {children}
    </p>
  );
}

function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let out = marked(leaf, children);
  // Decorations, never stored in the plan: a misspelt word, the current find match.
  if (leaf.spellError) out = <span className="kh-spell-error" data-testid="spell-error">{out}</span>;
  if (leaf.findCurrent) return <span {...attributes}><mark data-testid="find-highlight" data-find-current style={{ background: '#ffd54a', color: 'inherit' }}>{out}</mark></span>;
  return <span {...attributes}>{out}</span>;
}

const ENCODING_NAMES = { tcvn3: 'TCVN3', vni: 'VNI' } as const;

/** Where the clerk clicked the static view (to put the caret there), or null when tabbed into. */
type Activation = { point: { x: number; y: number } | null };

/** Takes the page's caret into Slate's selection now (Slate itself follows selection changes a little later). */
function syncSelectionFromDom(editor: Editor): void {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0) return;
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
  if (range && (!editor.selection || !Range.equals(range, editor.selection))) Transforms.select(editor, range);
}

/** The Slate range under a screen point, if the point is over this editor's text. */
function rangeAtPoint(editor: Editor, point: { x: number; y: number }): Range | null {
  const dom = document.caretRangeFromPoint?.(point.x, point.y);
  if (!dom) return null;
  return ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
}

export interface RichTextEditorProps {
  value: BlockElement[];
  onChange(blocks: BlockElement[]): void;
  testId: string;
  /** The summary is one line: Enter does nothing. */
  singleLine?: boolean;
  placeholder?: string;
  onFocus?(): void;
  /** Which part of the plan this editor holds, to show the current find match in it. */
  findWhere?: Where;
  /** Ctrl+Enter: the section starts a new page (toggle); absent = the key does nothing special. */
  onPageBreak?(): void;
}

/** The Slate editor of one body and the values it emitted: kept while the body is far and not drawn. */
interface EditorSlot {
  editor: Editor;
  emitted: WeakSet<BlockElement[]>;
}

function createSlot(value: BlockElement[], singleLine: boolean | undefined): EditorSlot {
  const e = buildEditor(withReact(createEditor()));
  if (singleLine) {
    e.insertBreak = () => {};
    e.singleLine = true;
    e.noFootnotes = true;
  }
  e.children = (value.length ? value : EMPTY) as Descendant[];
  return { editor: e, emitted: new WeakSet([value]) };
}

function useReach(viewport: ViewportWindow, key: string): Reach {
  const subscribe = useCallback((listener: () => void) => viewport.subscribe(key, listener), [viewport, key]);
  return useSyncExternalStore(subscribe, () => viewport.reachOf(key));
}

/**
 * One Slate editor over one list of blocks (a section body, the preamble, the summary). Each
 * has its own undo history; memoised so typing in one section re-renders only that one.
 *
 * How much of it is drawn depends on its distance from the visible part of the column
 * (viewport-window.ts): near, a live Slate editable; a few screens away, StaticBlocks, which looks
 * the same; farther, an empty box of its height. The Slate editor object, and so its undo history,
 * is made when the body is first drawn and lives as long as the section, however it is drawn.
 * Focused or holding the current find match, it stays live wherever it is.
 */
export const RichTextEditor = memo(function RichTextEditor(props: RichTextEditorProps) {
  const { viewport } = usePlanEditor();
  const { testId, value, singleLine } = props;
  const reach = useReach(viewport, testId);
  const found = useFindHighlight();
  const match = found && props.findWhere && sameWhere(found.where, props.findWhere) ? found : null;
  const [holdsFocus, setHoldsFocus] = useState(false);
  const slot = useRef<EditorSlot | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => (root.current ? viewport.register(testId, root.current) : undefined), [viewport, testId]);

  const far = reach === 'far' && !holdsFocus && match === null;
  if (!far && !slot.current) slot.current = createSlot(value, singleLine);
  return (
    <div
      ref={root}
      data-testid={testId}
      {...{ [REACH_KEY_ATTRIBUTE]: testId }}
      className="kh-rich"
      onFocus={() => setHoldsFocus(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHoldsFocus(false);
      }}
    >
      {far || !slot.current ? (
        <div data-testid={`${testId}-far`} style={{ height: viewport.heightOf(testId) ?? estimateBodyPx(value) }} />
      ) : (
        <RichTextBody {...props} slot={slot.current} near={reach === 'live'} match={match} />
      )}
    </div>
  );
});

const RichTextBody = function RichTextBody({ value, onChange, testId, placeholder, onFocus, onPageBreak, slot, near, match }: RichTextEditorProps & { slot: EditorSlot; near: boolean; match: ReturnType<typeof useFindHighlight> }) {
  const { activeEditor, plan } = usePlanEditor();
  const [offer, setOffer] = useState<LegacyOffer | null>(null);
  const editor = slot.editor;
  editor.onLegacyOffer = setOffer;
  // Every value this editor emitted. The store receives typed text a frame later, so a value
  // coming back may be one it emitted a few letters ago: that is its own text, never a change
  // from outside (find/replace, undo of a section delete…), and must not overwrite newer letters.
  const emitted = useRef(slot.emitted);

  useEffect(() => {
    if (emitted.current.has(value)) return;
    emitted.current.add(value);
    // Replaced as one undoable step so Ctrl+Z in this section also undoes a "replace all".
    HistoryEditor.withNewBatch(editor, () => {
      Editor.withoutNormalizing(editor, () => {
        for (let i = editor.children.length - 1; i >= 0; i--) Transforms.removeNodes(editor, { at: [i] });
        Transforms.insertNodes(editor, (value.length ? value : EMPTY) as Descendant[], { at: [0] });
      });
    });
    if (editor.selection && !Editor.hasPath(editor, editor.selection.anchor.path)) Transforms.deselect(editor);
  }, [value, editor]);

  const spell = useSpellCheck(plan);
  const spellMenu = useSpellMenu(editor, plan, spell.ignore, spell.enabled);
  const spellDecorate = spell.decorate;
  const decorate = useCallback(
    (entry: NodeEntry): Range[] => {
      const [node, path] = entry;
      const found = match && path.length === 1 && Element.isElement(node) ? highlightRanges(node.children as BlockElement['children'], path[0]!, match) : [];
      return spellDecorate ? [...spellDecorate(entry), ...found] : found;
    },
    [match, spellDecorate],
  );
  const root = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  const [activation, setActivation] = useState<Activation | null>(null);
  const live = near || focused || match !== null || activation !== null || offer !== null;

  useEffect(() => {
    if (!match) return;
    // After Slate has drawn the decoration: bring the match to the middle of the editor column.
    const frame = requestAnimationFrame(() => root.current?.querySelector('[data-find-current]')?.scrollIntoView({ block: 'center' }));
    return () => cancelAnimationFrame(frame);
  }, [match]);

  // The static view was clicked or tabbed into: the live editor is now drawn in its place; put
  // the caret where the click was (or at the start) and give it the focus.
  useLayoutEffect(() => {
    if (!activation) return;
    const range = activation.point ? rangeAtPoint(editor, activation.point) : null;
    Transforms.select(editor, range ?? Editor.start(editor, []));
    ReactEditor.focus(editor);
    setActivation(null);
  }, [activation, editor]);

  const touchedSpell = spell.touched;
  const handleValueChange = useCallback(
    (next: Descendant[]) => {
      const blocks = next as BlockElement[];
      emitted.current.add(blocks);
      onChange(blocks);
      touchedSpell();
    },
    [onChange, touchedSpell],
  );
  const onActivate = useCallback((point: { x: number; y: number } | null) => setActivation({ point }), []);

  return (
    <div ref={root}>
      {live ? (
        <Slate editor={editor} initialValue={editor.children} onValueChange={handleValueChange}>
          <Editable
            data-testid={`${testId}-editable`}
            renderElement={renderElement}
            renderLeaf={renderLeaf}
            decorate={decorate}
            placeholder={placeholder}
            spellCheck={false}
            onFocus={() => {
              activeEditor.current = editor;
              setFocused(true);
              onFocus?.();
            }}
            onBlur={() => setFocused(false)}
            onContextMenu={spellMenu.onContextMenu}
            onKeyDown={(event) => {
              if (event.nativeEvent.isComposing) return; // never interfere with an IME composition
              // Slate reads the caret from the page a moment after it moves: a shortcut right after a
              // click or Ctrl+End must act where the caret is now.
              if (event.ctrlKey || event.metaKey) syncSelectionFromDom(editor);
              if (handleHotkey(editor, event, onPageBreak ? { togglePageBreak: onPageBreak } : {})) event.preventDefault();
              // Ctrl+Enter where the text has no section (summary, opening): never a line break.
              else if (isPageBreakKey(event)) event.preventDefault();
            }}
            style={BODY_TEXT_STYLE}
          />
        </Slate>
      ) : (
        <StaticBlocks blocks={value} testId={testId} placeholder={placeholder} onActivate={onActivate} />
      )}
      {spellMenu.menu}
      {offer && (
        <div data-testid="legacy-offer" role="status" style={{ background: '#fff7d6', border: '1px solid #e0c060', padding: '4px 8px', fontSize: 13, display: 'flex', gap: 8, alignItems: 'center' }}>
          <span>Đã chuyển từ mã {ENCODING_NAMES[offer.encoding]} sang Unicode —</span>
          <button type="button" data-testid="legacy-offer-undo" onClick={() => { undoLegacyConversion(editor, offer.original); setOffer(null); }}>Hoàn tác</button>
          <button type="button" data-testid="legacy-offer-dismiss" aria-label="Đóng thông báo" onClick={() => setOffer(null)}>×</button>
        </div>
      )}
    </div>
  );
};
