import { type Dispatch, type RefObject, useCallback, useReducer, useState } from 'react';
import type { FileKind, KehoachApi } from '../../core/ipc/api';
import { type VersionSummary, versionLabel, versionTimeLabel } from '../../core/versions';
import { flushPendingEdits } from '../editor/pending-edits';
import { type CompareSide, comparisonFileName, compareSessionReducer } from '../state/compare-screen';
import { type DialogAction, showDialog } from '../state/dialogs';
import { baseName, suggestFileName } from '../state/file-names';
import type { DocState, docReducer } from '../state/plan-store';
import type { ProgressAction } from '../state/progress';
import { useWithProgress } from './useWithProgress';
import { type PickKey, initialVersionsDialog, versionsDialogReducer } from '../state/versions-dialog';

type DocAction = Parameters<typeof docReducer>[1];

/** What the open draft is called in a comparison. */
export const CURRENT_LABEL = 'Bản đang soạn';

/**
 * Versions of the open draft ("Lưu phiên bản…", "Các phiên bản…"), restoring one, and the compare
 * screen with its export as a Word file with tracked changes. Every failure is one Vietnamese
 * sentence in the dialog or a message box.
 */
export function useVersions(deps: {
  api: KehoachApi;
  docRef: RefObject<DocState>;
  dispatchDoc: Dispatch<DocAction>;
  dispatchDialog: Dispatch<DialogAction>;
  dispatchProgress: Dispatch<ProgressAction>;
  pickPath(purpose: 'open' | 'save', kind: FileKind, suggested: string): Promise<string | null>;
  fail(title: string, message: string): void;
  toast(text: string): void;
}) {
  const { api, docRef, dispatchDoc, dispatchDialog, dispatchProgress, pickPath, fail, toast } = deps;
  const [saving, setSaving] = useState<'closed' | 'open' | 'busy'>('closed');
  const [listOpen, setListOpen] = useState(false);
  const [list, dispatchList] = useReducer(versionsDialogReducer, initialVersionsDialog);
  const [compare, dispatchCompare] = useReducer(compareSessionReducer, null);
  /** Bumped by a restore: the editor is drawn afresh for the restored text. */
  const [restoreCount, setRestoreCount] = useState(0);

  const withProgress = useWithProgress(dispatchProgress);

  const reload = useCallback(async () => {
    const plan = docRef.current?.plan;
    if (!plan) return;
    const r = await api.versions.list(plan.id);
    if (r.ok) dispatchList({ type: 'loaded', listing: r.value });
    else dispatchList({ type: 'error', error: r.error });
  }, [api, docRef]);

  const openList = useCallback(() => {
    flushPendingEdits();
    // Never a listing of an earlier opening (another plan's, or one without the latest version).
    dispatchList({ type: 'open' });
    setListOpen(true);
    void reload();
  }, [reload]);
  const closeList = useCallback(() => setListOpen(false), []);

  const openSave = useCallback(() => {
    flushPendingEdits();
    setSaving('open');
  }, []);
  const cancelSave = useCallback(() => setSaving('closed'), []);

  const saveVersion = useCallback(async (note: string) => {
    const plan = docRef.current?.plan;
    if (!plan) return;
    setSaving('busy');
    const r = await api.versions.save(plan, note);
    setSaving('closed');
    if (!r.ok) return fail('Chưa lưu được phiên bản', r.error);
    toast(`Đã lưu phiên bản lúc ${versionTimeLabel(r.value.savedAt)}${r.value.note ? ` (${r.value.note})` : ''}.`);
    if (listOpen) void reload();
  }, [api, docRef, fail, toast, listOpen, reload]);

  /** A pick of the dialog as one side of a comparison. */
  const sideOf = useCallback(async (key: PickKey): Promise<CompareSide | string> => {
    const plan = docRef.current?.plan;
    if (!plan) return 'Chưa mở kế hoạch nào.';
    if (key === 'current') return { plan, label: CURRENT_LABEL };
    const r = await api.versions.read(plan.id, key);
    return r.ok ? { plan: r.value.plan, label: versionLabel(r.value.version) } : r.error;
  }, [api, docRef]);

  const comparePicks = useCallback(async (pair: { old: PickKey; new: PickKey }) => {
    flushPendingEdits();
    const [old, next] = await Promise.all([sideOf(pair.old), sideOf(pair.new)]);
    if (typeof old === 'string' || typeof next === 'string') {
      dispatchList({ type: 'error', error: typeof old === 'string' ? old : (next as string) });
      return;
    }
    setListOpen(false);
    dispatchCompare({ type: 'start', old, new: next });
  }, [sideOf]);

  /** The open draft against another draft or a Word plan: the file is the old side. */
  const compareWithFile = useCallback(async (kind: 'draft' | 'docx') => {
    flushPendingEdits();
    const path = await pickPath('open', kind, '');
    const plan = docRef.current?.plan;
    if (!path || !plan) return;
    const r = await withProgress('open', () => api.versions.openPlanFile(path));
    if (!r.ok) return fail(kind === 'docx' ? 'Chưa so sánh được với tệp Word' : 'Chưa so sánh được với tệp nháp', r.error);
    setListOpen(false);
    dispatchCompare({ type: 'start', old: { plan: r.value.plan, label: r.value.label }, new: { plan, label: CURRENT_LABEL } });
  }, [api, docRef, pickPath, withProgress, fail]);

  const restore = useCallback(async (version: VersionSummary) => {
    flushPendingEdits();
    const { plan, path } = docRef.current ?? {};
    if (!plan) return;
    const r = await api.versions.restore(plan, version.id);
    if (!r.ok) {
      dispatchList({ type: 'confirm-restore', version: null });
      dispatchList({ type: 'error', error: r.error });
      return;
    }
    setListOpen(false);
    dispatchList({ type: 'confirm-restore', version: null });
    dispatchCompare({ type: 'close' });
    // Unsaved, in the same file: the clerk saves it as usual (or restores the kept version back).
    dispatchDoc({ type: 'new', plan: r.value.plan, path: path ?? null });
    setRestoreCount((n) => n + 1);
    toast(`Đã khôi phục phiên bản lúc ${versionTimeLabel(r.value.restored.savedAt)}; nội dung trước đó được giữ thành phiên bản “Trước khi khôi phục”. Hãy lưu để giữ bản khôi phục.`);
  }, [api, docRef, dispatchDoc, toast]);

  const exportComparison = useCallback(async () => {
    if (!compare) return;
    const doc = docRef.current;
    const name = doc?.path ? baseName(doc.path) : doc?.plan ? suggestFileName(doc.plan, 'draft') : 'ke-hoach';
    const path = await pickPath('save', 'docx', comparisonFileName(name));
    if (!path) return;
    const r = await withProgress('export-docx', () =>
      api.versions.exportComparison(path, { old: compare.old.plan, new: compare.new.plan, oldLabel: compare.old.label, newLabel: compare.new.label }, { ignoreToneMarks: compare.ignoreToneMarks }),
    );
    if (!r.ok) return fail('Chưa xuất được bản so sánh', r.error);
    dispatchDialog(showDialog({ kind: 'exported', path: r.value.path, fileKind: 'docx' }));
  }, [api, compare, docRef, pickPath, withProgress, fail, dispatchDialog]);

  const closeCompare = useCallback(() => dispatchCompare({ type: 'close' }), []);

  return {
    saving, openSave, cancelSave, saveVersion,
    listOpen, list, dispatchList, openList, closeList, comparePicks, compareWithFile, restore,
    compare, dispatchCompare, closeCompare, exportComparison, restoreCount,
  };
}
