/**
 * The review view's own state: which task or section the reviewer picked, and whether the two
 * sides scroll together. A reducer over small actions, as the other renderer state modules.
 */
export interface ReviewState {
  /** The picked parent task (its id, "II.3.b") or null. */
  taskId: string | null;
  /** The picked draft section, or null. */
  sectionId: string | null;
  /** Scrolling the draft brings the parent to the task its topmost section takes up. */
  linked: boolean;
  /** Only the tasks no section takes up. */
  onlyUncovered: boolean;
}

export type ReviewAction =
  | { type: 'pick-task'; taskId: string; sectionId: string | null }
  | { type: 'pick-section'; sectionId: string; taskId: string | null }
  | { type: 'toggle-linked' }
  | { type: 'toggle-uncovered' };

export const INITIAL_REVIEW: ReviewState = { taskId: null, sectionId: null, linked: true, onlyUncovered: false };

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'pick-task':
      return { ...state, taskId: action.taskId, sectionId: action.sectionId };
    case 'pick-section':
      return { ...state, sectionId: action.sectionId, taskId: action.taskId };
    case 'toggle-linked':
      return { ...state, linked: !state.linked };
    case 'toggle-uncovered':
      return { ...state, onlyUncovered: !state.onlyUncovered };
  }
}
