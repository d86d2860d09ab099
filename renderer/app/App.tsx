import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { type CommandContext, commandSpec, isEnabled } from '../../core/commands/command-table';
import type { TemplateSummary } from '../../core/ipc/api';
import type { Plan } from '../../core/model';
import type { PlanWording } from '../../core/model/wording';
import { lowerFirst } from '../../core/text';
import { getApi } from '../api/select-api';
import { flushPendingEdits } from '../editor/pending-edits';
import { redoLatest, syncStoreHistory, undoLatest, useUndoLabels } from '../editor/undo/undo-timeline';
import { EditorScreen } from '../screens/EditorScreen';
import { NewPlanForm } from '../screens/NewPlanForm';
import { SettingsScreen } from '../screens/SettingsScreen';
import { LibraryScreen } from '../screens/LibraryScreen';
import { useLibraryEntries } from './useLibraryEntries';
import { StartScreen } from '../screens/StartScreen';
import { dialogReducer, failure, showDialog } from '../state/dialogs';
import { baseName } from '../state/file-names';
import { createDocReducer, fixRefusal, initialDocState } from '../state/plan-store';
import { asEditorHoldsIt } from '../check/as-editor-holds';
import type { CheckFix } from '../../core/check/types';
import { runRegisteredCommand } from '../state/command-handlers';
import { runZoomCommand } from '../state/preview-zoom';
import { progressReducer } from '../state/progress';
import { screenReducer, type Screen } from '../state/screen';
import { type SectionOp, moveSiblingOp } from '../state/section-ops';
import { type Command, SHORTCUT_LABELS } from '../state/shortcuts';
import { AppDialogs } from './AppDialogs';
import { ProgressNotice } from './ProgressNotice';
import { Toolbar } from './Toolbar';
import { useAppData } from './useAppData';
import { useAutosave } from './useAutosave';
import { useBeforeUnload } from './useBeforeUnload';
import { useFileCommands } from './useFileCommands';
import { useReview } from './useReview';
import { ReviewScreen } from '../review/ReviewScreen';
import { ReviewPicker } from '../review/ReviewPicker';
import { useRecovery } from './useRecovery';
import { useVersions } from './useVersions';
import { CompareScreen } from '../versions/CompareScreen';
import { SaveVersionDialog } from '../versions/SaveVersionDialog';
import { VersionsDialog } from '../versions/VersionsDialog';
import { useShell } from './useShell';
import { useShortcuts } from './useShortcuts';
import { useToast } from './useToast';

/** One empty list for plans whose template is unknown, so the outline's props stay equal. */
const NO_TEMPLATE_SECTIONS: TemplateSummary['sections'] = [];

/**
 * The app: state modules (plan store, dialogs, progress, screen, recovery, zoom — renderer/state)
 * wired to the screens, and the commands of the command table (core/commands) run in one place.
 */

/** The document store, with fixed text settled the way the section editors hold it. */
const appDocReducer = createDocReducer(asEditorHoldsIt);
export function App() {
  const api = getApi();
  const [doc, dispatch] = useReducer(appDocReducer, initialDocState);
  const [dialog, dispatchDialog] = useReducer(dialogReducer, null);
  const [task, dispatchProgress] = useReducer(progressReducer, null);
  const [screen, dispatchScreen] = useReducer(screenReducer, 'start');
  const [toast, setToast] = useToast();
  const [findOpen, setFindOpen] = useState(false);
  const docRef = useRef(doc);
  docRef.current = doc;

  const showScreen = useCallback((s: Screen) => dispatchScreen({ type: 'show', screen: s }), []);
  const fail = useCallback((title: string, message: string) => dispatchDialog(failure(title, message)), []);
  const recovery = useRecovery(api);
  const data = useAppData(api, fail, recovery.listed);
  // The new-plan form offers the library's documents as bases: read each time the form opens.
  const library = useLibraryEntries(api, screen === 'new-plan' && !doc.plan);
  // The checker compares citations with the library's documents: read when a plan is opened.
  const checkLibrary = useLibraryEntries(api, doc.plan !== null);
  useAutosave(api, doc, data.settings.autosaveSeconds || 5, recovery.setCurrent);
  useBeforeUnload(doc.dirty);

  const files = useFileCommands({
    api, mode: data.mode, settings: data.settings, docRef, dispatchDoc: dispatch, dispatchDialog, dispatchProgress, showScreen,
    toast: setToast, discardRecovery: recovery.discardCurrent, refreshRecent: data.refreshRecent, updateSettings: data.updateSettings,
  });

  const review = useReview({ api, pickPath: files.pickPath, fail });
  // Another plan (or none): its review, if any, is over.
  const closeReview = review.close;
  useEffect(() => closeReview(), [doc.plan?.id, closeReview]);
  const versions = useVersions({ api, docRef, dispatchDoc: dispatch, dispatchDialog, dispatchProgress, pickPath: files.pickPath, fail, toast: setToast });
  const closeCompare = versions.closeCompare;
  useEffect(() => closeCompare(), [doc.plan?.id, closeCompare]);

  const structure = useCallback((op: SectionOp, label: string, select?: string | null) => {
    dispatch({ type: 'structure', op, label, ...(select !== undefined ? { select } : {}) });
    // "Xóa mục “2. Mục tiêu”" (the undo button's label) → "Đã xóa mục “2. Mục tiêu”".
    if (op.type === 'remove') setToast(`Đã ${lowerFirst(label)}. Bấm ${SHORTCUT_LABELS.undo} hoặc “${commandSpec('undo').label}” để lấy lại.`);
  }, []);

  useEffect(() => syncStoreHistory(doc.undo, doc.redo), [doc.undo, doc.redo]);
  const undoLabels = useUndoLabels(doc.undo.at(-1)?.label ?? null, doc.redo.at(-1)?.label ?? null);
  // What the command table's enabled-when reads: toolbar, menu and keys alike.
  const context = useMemo<CommandContext>(
    () => ({ hasPlan: !!doc.plan, dirty: doc.dirty, canUndo: !!undoLabels.undo, canRedo: !!undoLabels.redo, busy: task !== null }),
    [doc.plan !== null, doc.dirty, undoLabels.undo, undoLabels.redo, task], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const contextRef = useRef(context);
  contextRef.current = context;

  /** Every command of the table, from the toolbar, the menu or a key, runs here. */
  const run = useCallback((command: Command) => {
    // Menu commands arrive without a key or click: apply the text typed in the last frame first.
    flushPendingEdits();
    if (!isEnabled(command, contextRef.current)) return;
    const { plan, selectedSectionId } = docRef.current;
    switch (command) {
      case 'new': return files.newPlan();
      case 'open': return files.openDialog();
      case 'save': return void files.save();
      case 'save-as': return void files.saveAs();
      case 'export-docx': return void files.exportAs('docx');
      case 'export-pdf': return void files.exportAs('pdf');
      case 'print': return dispatchDialog(showDialog({ kind: 'print' }));
      case 'review': return review.choose();
      case 'save-version': return versions.openSave();
      case 'versions': return versions.openList();
      // The newest step of the plan, typed text or a structure edit (undo-timeline.ts).
      // A notice about what was just undone or redone ("Đã xóa mục …") would no longer be true.
      case 'undo': setToast(null); return undoLatest(() => dispatch({ type: 'undo' }));
      case 'redo': setToast(null); return redoLatest(() => dispatch({ type: 'redo' }));
      case 'find':
      case 'replace': return setFindOpen(true);
      case 'move-up':
      case 'move-down': {
        if (!plan || !selectedSectionId) return;
        const op = moveSiblingOp(plan.sections, selectedSectionId, command === 'move-up' ? -1 : 1);
        if (op) structure(op, command === 'move-up' ? 'Chuyển mục lên' : 'Chuyển mục xuống');
        return;
      }
      case 'zoom-in':
      case 'zoom-out':
      case 'zoom-fit-width':
      case 'zoom-fit-page': return runZoomCommand(command);
      // A command whose work is done elsewhere (renderer/state/command-handlers.ts).
      default: runRegisteredCommand(command as Command);
    }
  }, [files, structure, versions.openSave, versions.openList]); // eslint-disable-line react-hooks/exhaustive-deps

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
    setToast(`Đã thay câu mở đầu và trích yếu. Bấm ${SHORTCUT_LABELS.undo} hoặc “${commandSpec('undo').label}” để lấy lại câu cũ.`);
  }, []);

  /** "Sửa" of a finding: applied to the latest text, refused (with the reason) when it changed since. */
  const applyCheckFix = useCallback((fix: CheckFix): boolean => {
    flushPendingEdits();
    const refusal = fixRefusal(docRef.current.plan, fix);
    if (refusal !== null) {
      setToast(refusal);
      return false;
    }
    dispatch({ type: 'fix', fix });
    setToast(`Đã sửa. Bấm ${SHORTCUT_LABELS.undo} hoặc “${commandSpec('undo').label}” để lấy lại chữ cũ.`);
    return true;
  }, []);

  useShortcuts(run);
  const { guard, openPath } = files;
  const openFromShell = useCallback((path: string) => guard(() => void openPath(path)), [guard, openPath]);
  useShell({ run, save: files.save, openPath: openFromShell, dirty: doc.dirty, recoveryId: recovery.state.currentId, context });

  const template = data.templates.find((t) => t.id === doc.plan?.templateId);
  const title = doc.path ? baseName(doc.path) : doc.plan ? 'Kế hoạch mới (chưa lưu)' : 'Soạn thảo Kế hoạch';
  useEffect(() => { document.title = `${doc.dirty ? '• ' : ''}${title} — Soạn thảo Kế hoạch`; }, [title, doc.dirty]);

  return (
    <div className="app" data-testid="app" data-mode={data.mode} aria-busy={task !== null}>
      {doc.plan && (
        <Toolbar title={title} dirty={doc.dirty} undoLabel={undoLabels.undo} redoLabel={undoLabels.redo} context={context} onCommand={run} />
      )}
      {doc.plan && versions.compare ? (
        <CompareScreen state={versions.compare} dispatch={versions.dispatchCompare} busy={task !== null} onExport={() => void versions.exportComparison()} onClose={versions.closeCompare} />
      ) : doc.plan && review.session ? (
        <ReviewScreen
          plan={doc.plan}
          parent={review.session.parent}
          parentName={review.session.name}
          onClose={review.close}
          onOpenSection={(id) => {
            review.close();
            select(id);
          }}
        />
      ) : doc.plan ? (
        <EditorScreen
          key={versions.restoreCount}
          plan={doc.plan}
          selectedSectionId={doc.selectedSectionId}
          templateSections={template?.sections ?? NO_TEMPLATE_SECTIONS}
          extraSigners={data.settings.signers}
          findOpen={findOpen}
          onCloseFind={closeFind}
          onChange={edit}
          onUpdate={updatePlan}
          onTouch={touch}
          onSelect={select}
          onStructure={structure}
          onRecompose={recompose}
          library={checkLibrary}
          onFix={applyCheckFix}
        />
      ) : screen === 'new-plan' ? (
        <main className="start"><NewPlanForm templates={data.templates} settings={data.settings} library={library} busy={task !== null} onCreate={(id, a, office) => void files.create(id, a, office)} onCancel={() => showScreen('start')} /></main>
      ) : screen === 'library' ? (
        <LibraryScreen api={api} pickPath={files.pickPath} folderSetting={data.settings.libraryFolder ?? ''} onSaveFolder={(libraryFolder) => data.updateSettings({ libraryFolder })} onClose={() => showScreen('start')} />
      ) : screen === 'settings' ? (
        <SettingsScreen settings={data.settings} onSave={data.updateSettings} onClose={() => showScreen('start')} onLibrary={() => showScreen('library')} />
      ) : (
        <StartScreen
          recent={data.recent}
          recovered={recovery.state.recovered}
          onNew={files.newPlan}
          onOpen={files.openDialog}
          onOpenWord={files.openWordDialog}
          onSettings={() => showScreen('settings')}
          onLibrary={() => showScreen('library')}
          onOpenRecent={(p) => void files.openPath(p)}
          onRestore={(d) => {
            recovery.restored(d);
            dispatch({ type: 'new', plan: d.plan, path: d.path });
          }}
          onDiscardRecovery={recovery.discardOffered}
        />
      )}

      {doc.plan && review.picking && (
        <ReviewPicker api={api} plan={doc.plan} onEntry={(id, name) => void review.fromEntry(id, name)} onFile={() => void review.fromFile()} onCancel={review.cancel} />
      )}
      {doc.plan && versions.listOpen && (
        <VersionsDialog
          state={versions.list}
          dispatch={versions.dispatchList}
          busy={task !== null}
          onSaveVersion={versions.openSave}
          onCompare={(pair) => void versions.comparePicks(pair)}
          onCompareWithDraft={() => void versions.compareWithFile('draft')}
          onCompareWithWord={() => void versions.compareWithFile('docx')}
          onRestore={(v) => void versions.restore(v)}
          onClose={versions.closeList}
        />
      )}
      {doc.plan && versions.saving !== 'closed' && (
        <SaveVersionDialog busy={versions.saving === 'busy'} onSave={(note) => void versions.saveVersion(note)} onCancel={versions.cancelSave} />
      )}
      <ProgressNotice task={task} />
      {toast && <div className="toast" role="status" data-testid="toast">{toast}</div>}
      <AppDialogs
        dialog={dialog}
        dispatch={dispatchDialog}
        api={api}
        mode={data.mode}
        dataDir={data.dataDir}
        recent={data.recent}
        plan={doc.plan}
        title={title}
        save={files.save}
        discardRecovery={recovery.discardCurrent}
      />
    </div>
  );
}
