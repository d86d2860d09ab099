import { useCallback, useMemo, useReducer, useRef, type JSX } from 'react';
import type { ImportedText } from '../../core/import/imported-text';
import type { Plan } from '../../core/model/plan';
import { coverage, type CoverageReport, type TaskCoverage } from '../../core/review/coverage';
import { draftSections, type DraftSection } from '../../core/review/draft-sections';
import { INITIAL_REVIEW, reviewReducer } from '../state/review';
import { ChunkedList, type ChunkedListHandle } from './ChunkedList';
import { Highlighted } from './Highlighted';
import './review.css';

/**
 * "Đối chiếu với văn bản cấp trên": the parent on the left (read-only, drawn in chunks so a
 * 100-page parent scrolls smoothly), the draft on the right, and between them the parent's tasks
 * with their coverage marks — which section takes each up, how closely, and which none does.
 * Picking a task or a section brings both sides to it and marks the words they share.
 */
export function ReviewScreen(props: { plan: Plan; parent: ImportedText; parentName: string; onClose(): void; onOpenSection(id: string): void }): JSX.Element {
  const { plan, parent } = props;
  const report = useMemo(() => coverage(parent, plan), [parent, plan.sections, plan.options, plan.profile]); // eslint-disable-line react-hooks/exhaustive-deps
  const sections = useMemo(() => draftSections(plan), [plan.sections, plan.options, plan.profile]); // eslint-disable-line react-hooks/exhaustive-deps
  const [state, dispatch] = useReducer(reviewReducer, INITIAL_REVIEW);
  const parentList = useRef<ChunkedListHandle>(null);
  const draftList = useRef<ChunkedListHandle>(null);
  const taskById = useMemo(() => new Map(report.tasks.map((t) => [t.task.id, t])), [report]);
  const sectionIndex = useMemo(() => new Map(sections.map((s, i) => [s.id, i])), [sections]);
  const taskAtParagraph = useMemo(() => {
    const m = new Map<number, TaskCoverage>();
    for (const t of report.tasks) m.set(t.task.paragraphIndex, t);
    return m;
  }, [report]);
  const picked = state.taskId ? taskById.get(state.taskId) : undefined;
  // The words the picked pair shares, to mark on both sides.
  const shared = useMemo(() => {
    if (!picked) return null;
    const match = picked.sections.find((s) => s.sectionId === state.sectionId) ?? picked.sections[0] ?? picked.best;
    return match?.terms ?? null;
  }, [picked, state.sectionId]);

  const pickTask = useCallback((t: TaskCoverage) => {
    const section = t.sections[0]?.sectionId ?? null;
    dispatch({ type: 'pick-task', taskId: t.task.id, sectionId: section });
    parentList.current?.scrollToItem(t.task.paragraphIndex);
    if (section !== null) draftList.current?.scrollToItem(sectionIndex.get(section) ?? 0);
  }, [sectionIndex]);

  const pickSection = useCallback((id: string) => {
    const first = report.sections.find((s) => s.sectionId === id)?.taskIds[0] ?? null;
    dispatch({ type: 'pick-section', sectionId: id, taskId: first });
    draftList.current?.scrollToItem(sectionIndex.get(id) ?? 0);
    const t = first ? taskById.get(first) : undefined;
    if (t) parentList.current?.scrollToItem(t.task.paragraphIndex);
  }, [report, sectionIndex, taskById]);

  // Scrolling the draft brings the parent to the first task the topmost visible section takes up.
  const lastLinked = useRef<string | null>(null);
  const onDraftScroll = useCallback((el: HTMLElement) => {
    if (!state.linked) return;
    const top = el.getBoundingClientRect().top;
    const first = [...el.querySelectorAll<HTMLElement>('[data-review-section]')].find((s) => s.getBoundingClientRect().bottom > top + 8);
    const id = first?.dataset.reviewSection;
    if (!id || id === lastLinked.current) return;
    lastLinked.current = id;
    const taskId = report.sections.find((s) => s.sectionId === id)?.taskIds[0];
    const t = taskId ? taskById.get(taskId) : undefined;
    if (t) parentList.current?.scrollToItem(t.task.paragraphIndex);
  }, [state.linked, report, taskById]);

  const covered = report.tasks.length - report.uncovered.length;
  const listed = state.onlyUncovered ? report.tasks.filter((t) => !t.covered) : report.tasks;
  return (
    <main className="review" data-testid="review">
      <header className="review-bar">
        <strong>Đối chiếu với {props.parentName}</strong>
        <span data-testid="review-summary">
          Đã có mục thực hiện {covered}/{report.tasks.length} nhiệm vụ{report.uncovered.length > 0 ? `; ${report.uncovered.length} nhiệm vụ chưa có mục nào` : ''}
        </span>
        <label><input type="checkbox" checked={state.onlyUncovered} onChange={() => dispatch({ type: 'toggle-uncovered' })} /> Chỉ hiện nhiệm vụ chưa có</label>
        <label><input type="checkbox" data-testid="review-linked" checked={state.linked} onChange={() => dispatch({ type: 'toggle-linked' })} /> Cuộn hai bên cùng nhau</label>
        <button type="button" data-testid="review-close" onClick={props.onClose}>Đóng đối chiếu</button>
      </header>
      <div className="review-panes">
        <section className="review-pane" aria-label="Văn bản cấp trên">
          <ChunkedList
            ref={parentList}
            testId="review-parent"
            count={parent.paragraphs.length}
            estimate={(i) => 24 + Math.ceil((parent.paragraphs[i]?.text.length ?? 0) / 80) * 20}
            version={`${state.taskId}|${shared?.join()}|${report.threshold}`}
            renderItem={(i) => <ParentParagraph parent={parent} index={i} task={taskAtParagraph.get(i)} picked={state.taskId} shared={shared} onPick={pickTask} />}
          />
        </section>
        <section className="review-pane review-tasks" aria-label="Nhiệm vụ của văn bản cấp trên">
          <ol data-testid="review-task-list">
            {listed.map((t) => (
              <TaskRow key={t.task.id} t={t} picked={t.task.id === state.taskId} onPick={pickTask} />
            ))}
          </ol>
        </section>
        <section className="review-pane" aria-label="Bản thảo">
          <ChunkedList
            ref={draftList}
            testId="review-draft"
            count={sections.length}
            estimate={(i) => 40 + Math.ceil((sections[i]?.text.length ?? 0) / 80) * 20}
            version={`${state.sectionId}|${shared?.join()}|${report.threshold}`}
            onScroll={onDraftScroll}
            renderItem={(i) => <DraftSectionView section={sections[i]!} report={report} picked={sections[i]!.id === state.sectionId} shared={shared} onPick={pickSection} onOpen={props.onOpenSection} />}
          />
        </section>
      </div>
    </main>
  );
}

/** 0,72: a score as a Vietnamese reader writes a decimal. */
const scoreText = (score: number): string => score.toFixed(2).replace('.', ',');

function markOf(t: TaskCoverage): string {
  if (!t.covered) return '✗';
  return '✓';
}

function TaskRow({ t, picked, onPick }: { t: TaskCoverage; picked: boolean; onPick(t: TaskCoverage): void }): JSX.Element {
  const best = t.sections[0];
  return (
    <li data-testid="review-task" data-task-id={t.task.id} data-covered={t.covered} className={`review-task${picked ? ' picked' : ''}${t.covered ? '' : ' uncovered'}`}>
      <button type="button" onClick={() => onPick(t)}>
        <span className="review-mark" aria-label={t.covered ? 'Đã có mục thực hiện' : 'Chưa có mục nào thực hiện'}>{markOf(t)}</span>{' '}
        <b>{t.task.id}</b> {t.task.text.length > 110 ? `${t.task.text.slice(0, 110)}…` : t.task.text}
        <span className="review-where" data-testid="review-task-where">
          {best
            ? `→ mục ${best.number || best.title || best.lead} (${scoreText(best.score)})${t.sections.length > 1 ? ` và ${t.sections.length - 1} mục khác` : ''}`
            : t.best
              ? `chưa có mục nào; gần nhất: mục ${t.best.number || t.best.title} (${scoreText(t.best.score)})`
              : 'chưa có mục nào'}
        </span>
      </button>
    </li>
  );
}

function ParentParagraph(props: { parent: ImportedText; index: number; task: TaskCoverage | undefined; picked: string | null; shared: readonly string[] | null; onPick(t: TaskCoverage): void }): JSX.Element {
  const p = props.parent.paragraphs[props.index]!;
  const t = props.task;
  const isPicked = t !== undefined && t.task.id === props.picked;
  return (
    <p
      className={`review-para level-${p.level}${isPicked ? ' picked' : ''}`}
      data-testid={t ? 'review-parent-task' : undefined}
      data-task-id={t?.task.id}
      style={{ fontWeight: p.bold ? 'bold' : undefined, textAlign: p.align === 'center' ? 'center' : undefined, cursor: t ? 'pointer' : undefined }}
      onClick={t ? () => props.onPick(t) : undefined}
    >
      {t && <span className={`review-mark${t.covered ? '' : ' uncovered'}`}>{markOf(t)} </span>}
      {p.label && <span>{p.label} </span>}
      <Highlighted text={p.text} terms={isPicked ? props.shared : null} />
    </p>
  );
}

function DraftSectionView(props: { section: DraftSection; report: CoverageReport; picked: boolean; shared: readonly string[] | null; onPick(id: string): void; onOpen(id: string): void }): JSX.Element {
  const { section } = props;
  const tasks = props.report.sections.find((s) => s.sectionId === section.id)?.taskIds ?? [];
  return (
    <div data-review-section={section.id} data-testid="review-section" className={`review-section${props.picked ? ' picked' : ''}`} onClick={() => props.onPick(section.id)}>
      <div className="review-section-title">
        <b>{section.number} {section.title}</b>
        {tasks.length > 0 && <span className="review-covers" title={tasks.join(', ')}> — thực hiện {tasks.length} nhiệm vụ</span>}
        <button type="button" className="link" onClick={(e) => { e.stopPropagation(); props.onOpen(section.id); }}>Sửa mục này</button>
      </div>
      {section.paragraphs.map((text, i) => (
        <p key={i} className="review-para"><Highlighted text={text} terms={props.picked ? props.shared : null} /></p>
      ))}
    </div>
  );
}
