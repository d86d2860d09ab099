import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { FileKind, RecentDraft, RecoveredDraft, Settings, TemplateSummary } from '../../core/ipc/api';
import type { Plan } from '../../core/model';
import type { PlanWording } from '../../core/model/wording';
import { getApi } from '../api/select-api';
import { ConfirmUnsavedDialog } from '../dialogs/ConfirmUnsavedDialog';
import { ExportDoneDialog } from '../dialogs/ExportDoneDialog';
import { FileNameDialog } from '../dialogs/FileNameDialog';
import { MessageDialog } from '../dialogs/MessageDialog';
import { PrintDialog } from '../dialogs/PrintDialog';
import { flushPendingEdits } from '../editor/pending-edits';
import { redoLatest, syncStoreHistory, undoLatest, useUndoLabels } from '../editor/undo/undo-timeline';
import { EditorScreen } from '../screens/EditorScreen';
import { NewPlanForm } from '../screens/NewPlanForm';
import { SettingsScreen } from '../screens/SettingsScreen';
import { StartScreen } from '../screens/StartScreen';
import { baseName, downloadUrl, suggestFileName } from '../state/file-names';
import type { NewPlanAnswers } from '../state/new-plan-form';
import { type CreatedPlanFacts, rememberOffice } from '../state/office-memory';
import { docReducer, initialDocState } from '../state/plan-store';
import { recipientLineCount } from '../state/recipients';
import { type SectionOp, moveSiblingOp } from '../state/section-ops';
import type { Command } from '../state/shortcuts';
import { defaultSettings } from '../../core/ipc/default-settings';
import { lowerFirst } from '../../core/text';
import { copiesReachPrinter, printPlan } from './print';
import { Toolbar, type ToolbarCommand } from './Toolbar';
import { useAutosave } from './useAutosave';
import { useBeforeUnload } from './useBeforeUnload';
import { useShell } from './useShell';
import { useShortcuts } from './useShortcuts';

type Dialog =
  | { kind: 'unsaved'; then(): void }
  | { kind: 'file'; purpose: 'open' | 'save'; fileKind: FileKind; suggested: string; resolve(path: string | null): void }
  | { kind: 'exported'; path: string; fileKind: 'docx' | 'pdf' }
  | { kind: 'print' }
  | { kind: 'message'; title: string; message: string };

/** One empty list for plans whose template is unknown, so the outline's props stay equal. */
const NO_TEMPLATE_SECTIONS: TemplateSummary['sections'] = [];

export function App() {
  const api = getApi();
  const [doc, dispatch] = useReducer(docReducer, initialDocState);
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [mode, setMode] = useState<'electron' | 'browser'>('browser');
  const [dataDir, setDataDir] = useState('');
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [recent, setRecent] = useState<RecentDraft[]>([]);
  const [recovered, setRecovered] = useState<RecoveredDraft[]>([]);
  const [showNewForm, setShowNewForm] = useState(false);
  const [showSettings, setShowSettings] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  // The id of the crash-recovery copy: a ref for the async handlers, state for the shell's close prompt.
  const recoveryId = useRef<string | null>(null);
  const [recoveryIdShown, setRecoveryIdShown] = useState<string | null>(null);
  const setRecoveryId = useCallback((id: string | null) => {
    recoveryId.current = id;
    setRecoveryIdShown(id);
  }, []);
  const docRef = useRef(doc);
  docRef.current = doc;

  const fail = useCallback((title: string, message: string) => setDialog({ kind: 'message', title, message }), []);

  // Start: settings, mode, templates, recent files and crash-recovered drafts.
  useEffect(() => {
    // The data folder is needed as soon as a file dialog opens: not held back by the template list.
    void api.app.dataDir().then((dir) => dir.ok && setDataDir(dir.value));
    // The saved offices fill the new-plan form and the settings screen: not held back either.
    void api.settings.get().then((s) => s.ok && setSettings(s.value));
    void (async () => {
      const [m, t, r, rec] = await Promise.all([
        api.app.mode(), api.templates.list(), api.drafts.recent(), api.drafts.listRecovery(),
      ]);
      if (m.ok) setMode(m.value);
      if (t.ok) setTemplates(t.value);
      else fail('Không đọc được các mẫu kế hoạch', t.error);
      if (r.ok) setRecent(r.value);
      if (rec.ok) setRecovered(rec.value);
    })();
  }, [api, fail]);

  useAutosave(api, doc, settings.autosaveSeconds || 5, setRecoveryId);
  useBeforeUnload(doc.dirty);

  const refreshRecent = useCallback(async () => {
    const r = await api.drafts.recent();
    if (r.ok) setRecent(r.value);
  }, [api]);

  const discardRecovery = useCallback(async () => {
    if (recoveryId.current) {
      await api.drafts.discardRecovery(recoveryId.current);
      setRecoveryId(null);
    }
  }, [api, setRecoveryId]);

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
      return new Promise((resolve) => setDialog({ kind: 'file', purpose, fileKind, suggested, resolve }));
    },
    [api, mode, fail],
  );

  const saveTo = useCallback(async (path: string): Promise<boolean> => {
    const { plan, revision } = docRef.current;
    if (!plan) return false;
    setBusy(true);
    const r = await api.drafts.save(path, plan);
    setBusy(false);
    if (!r.ok) {
      fail('Chưa lưu được kế hoạch', r.error);
      return false;
    }
    dispatch({ type: 'saved', path: r.value.path, revision });
    setToast(`Đã lưu ${baseName(r.value.path)}`);
    await discardRecovery();
    void refreshRecent();
    return true;
  }, [api, fail, discardRecovery, refreshRecent]);

  const saveAs = useCallback(async (): Promise<boolean> => {
    const plan = docRef.current.plan;
    if (!plan) return false;
    const path = await pickPath('save', 'draft', docRef.current.path ? baseName(docRef.current.path) : suggestFileName(plan, 'draft'));
    return path ? saveTo(path) : false;
  }, [pickPath, saveTo]);

  const save = useCallback(async (): Promise<boolean> => (docRef.current.path ? saveTo(docRef.current.path) : saveAs()), [saveAs, saveTo]);

  /** Runs `then` now, or after the user saved or discarded the unsaved changes. */
  const guard = useCallback((then: () => void) => {
    if (!docRef.current.dirty) return then();
    setDialog({ kind: 'unsaved', then });
  }, []);

  const openPath = useCallback(async (path: string) => {
    const r = await api.drafts.open(path);
    if (!r.ok) return fail('Không mở được tệp nháp', r.error);
    await discardRecovery();
    dispatch({ type: 'open', plan: r.value.plan, path: r.value.path });
    setShowNewForm(false);
    if (r.value.migratedFrom !== undefined) setToast(`Tệp được tạo bằng phiên bản cũ (định dạng ${r.value.migratedFrom}) và đã được chuyển sang định dạng mới. Lưu để giữ thay đổi.`);
    void refreshRecent();
  }, [api, fail, discardRecovery, refreshRecent]);

  const openDialog = useCallback(() => guard(() => void pickPath('open', 'draft', '').then((p) => { if (p) void openPath(p); })), [guard, pickPath, openPath]);

  const newPlan = useCallback(() => guard(() => {
    void discardRecovery();
    dispatch({ type: 'close' });
    setShowSettings(false);
    setShowNewForm(true);
  }), [guard, discardRecovery]);

  /** Saves settings.update's patch; answers the Vietnamese error or null. */
  const updateSettings = useCallback(async (patch: Partial<Omit<Settings, 'schemaVersion'>>): Promise<string | null> => {
    const r = await api.settings.update(patch);
    if (!r.ok) return r.error;
    setSettings(r.value);
    return null;
  }, [api]);

  const create = useCallback(async (templateId: string, answers: NewPlanAnswers, office: CreatedPlanFacts) => {
    setBusy(true);
    const r = await api.templates.create(templateId, answers);
    setBusy(false);
    if (!r.ok) return fail('Chưa tạo được kế hoạch', r.error);
    dispatch({ type: 'new', plan: r.value });
    setShowNewForm(false);
    // The office is remembered for next time; the plan is already open, so a failure only says so.
    const failed = await updateSettings(rememberOffice(settings, office));
    if (failed) setToast(`Chưa lưu được thông tin cơ quan cho lần sau: ${failed}`);
  }, [api, fail, settings, updateSettings]);

  const exportAs = useCallback(async (fileKind: 'docx' | 'pdf') => {
    const plan = docRef.current.plan;
    if (!plan) return;
    const path = await pickPath('save', fileKind, suggestFileName(plan, fileKind));
    if (!path) return;
    setBusy(true);
    const r = fileKind === 'docx' ? await api.exporting.docx(path, plan) : await api.exporting.pdf(path, plan);
    setBusy(false);
    if (!r.ok) return fail(fileKind === 'docx' ? 'Chưa xuất được tệp Word' : 'Chưa xuất được tệp PDF', r.error);
    setDialog({ kind: 'exported', path: r.value.path, fileKind });
  }, [api, pickPath, fail]);

  const structure = useCallback((op: SectionOp, label: string, select?: string | null) => {
    dispatch({ type: 'structure', op, label, ...(select !== undefined ? { select } : {}) });
    // "Xóa mục “2. Mục tiêu”" (the undo button's label) → "Đã xóa mục “2. Mục tiêu”".
    if (op.type === 'remove') setToast(`Đã ${lowerFirst(label)}. Bấm Ctrl+Z hoặc “Hoàn tác” để lấy lại.`);
  }, []);

  const run = useCallback((command: ToolbarCommand | Command) => {
    // Menu commands arrive without a key or click: apply the text typed in the last frame first.
    flushPendingEdits();
    const { plan, selectedSectionId } = docRef.current;
    switch (command) {
      case 'new': return newPlan();
      case 'open': return openDialog();
      case 'save': return void save();
      case 'save-as': return void saveAs();
      case 'export-docx': return void exportAs('docx');
      case 'export-pdf': return void exportAs('pdf');
      case 'print': return plan ? setDialog({ kind: 'print' }) : undefined;
      // The newest step of the plan, typed text or a structure edit (undo-timeline.ts).
      // A notice about what was just undone or redone ("Đã xóa mục …") would no longer be true.
      case 'undo': setToast(null); return undoLatest(() => dispatch({ type: 'undo' }));
      case 'redo': setToast(null); return redoLatest(() => dispatch({ type: 'redo' }));
      case 'find':
      case 'replace': return plan ? setFindOpen(true) : undefined;
      case 'move-up':
      case 'move-down': {
        if (!plan || !selectedSectionId) return;
        const op = moveSiblingOp(plan.sections, selectedSectionId, command === 'move-up' ? -1 : 1);
        if (op) structure(op, command === 'move-up' ? 'Chuyển mục lên' : 'Chuyển mục xuống');
        return;
      }
    }
  }, [newPlan, openDialog, save, saveAs, exportAs, structure]);

  // Stable handlers, so the memoised editor, outline and panels are not re-rendered by App itself.
  const closeFind = useCallback(() => setFindOpen(false), []);
  const edit = useCallback((plan: Plan) => dispatch({ type: 'edit', plan }), []);
  const updatePlan = useCallback((update: (plan: Plan) => Plan) => dispatch({ type: 'update', update }), []);
  const touch = useCallback(() => {
    if (!docRef.current.dirty) dispatch({ type: 'touch' });
  }, []);
  const select = useCallback((id: string) => dispatch({ type: 'select', id }), []);
  const recompose = useCallback((wording: PlanWording) => {
    flushPendingEdits();
    dispatch({ type: 'recompose', wording });
    setToast('Đã thay câu mở đầu và trích yếu. Bấm Ctrl+Z hoặc “Hoàn tác” để lấy lại câu cũ.');
  }, []);

  useShortcuts(run);
  useEffect(() => syncStoreHistory(doc.undo, doc.redo), [doc.undo, doc.redo]);
  const undoLabels = useUndoLabels(doc.undo.at(-1)?.label ?? null, doc.redo.at(-1)?.label ?? null);
  useShell({ run, save, openPath: (path) => guard(() => void openPath(path)), dirty: doc.dirty, recoveryId: recoveryIdShown });

  useEffect(() => {
    if (!toast) return;
    const t = window.setTimeout(() => setToast(null), 6000);
    return () => window.clearTimeout(t);
  }, [toast]);

  const template = templates.find((t) => t.id === doc.plan?.templateId);
  const title = doc.path ? baseName(doc.path) : doc.plan ? 'Kế hoạch mới (chưa lưu)' : 'Soạn thảo Kế hoạch';
  useEffect(() => { document.title = `${doc.dirty ? '• ' : ''}${title} — Soạn thảo Kế hoạch`; }, [title, doc.dirty]);

  return (
    <div className="app" data-testid="app" data-mode={mode} aria-busy={busy}>
      {doc.plan && (
        <Toolbar title={title} dirty={doc.dirty} undoLabel={undoLabels.undo} redoLabel={undoLabels.redo} onCommand={run} />
      )}
      {doc.plan ? (
        <EditorScreen
          plan={doc.plan}
          selectedSectionId={doc.selectedSectionId}
          templateSections={template?.sections ?? NO_TEMPLATE_SECTIONS}
          extraSigners={settings.signers}
          findOpen={findOpen}
          onCloseFind={closeFind}
          onChange={edit}
          onUpdate={updatePlan}
          onTouch={touch}
          onSelect={select}
          onStructure={structure}
          onRecompose={recompose}
        />
      ) : showNewForm ? (
        <main className="start"><NewPlanForm templates={templates} settings={settings} busy={busy} onCreate={(id, a, office) => void create(id, a, office)} onCancel={() => setShowNewForm(false)} /></main>
      ) : showSettings ? (
        <SettingsScreen settings={settings} onSave={updateSettings} onClose={() => setShowSettings(false)} />
      ) : (
        <StartScreen
          recent={recent}
          recovered={recovered}
          onNew={newPlan}
          onOpen={openDialog}
          onSettings={() => setShowSettings(true)}
          onOpenRecent={(p) => void openPath(p)}
          onRestore={(d) => {
            setRecoveryId(d.id);
            dispatch({ type: 'new', plan: d.plan, path: d.path });
            setRecovered((list) => list.filter((x) => x.id !== d.id));
          }}
          onDiscardRecovery={(d) => {
            void api.drafts.discardRecovery(d.id);
            setRecovered((list) => list.filter((x) => x.id !== d.id));
          }}
        />
      )}

      {toast && <div className="toast" role="status" data-testid="toast">{toast}</div>}

      {dialog?.kind === 'unsaved' && (
        <ConfirmUnsavedDialog
          fileName={title}
          onCancel={() => setDialog(null)}
          onDiscard={() => { const then = dialog.then; setDialog(null); void discardRecovery(); then(); }}
          onSave={() => { const then = dialog.then; setDialog(null); void save().then((ok) => ok && then()); }}
        />
      )}
      {dialog?.kind === 'file' && (
        <FileNameDialog
          purpose={dialog.purpose}
          kind={dialog.fileKind}
          dataDir={dataDir}
          suggested={dialog.suggested}
          recent={recent}
          onChoose={(p) => { setDialog(null); dialog.resolve(p); }}
          onCancel={() => { setDialog(null); dialog.resolve(null); }}
        />
      )}
      {dialog?.kind === 'exported' && (
        <ExportDoneDialog
          path={dialog.path}
          kind={dialog.fileKind}
          downloadHref={mode === 'browser' ? downloadUrl(dataDir, dialog.path) : null}
          onClose={() => setDialog(null)}
          onOpenFile={() => void api.exporting.openFile(dialog.path).then((r) => (r.ok ? setDialog(null) : fail('Không mở được tệp', r.error)))}
          onShowInFolder={() => void api.exporting.showInFolder(dialog.path).then((r) => (r.ok ? setDialog(null) : fail('Không mở được thư mục', r.error)))}
        />
      )}
      {dialog?.kind === 'print' && doc.plan && (
        <PrintDialog
          defaultCopies={recipientLineCount(doc.plan)}
          copiesReachPrinter={copiesReachPrinter()}
          onCancel={() => setDialog(null)}
          onPrint={(copies) => {
            setDialog(null);
            // A cancelled system dialog says nothing; only a failure is shown.
            void printPlan(copies).then((r) => { if (r.status === 'failed') fail('Chưa in được', r.reason); });
          }}
        />
      )}
      {dialog?.kind === 'message' && <MessageDialog title={dialog.title} message={dialog.message} onClose={() => setDialog(null)} />}
    </div>
  );
}
