import { type Dispatch, type JSX, useEffect, useMemo, useRef } from 'react';
import type { PlanDiff } from '../../core/diff/types';
import { describeChange, diffPlans } from '../../core/diff';
import { type CompareScreenAction, type CompareScreenState, changedParts, changeCount, changeLines, countsText, moveEnds, refChangeText, startsWithLabel } from '../state/compare-screen';
import { CompareParagraph } from './CompareParagraph';
import './versions.css';

/**
 * "So sánh": on the left the list of changes per section (counts; a click brings the inline view
 * there) and the live-reference values that changed; on the right the whole text with insertions
 * underlined, deletions struck through, moved paragraphs shown once at each end. Full screen, in
 * place of the editor, closed back to it.
 */
export function CompareScreen(props: {
  state: CompareScreenState;
  dispatch: Dispatch<CompareScreenAction>;
  busy: boolean;
  onExport(): void;
  onClose(): void;
}): JSX.Element {
  const { state, dispatch } = props;
  // Once per pair and option: a 60-page pair takes well under the 300 ms the bench allows.
  const diff = useMemo(() => diffPlans(state.old.plan, state.new.plan, { ignoreToneMarks: state.ignoreToneMarks }), [state.old.plan, state.new.plan, state.ignoreToneMarks]);
  const changed = useMemo(() => changedParts(diff), [diff]);
  const moves = useMemo(() => moveEnds(diff), [diff]);
  const inline = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!state.focus) return;
    const part = inline.current?.querySelector(`[data-part-index="${state.focus.part}"]`);
    const paragraph = state.focus.paragraph === undefined ? null : part?.querySelector(`[data-paragraph-index="${state.focus.paragraph}"]`);
    if (paragraph) paragraph.scrollIntoView({ block: 'center' });
    else part?.scrollIntoView({ block: 'start' });
  }, [state.focus]);

  // Escape closes the comparison, as it closes a dialog (a dialog open over it takes its own Escape).
  const { onClose } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('.modal-backdrop')) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const total = changed.reduce((n, c) => n + changeCount(c.part), 0);
  return (
    <main className="compare" data-testid="compare">
      <header className="compare-bar">
        <div className="compare-title">
          <strong>So sánh</strong>{' '}
          <span className="cmp-label-old" data-testid="compare-old-label">{state.old.label}</span>
          {' → '}
          <span className="cmp-label-new" data-testid="compare-new-label">{state.new.label}</span>
        </div>
        <label>
          <input type="checkbox" data-testid="compare-ignore-tones" checked={state.ignoreToneMarks} onChange={() => dispatch({ type: 'toggle-tone-marks' })} />
          {' '}Bỏ qua cách đặt dấu thanh (hoà/hòa)
        </label>
        <label>
          <input type="checkbox" data-testid="compare-only-changes" checked={state.onlyChanges} onChange={() => dispatch({ type: 'toggle-only-changes' })} />
          {' '}Chỉ hiện đoạn có thay đổi
        </label>
        <button type="button" className="primary" data-testid="compare-export" disabled={props.busy} onClick={props.onExport}>
          Xuất bản so sánh (Word, theo dõi thay đổi)
        </button>
        <button type="button" data-testid="compare-close" onClick={props.onClose}>Đóng so sánh</button>
      </header>
      <div className="compare-panes">
        <nav className="compare-list" aria-label="Các thay đổi theo mục" data-testid="compare-changes">
          <p className="compare-summary" data-testid="compare-summary">
            {total === 0 && diff.refChanges.length === 0 ? 'Hai bản giống nhau.' : `${changed.length} phần có thay đổi`}
          </p>
          {diff.refChanges.length > 0 && (
            <section>
              <h3>Giá trị tham chiếu đã đổi</h3>
              <ul>
                {diff.refChanges.map((r) => (
                  <li key={`${r.field}|${r.before}|${r.after}`} data-testid="compare-ref-change">{refChangeText(r)}</li>
                ))}
              </ul>
            </section>
          )}
          {changed.length > 0 && (
            <section>
              <h3>Thay đổi theo mục</h3>
              <ul>
                {changed.map(({ index, part }) => (
                  <li key={index}>
                    <button type="button" className="link" data-testid="compare-part-link" data-part-index={index} onClick={() => dispatch({ type: 'focus', part: index })}>
                      <span className="cmp-part-label">{part.label}</span>
                      <span className="cmp-counts">{countsText(part)}</span>
                    </button>
                    <ChangeLines part={part} index={index} dispatch={dispatch} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </nav>
        <div className="compare-inline" ref={inline} data-testid="compare-inline">
          {diff.parts.map((part, index) =>
            state.onlyChanges && changeCount(part) === 0 ? null : (
              <section key={index} className={changeCount(part) > 0 ? 'cmp-part cmp-part-changed' : 'cmp-part'} data-part-index={index} data-testid="compare-part">
                {/* A section's own heading is its first paragraph: the label is not said twice (unless hidden as unchanged). */}
                {(state.onlyChanges || !startsWithLabel(part)) && <h3 className="cmp-part-title">{part.label}</h3>}
                {part.paragraphs.map((change, i) =>
                  state.onlyChanges && change.kind === 'same' ? null : (
                    <CompareParagraph key={i} index={i} change={change} moves={moves} focused={state.focus?.part === index && state.focus.paragraph === i} />
                  ),
                )}
              </section>
            ),
          )}
        </div>
      </div>
    </main>
  );
}

/** How many lines of changes a part lists before "và … thay đổi khác": the inline view has them all. */
const MAX_LINES = 12;

/** Under a part in the list: one line per changed paragraph, a click brings the inline view to it. */
function ChangeLines(props: { part: PlanDiff['parts'][number]; index: number; dispatch: Dispatch<CompareScreenAction> }): JSX.Element {
  const lines = useMemo(() => changeLines(props.part, describeChange), [props.part]);
  return (
    <ol className="cmp-change-lines">
      {lines.slice(0, MAX_LINES).map((l) => (
        <li key={l.paragraph}>
          <button type="button" className="link" data-testid="compare-change-line" onClick={() => props.dispatch({ type: 'focus', part: props.index, paragraph: l.paragraph })}>
            {l.text}
          </button>
        </li>
      ))}
      {lines.length > MAX_LINES && <li className="muted">và {lines.length - MAX_LINES} thay đổi khác</li>}
    </ol>
  );
}
