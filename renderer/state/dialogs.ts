import type { FileKind } from '../../core/ipc/api';

/**
 * The app's one open dialog at a time: its state, actions and reducer. The dialogs themselves are
 * drawn by renderer/app/AppDialogs.tsx.
 */
export type Dialog =
  /** "Lưu thay đổi?" before the plan is closed; `then` runs once it was saved or discarded. */
  | { kind: 'unsaved'; then(): void }
  /** Browser mode's file-name dialog (Electron uses the system one). */
  | { kind: 'file'; purpose: 'open' | 'save'; fileKind: FileKind; suggested: string; resolve(path: string | null): void }
  | { kind: 'exported'; path: string; fileKind: 'docx' | 'pdf' }
  | { kind: 'print' }
  | { kind: 'message'; title: string; message: string }
  /** What a Word plan opened as a draft had that could not be recognised. */
  | { kind: 'import-notes'; fileName: string; notes: Array<{ message: string; text: string }> };

export type DialogState = Dialog | null;

export type DialogAction = { type: 'show'; dialog: Dialog } | { type: 'close' };

export function dialogReducer(state: DialogState, action: DialogAction): DialogState {
  switch (action.type) {
    case 'show': return action.dialog;
    case 'close': return state === null ? state : null;
  }
}

export const showDialog = (dialog: Dialog): DialogAction => ({ type: 'show', dialog });
export const closeDialog: DialogAction = { type: 'close' };
/** A failure, said in Vietnamese: what did not work and why. */
export const failure = (title: string, message: string): DialogAction => showDialog({ kind: 'message', title, message });
