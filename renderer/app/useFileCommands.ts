import { type Dispatch, type RefObject, useCallback } from 'react';
import type { FileKind, KehoachApi, Settings } from '../../core/ipc/api';
import { baseName, suggestFileName } from '../state/file-names';
import type { NewPlanAnswers } from '../state/new-plan-form';
import { type CreatedPlanFacts, rememberOffice } from '../state/office-memory';
import type { DocState, docReducer } from '../state/plan-store';
import { type DialogAction, failure, showDialog } from '../state/dialogs';
import type { ProgressAction } from '../state/progress';
import { useWithProgress } from './useWithProgress';
import type { Screen } from '../state/screen';

type DocAction = Parameters<typeof docReducer>[1];

export interface FileCommandDeps {
  api: KehoachApi;
  mode: 'electron' | 'browser';
  settings: Settings;
  /** The plan store's latest state, for async handlers. */
  docRef: RefObject<DocState>;
  dispatchDoc: Dispatch<DocAction>;
  dispatchDialog: Dispatch<DialogAction>;
  dispatchProgress: Dispatch<ProgressAction>;
  showScreen(screen: Screen): void;
  toast(text: string): void;
  discardRecovery(): Promise<void>;
  refreshRecent(): Promise<void>;
  updateSettings(patch: Partial<Omit<Settings, 'schemaVersion'>>): Promise<string | null>;
}

/** The next frame painted: a long render started now (a large plan opened) is on screen by then. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * New, open, save, save as, export, create: the file work of the commands, each long step shown
 * as progress (renderer/state/progress.ts), each failure as a Vietnamese message.
 */
export function useFileCommands(deps: FileCommandDeps) {
  const { api, mode, settings, docRef, dispatchDoc, dispatchDialog, dispatchProgress, showScreen, toast, discardRecovery, refreshRecent, updateSettings } = deps;
  const fail = useCallback((title: string, message: string) => dispatchDialog(failure(title, message)), [dispatchDialog]);

  const withProgress = useWithProgress(dispatchProgress);

  /** Native dialog in Electron, in-app file-name dialog in browser mode. */
  const pickPath = useCallback(
    async (purpose: 'open' | 'save', fileKind: FileKind, suggested: string): Promise<string | null> => {
      if (mode === 'electron') {
        const r = purpose === 'open' ? await api.dialogs.pickOpenPath(fileKind) : await api.dialogs.pickSavePath(fileKind, suggested);
        if (!r.ok) {
          fail('Không mở được hộp chọn tệp', r.error);
          return null;
        }
        return r.value;
      }
      return new Promise((resolve) => dispatchDialog(showDialog({ kind: 'file', purpose, fileKind, suggested, resolve })));
    },
    [api, mode, fail, dispatchDialog],
  );

  const saveTo = useCallback(async (path: string): Promise<boolean> => {
    const { plan, revision } = docRef.current;
    if (!plan) return false;
    const r = await withProgress('save', () => api.drafts.save(path, plan));
    if (!r.ok) {
      fail('Chưa lưu được kế hoạch', r.error);
      return false;
    }
    dispatchDoc({ type: 'saved', path: r.value.path, revision });
    toast(`Đã lưu ${baseName(r.value.path)}`);
    await discardRecovery();
    void refreshRecent();
    return true;
  }, [api, docRef, withProgress, fail, dispatchDoc, toast, discardRecovery, refreshRecent]);

  const saveAs = useCallback(async (): Promise<boolean> => {
    const plan = docRef.current.plan;
    if (!plan) return false;
    const path = await pickPath('save', 'draft', docRef.current.path ? baseName(docRef.current.path) : suggestFileName(plan, 'draft'));
    return path ? saveTo(path) : false;
  }, [docRef, pickPath, saveTo]);

  const save = useCallback(async (): Promise<boolean> => (docRef.current.path ? saveTo(docRef.current.path) : saveAs()), [docRef, saveAs, saveTo]);

  /** Runs `then` now, or after the clerk saved or discarded the unsaved changes. */
  const guard = useCallback((then: () => void) => {
    if (!docRef.current.dirty) return then();
    dispatchDialog(showDialog({ kind: 'unsaved', then }));
  }, [docRef, dispatchDialog]);

  const openPath = useCallback(async (path: string) => {
    await withProgress('open', async () => {
      const r = await api.drafts.open(path);
      if (!r.ok) return fail('Không mở được tệp nháp', r.error);
      await discardRecovery();
      dispatchDoc({ type: 'open', plan: r.value.plan, path: r.value.path });
      showScreen('start');
      if (r.value.migratedFrom !== undefined) toast(`Tệp được tạo bằng phiên bản cũ (định dạng ${r.value.migratedFrom}) và đã được chuyển sang định dạng mới. Lưu để giữ thay đổi.`);
      void refreshRecent();
      // A long plan takes a while to draw: the notice stays until it is on screen.
      await afterPaint();
    });
  }, [api, withProgress, fail, discardRecovery, dispatchDoc, showScreen, toast, refreshRecent]);

  const openDialog = useCallback(() => guard(() => void pickPath('open', 'draft', '').then((p) => { if (p) void openPath(p); })), [guard, pickPath, openPath]);

  /** A Word plan opened as a new, unsaved draft; what was not recognised is listed to the clerk. */
  const openWordPath = useCallback(async (path: string) => {
    await withProgress('open', async () => {
      const r = await api.drafts.openDocx(path);
      if (!r.ok) return fail('Không mở được tệp Word', r.error);
      await discardRecovery();
      dispatchDoc({ type: 'new', plan: r.value.plan });
      showScreen('start');
      if (r.value.notes.length > 0) dispatchDialog(showDialog({ kind: 'import-notes', fileName: baseName(path), notes: r.value.notes }));
      else toast(`Đã mở ${baseName(path)} thành bản thảo mới. Hãy lưu để giữ bản thảo.`);
      await afterPaint();
    });
  }, [api, withProgress, fail, discardRecovery, dispatchDoc, showScreen, dispatchDialog, toast]);

  const openWordDialog = useCallback(() => guard(() => void pickPath('open', 'docx', '').then((p) => { if (p) void openWordPath(p); })), [guard, pickPath, openWordPath]);

  const newPlan = useCallback(() => guard(() => {
    void discardRecovery();
    dispatchDoc({ type: 'close' });
    showScreen('new-plan');
  }), [guard, discardRecovery, dispatchDoc, showScreen]);

  const create = useCallback(async (templateId: string, answers: NewPlanAnswers, office: CreatedPlanFacts) => {
    const r = await withProgress('create', () => api.templates.create(templateId, answers));
    if (!r.ok) return fail('Chưa tạo được kế hoạch', r.error);
    dispatchDoc({ type: 'new', plan: r.value });
    showScreen('start');
    // The office is remembered for next time; the plan is already open, so a failure only says so.
    const failed = await updateSettings(rememberOffice(settings, office));
    if (failed) toast(`Chưa lưu được thông tin cơ quan cho lần sau: ${failed}`);
  }, [api, withProgress, fail, dispatchDoc, showScreen, settings, updateSettings, toast]);

  const exportAs = useCallback(async (fileKind: 'docx' | 'pdf') => {
    const plan = docRef.current.plan;
    if (!plan) return;
    const path = await pickPath('save', fileKind, suggestFileName(plan, fileKind));
    if (!path) return;
    const r = await withProgress(fileKind === 'docx' ? 'export-docx' : 'export-pdf', () =>
      fileKind === 'docx' ? api.exporting.docx(path, plan) : api.exporting.pdf(path, plan),
    );
    if (!r.ok) return fail(fileKind === 'docx' ? 'Chưa xuất được tệp Word' : 'Chưa xuất được tệp PDF', r.error);
    dispatchDialog(showDialog({ kind: 'exported', path: r.value.path, fileKind }));
  }, [api, docRef, pickPath, withProgress, fail, dispatchDialog]);

  return { fail, save, saveAs, guard, openPath, openDialog, openWordDialog, newPlan, create, exportAs, pickPath };
}
