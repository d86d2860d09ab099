import { type ProgressState, TASK_HINTS, TASK_LABELS } from '../state/progress';

/**
 * What the app is doing while the clerk waits ("Đang xuất PDF…"), with an indeterminate bar:
 * never a silent wait. Shown from the moment the work starts until it ends.
 */
export function ProgressNotice({ task }: { task: ProgressState }) {
  if (!task) return null;
  const label = TASK_LABELS[task];
  const hint = TASK_HINTS[task];
  return (
    <div className="progress-notice" role="status" aria-live="polite" aria-busy="true" data-testid="progress" data-task={task}>
      <div className="progress-label" data-testid="progress-label">{label}</div>
      <progress aria-label={label} />
      {hint && <div className="progress-hint">{hint}</div>}
    </div>
  );
}
