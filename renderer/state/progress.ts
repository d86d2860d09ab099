/**
 * Long work the clerk waits for (saving, exporting, opening, creating): its state, actions and
 * reducer. While a task runs the app shows what it is doing (renderer/app/ProgressNotice.tsx)
 * and the commands that would start another wait (the command table's `busy`).
 */
export type Task = 'open' | 'save' | 'create' | 'export-docx' | 'export-pdf';

export const TASK_LABELS: Record<Task, string> = {
  open: 'Đang mở tệp…',
  save: 'Đang lưu…',
  create: 'Đang tạo kế hoạch…',
  'export-docx': 'Đang xuất tệp Word…',
  'export-pdf': 'Đang xuất PDF…',
};

/** A second line where the wait can be long. */
export const TASK_HINTS: Partial<Record<Task, string>> = {
  'export-pdf': 'Lần xuất PDF đầu tiên có thể mất vài giây.',
  'export-docx': 'Kế hoạch dài có thể mất vài giây.',
  open: 'Tệp lớn có thể mất vài giây.',
};

export type ProgressState = Task | null;
export type ProgressAction = { type: 'start'; task: Task } | { type: 'done' };

export function progressReducer(state: ProgressState, action: ProgressAction): ProgressState {
  switch (action.type) {
    case 'start': return action.task;
    case 'done': return state === null ? state : null;
  }
}
