import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, type JSX } from 'react';
import { Editor as SlateEditor, Transforms, type Editor } from 'slate';
import { ELEMENT_TO_NODE } from 'slate-dom';
import { ReactEditor } from 'slate-react';
import { flushSync } from 'react-dom';
import type { BlockElement } from '../../core/model/inline';
import type { Plan, Section } from '../../core/model/plan';
import { computeSectionNumbers, effectiveLevels, flattenSections } from '../../core/render/numbering';
import { PlanCtx, usePlanEditor, type PlanEditorContext } from './PlanContext';
import { RichTextEditor } from './RichTextEditor';
import { Toolbar } from './Toolbar';
import { setSectionBody, setSectionTitle } from './plan-updates';
import type { Where } from './find/find-replace';
import { useFindHighlight } from './find/highlight';
import { useOutlineShape } from '../panels/OutlinePanel';
import { PendingEdits, flushPendingEdits, registerPendingEdits } from './pending-edits';
import { createChipTextCache } from '../state/chip-texts';
import { resetUndoTimeline } from './undo/undo-timeline';
import { createViewportWindow } from './viewport-window';
import { SECTION_CHROME_PX, estimateBodyPx } from './section-size';
import { COMMANDS, type CommandId } from '../../core/commands/command-table';
import { registerCommandHandler } from '../state/command-handlers';
import { runTextCommand } from './text-commands';
import { FootnoteNumbersCtx, createFootnoteNumbers } from './footnote/footnote-numbers';
import { isPageBreakKey, toggleSectionPageBreak } from './page-break';
import { PageBreakLine } from './PageBreakLine';
import type { SectionOp } from '../state/section-ops';
import { findSection } from '../state/section-tree';
import { AppendicesEditor } from './appendix/AppendicesEditor';

const SUMMARY: Where = { kind: 'summary' };

const sameNodes = <T,>(a: T[], b: T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const PREAMBLE: Where = { kind: 'preamble' };

/** The live Slate editor drawn inside `container` (a section body, the opening), if any. */
export function editorIn(container: Element | null | undefined): Editor | null {
  const editable = container?.querySelector<HTMLElement>('[data-slate-editor="true"]');
  const node = editable ? ELEMENT_TO_NODE.get(editable) : undefined;
  return node && SlateEditor.isEditor(node) ? node : null;
}

/**
 * Puts the caret at the start of the text editor in `container`. A body drawn statically is
 * turned live first (its focus does that, at once with flushSync); the editable then gets the
 * focus synchronously, so keys typed right after reach it, and it stays live while focused.
 */
export function focusTextStart(container: Element | null | undefined): boolean {
  if (!container) return false;
  let editor = editorIn(container);
  if (!editor) {
    const still = container.querySelector<HTMLElement>('[tabindex="0"]');
    if (!still) return false;
    flushSync(() => still.focus());
    editor = editorIn(container);
    if (!editor) return true;
  }
  const el = ReactEditor.toDOMNode(editor as ReactEditor, editor);
  if (document.activeElement !== el) el.focus({ preventScroll: true });
  Transforms.select(editor, SlateEditor.start(editor, []));
  return true;
}

interface SectionBlockProps {
  section: Section;
  number: string;
  depth: number;
  selected: boolean;
  onBody(id: string, body: BlockElement[]): void;
  onTitle(id: string, title: string): void;
  onSelect(id: string): void;
  onPageBreak(id: string): void;
}

/** One section: its computed number (not editable), its title and its own body editor. */
const SectionBlock = memo(function SectionBlock({ section, number, depth, selected, onBody, onTitle, onSelect, onPageBreak }: SectionBlockProps) {
  const togglePageBreak = useCallback(() => onPageBreak(section.id), [onPageBreak, section.id]);
  const onBodyChange = useCallback((body: BlockElement[]) => onBody(section.id, body), [onBody, section.id]);
  const onFocus = useCallback(() => onSelect(section.id), [onSelect, section.id]);
  const where = useMemo<Where>(() => ({ kind: 'body', sectionId: section.id }), [section.id]);
  const match = useFindHighlight();
  const titleMatched = match?.where.kind === 'title' && match.where.sectionId === section.id;
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (titleMatched) titleRef.current?.scrollIntoView({ block: 'center' });
  }, [titleMatched, match]);
  // A section just added ("+ Thêm mục": selected, no title, no text) gets the caret in its title.
  const isNew = selected && section.title === '' && section.body.every((b) => b.children.every((c) => 'text' in c && c.text === ''));
  useEffect(() => {
    if (isNew) titleRef.current?.focus();
    // Only when the section appears, not on later renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Chosen in the outline (the focus is elsewhere): bring the section into view in the editor.
  const box = useRef<HTMLElement>(null);
  const { scrollRoot } = usePlanEditor();
  useEffect(() => {
    const el = box.current;
    const column = scrollRoot.current;
    if (!selected || !el || !column || el.contains(document.activeElement)) return;
    const top = el.getBoundingClientRect().top;
    const view = column.getBoundingClientRect();
    if (top < view.top || top > view.bottom - 40) el.scrollIntoView({ block: 'start' });
  }, [selected, scrollRoot]);
  return (
    <section
      ref={box}
      className="kh-section"
      data-testid={`editor-section-${section.id}`}
      data-selected={selected || undefined}
      style={{ marginBottom: 10, paddingLeft: 6, borderLeft: selected ? '3px solid #3b78e7' : '3px solid transparent' }}
    >
      {section.pageBreakBefore && <PageBreakLine sectionId={section.id} onRemove={togglePageBreak} />}
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 6, fontFamily: '"Times New Roman", "Liberation Serif", serif', fontSize: '14pt', fontWeight: depth <= 3 ? 'bold' : 'normal', fontStyle: depth === 4 ? 'italic' : 'normal' }}>
        <span data-testid={`section-number-${section.id}`} title="Số mục được đánh tự động" style={{ userSelect: 'none', color: '#333' }}>
          {number}
        </span>
        <input
          ref={titleRef}
          data-testid={`section-title-${section.id}`}
          data-find-current={titleMatched || undefined}
          aria-label={`Tên mục ${number}`}
          value={section.title}
          placeholder="(tên mục)"
          onFocus={onFocus}
          onChange={(e) => onTitle(section.id, e.target.value)}
          onKeyDown={(e) => {
            if (isPageBreakKey(e)) {
              e.preventDefault();
              togglePageBreak();
              return;
            }
            // Enter ends the title, as in Word: the caret goes to the start of the section's text.
            if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.shiftKey || e.ctrlKey || e.altKey) return;
            e.preventDefault();
            focusTextStart(box.current?.querySelector(`[data-testid="section-body-${section.id}"]`));
          }}
          style={{ flex: 1, font: 'inherit', textTransform: depth === 1 ? 'uppercase' : undefined, border: 'none', borderBottom: '1px dashed #bbb', background: titleMatched ? '#ffe08a' : 'transparent' }}
        />
        <button
          type="button"
          data-testid={`section-page-break-${section.id}`}
          aria-pressed={section.pageBreakBefore === true}
          title={section.pageBreakBefore ? 'Bỏ ngắt trang: mục này in nối tiếp (Ctrl+Enter)' : 'Bắt đầu mục này ở trang mới (Ctrl+Enter)'}
          onMouseDown={(e) => e.preventDefault()}
          onClick={togglePageBreak}
          style={{ font: '12px sans-serif', fontWeight: 'normal', fontStyle: 'normal', border: '1px solid #ccc', borderRadius: 3, background: section.pageBreakBefore ? '#dbe7fb' : '#fafafa', color: '#333', cursor: 'pointer', whiteSpace: 'nowrap' }}
        >
          Trang mới
        </button>
      </div>
      <RichTextEditor testId={`section-body-${section.id}`} findWhere={where} value={section.body} onChange={onBodyChange} onFocus={onFocus} onPageBreak={togglePageBreak} placeholder="Nội dung mục…" />
    </section>
  );
});

/** The plan's bodies in column order with their estimated heights (title and gap included for sections). */
function seedBodies(plan: Plan): Array<{ key: string; px: number }> {
  const bodies = [
    { key: 'editor-summary', px: 60 },
    { key: 'editor-preamble', px: 30 + estimateBodyPx(plan.preamble) },
  ];
  for (const { section } of flattenSections(plan.sections)) bodies.push({ key: `section-body-${section.id}`, px: SECTION_CHROME_PX + estimateBodyPx(section.body) });
  return bodies;
}

/**
 * The plan's text: summary, opening sentence and every section body, each in its own Slate
 * editor. Changes go to the store as updates of the latest plan (only the changed branch is
 * copied). Typed text goes one frame later (see pending-edits.ts), so a keystroke is painted
 * before the rest of the app re-renders; titles and references go at once.
 */
export function PlanEditor(props: {
  plan: Plan;
  onUpdate(update: (plan: Plan) => Plan): void;
  /** Typing started: the document has unsaved changes from now on (its text follows a frame later). */
  onTouch(): void;
  selectedSectionId: string | null;
  onSelectSection(id: string): void;
  /** A structure edit, undoable in the plan store ("Bắt đầu trang mới"); without it, a plain update. */
  onStructure?(op: SectionOp, label: string): void;
}): JSX.Element {
  const { plan, selectedSectionId } = props;
  // Latest callbacks, so the stable handlers below always reach the current store.
  const latest = useRef(props);
  latest.current = props;
  const activeEditor = useRef<Editor | null>(null);
  const scrollRoot = useRef<HTMLDivElement | null>(null);

  const pending = useMemo(() => new PendingEdits((fn) => latest.current.onUpdate(fn)), []);
  useEffect(() => {
    const unregister = registerPendingEdits(pending);
    // Any key, click or tap may lead to code that reads the plan: the text typed so far goes first.
    const flushNow = () => flushPendingEdits();
    const events = ['keydown', 'mousedown', 'pointerdown'] as const;
    for (const type of events) window.addEventListener(type, flushNow, true);
    return () => {
      for (const type of events) window.removeEventListener(type, flushNow, true);
      unregister();
      pending.flush();
    };
  }, [pending]);

  // Steps of another plan are never undone from the toolbar.
  useEffect(() => resetUndoTimeline, [plan.id]);

  // A plan just opened or created: the caret starts at the beginning of its text (the first section
  // with text, from the selected one on: the first after opening, the one chosen in a review), as in Word — unless the clerk already put it somewhere. The body is waited for
  // until it is drawn live (the column reports what is on screen a frame or two after opening).
  // Once the clerk has pressed a key or a mouse button the wait ends for good: while a clicked
  // section swaps its static text for the live editor the focus is briefly on no element, and
  // the caret must not be pulled away from where the clerk put it.
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    let interacted = false;
    // Marks the column once the app no longer moves the caret or the view on its own, a frame after
    // its own placement (Slate scrolls to the caret then): what tests wait for before clicking.
    const settle = (root: HTMLElement | null) => root?.setAttribute('data-caret-settled', '');
    scrollRoot.current?.removeAttribute('data-caret-settled');
    const stop = () => {
      interacted = true;
      cancelAnimationFrame(frame);
      settle(scrollRoot.current);
    };
    const events = ['pointerdown', 'mousedown', 'keydown', 'focusin', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, stop, true);
    // Scrolled elsewhere in the text (wheel, scrollbar, a jump): the caret is not pulled back to
    // the top, and Slate's scrolling to it could move the page under a click on its way.
    const scrolled = (e: Event) => {
      if (e.target === scrollRoot.current) stop();
    };
    window.addEventListener('scroll', scrolled, true);
    const place = () => {
      const root = scrollRoot.current;
      const focused = document.activeElement;
      if (interacted || !root || (focused && focused !== document.body)) return settle(root);
      // From the selected section on (the first one after opening; the one a review jumped to).
      const all = flattenSections(latest.current.plan.sections);
      const from = Math.max(0, all.findIndex(({ section }) => section.id === latest.current.selectedSectionId));
      const flat = all.slice(from);
      const first = flat.find(({ section }) => section.body.some((b) => b.children.some((c) => !('text' in c) || c.text.trim() !== ''))) ?? flat[0];
      const target = first ? root.querySelector(`[data-testid="section-body-${first.section.id}"]`) : root.querySelector('[data-testid="editor-preamble"]');
      if (!editorIn(target) && ++tries < 30) {
        frame = requestAnimationFrame(place);
        return;
      }
      // Our own focus below is not the clerk's: stop listening first.
      for (const e of events) window.removeEventListener(e, stop, true);
      window.removeEventListener('scroll', scrolled, true);
      try {
        focusTextStart(target);
      } catch {
        // The body was swapped between its static and live views while we placed the caret (a
        // slow machine): leave the caret where it is rather than fail.
      } finally {
        // Settled however the placing went: the app no longer moves the caret by itself.
        frame = requestAnimationFrame(() => requestAnimationFrame(() => settle(root)));
      }
    };
    frame = requestAnimationFrame(place);
    return () => {
      cancelAnimationFrame(frame);
      for (const e of events) window.removeEventListener(e, stop, true);
      window.removeEventListener('scroll', scrolled, true);
    };
  }, [plan.id]);

  /**
   * The editor the formatting buttons act on when the caret is in no text editor (in a section's
   * title, or just after "+ Thêm mục"): the selected section's text, caret at its start.
   */
  const selectedBody = useCallback((): Editor | null => {
    const id = latest.current.selectedSectionId;
    const container = id ? scrollRoot.current?.querySelector(`[data-testid="section-body-${id}"]`) : null;
    const live = editorIn(container);
    if (live?.selection) {
      ReactEditor.focus(live as ReactEditor);
      return live;
    }
    if (!container || !focusTextStart(container)) return null;
    return editorIn(container);
  }, []);

  /** At once, after any text still waiting, so updates reach the store in the order they were made. */
  const update = useCallback(
    (fn: (p: Plan) => Plan) => {
      pending.flush();
      latest.current.onUpdate(fn);
    },
    [pending],
  );
  /** Typed text: the latest value of each editor waits for the frame to be painted. */
  const typed = useCallback(
    (target: string, fn: (p: Plan) => Plan) => {
      pending.add(target, fn);
      latest.current.onTouch();
    },
    [pending],
  );
  const onBody = useCallback((id: string, body: BlockElement[]) => typed(`body:${id}`, (p) => setSectionBody(p, id, body)), [typed]);
  const onTitle = useCallback((id: string, title: string) => update((p) => setSectionTitle(p, id, title)), [update]);
  const onSelect = useCallback((id: string) => latest.current.onSelectSection(id), []);
  const onPageBreak = useCallback(
    (id: string) => {
      const structure = latest.current.onStructure;
      if (!structure) return update((p) => toggleSectionPageBreak(p, id));
      pending.flush();
      const on = findSection(latest.current.plan.sections, id)?.pageBreakBefore !== true;
      structure({ type: 'page-break', id, on }, on ? 'Bắt đầu mục ở trang mới' : 'Bỏ ngắt trang trước mục');
    },
    [update, pending],
  );
  // The "Định dạng" menu (Electron) runs the table's text commands here: on the editor with the
  // caret, else the selected section's text; "Bắt đầu mục ở trang mới" on the selected section.
  useEffect(() => {
    const target = (): Editor | null => {
      const active = activeEditor.current;
      return active && active.selection ? active : selectedBody();
    };
    const offs = COMMANDS.filter((c) => c.scope === 'text').map((c) =>
      registerCommandHandler(c.id as CommandId, () => {
        const id = latest.current.selectedSectionId;
        if (c.id === 'page-break') return void (id && onPageBreak(id));
        const editor = target();
        if (editor) runTextCommand(editor, c.id as CommandId, id ? { togglePageBreak: () => onPageBreak(id) } : {});
      }),
    );
    return () => offs.forEach((off) => off());
  }, [selectedBody, onPageBreak]);
  // The summary is stored as inline nodes; the blocks last emitted are given back to its editor
  // while they still match, so it never mistakes its own text for a change from outside.
  const lastSummary = useRef<BlockElement[] | null>(null);
  const onSummary = useCallback(
    (blocks: BlockElement[]) => {
      lastSummary.current = blocks;
      typed('summary', (p) => ({ ...p, summary: blocks.flatMap((b) => b.children) }));
    },
    [typed],
  );
  const onPreamble = useCallback((preamble: BlockElement[]) => typed('preamble', (p) => ({ ...p, preamble })), [typed]);

  const summaryBlocks = useMemo<BlockElement[]>(() => {
    const last = lastSummary.current;
    const same = last && sameNodes(last.flatMap((b) => b.children), plan.summary);
    return same ? last : [{ type: 'paragraph', children: plan.summary }];
  }, [plan.summary]);
  const levels = effectiveLevels(plan);
  // Numbers depend on the tree's shape, not on body text: recomputed only when the shape changes.
  const shape = useOutlineShape(plan.sections);
  const numbers = useMemo(() => computeSectionNumbers(shape, levels), [shape, levels.join()]); // eslint-disable-line react-hooks/exhaustive-deps
  const flat = useMemo(() => flattenSections(plan.sections), [plan.sections]);
  // Chips show what each reference prints at its place (order matters: the first full citation
  // introduces a short name). The texts are kept while the references and what they resolve
  // against stay the same, and the context changes only with them, so typing text does not
  // re-render every editor and every chip.
  const chipTextsOf = useMemo(createChipTextCache, []);
  const chipTexts = chipTextsOf(plan);
  // Footnote marks show their number; the map changes only when a footnote is added, removed or moved.
  const footnoteNumbersOf = useMemo(createFootnoteNumbers, []);
  const footnoteNumbers = footnoteNumbersOf(plan);
  // Bodies far from the screen are not drawn; measured again on scroll and size changes, and at
  // once after the first render, so the first frame of an opened plan shows its visible text.
  const viewport = useMemo(createViewportWindow, []);
  const content = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    if (!scrollRoot.current || !content.current) return;
    return viewport.attach(scrollRoot.current, content.current);
  }, [viewport]);
  // A plan just opened: which bodies its first frame draws, from estimates (before the children
  // render, which read it), then measured for real from the next frame on.
  useMemo(() => viewport.seed(seedBodies(latest.current.plan), typeof window === 'undefined' ? 800 : window.innerHeight), [viewport, plan.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const ctx = useMemo<PlanEditorContext>(
    () => ({ plan, chipText: chipTexts.text, update, activeEditor, scrollRoot, viewport }),
    [chipTexts, plan.organisation, plan.date, plan.type, plan.documents, plan.baseIds, plan.wording, plan.profile, update], // eslint-disable-line react-hooks/exhaustive-deps
  );

  return (
    <PlanCtx.Provider value={ctx}>
      <FootnoteNumbersCtx.Provider value={footnoteNumbers}>
      <div ref={scrollRoot} data-testid="plan-editor" className="kh-plan-editor">
        <Toolbar activeEditor={activeEditor} selectedBody={selectedBody} />
        <div ref={content} style={{ padding: '8px 12px' }}>
          <div style={{ marginBottom: 8 }}>
            <div style={{ fontSize: 12, color: '#666' }}>Trích yếu</div>
            <RichTextEditor testId="editor-summary" findWhere={SUMMARY} value={summaryBlocks} onChange={onSummary} singleLine placeholder="thực hiện …" />
          </div>
          <div style={{ marginBottom: 12 }}>
            <div style={{ fontSize: 12, color: '#666' }}>Phần mở đầu</div>
            <RichTextEditor testId="editor-preamble" findWhere={PREAMBLE} value={plan.preamble} onChange={onPreamble} placeholder="Thực hiện …" />
          </div>
          {flat.map(({ section, depth }) => (
            <SectionBlock
              key={section.id}
              section={section}
              depth={depth}
              number={numbers.get(section.id) ?? ''}
              selected={section.id === selectedSectionId}
              onBody={onBody}
              onTitle={onTitle}
              onSelect={onSelect}
              onPageBreak={onPageBreak}
            />
          ))}
          <AppendicesEditor plan={plan} update={update} typed={typed} />
        </div>
      </div>
      </FootnoteNumbersCtx.Provider>
    </PlanCtx.Provider>
  );
}
