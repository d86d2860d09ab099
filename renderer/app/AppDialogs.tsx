import type { Dispatch } from 'react';
import type { KehoachApi, RecentDraft } from '../../core/ipc/api';
import type { Plan } from '../../core/model';
import { ConfirmUnsavedDialog } from '../dialogs/ConfirmUnsavedDialog';
import { ExportDoneDialog } from '../dialogs/ExportDoneDialog';
import { FileNameDialog } from '../dialogs/FileNameDialog';
import { ImportNotesDialog } from '../dialogs/ImportNotesDialog';
import { MessageDialog } from '../dialogs/MessageDialog';
import { PrintDialog } from '../dialogs/PrintDialog';
import { type DialogAction, type DialogState, closeDialog, failure } from '../state/dialogs';
import { downloadUrl } from '../state/file-names';
import { withAccessKey } from '../api/access-key';
import { recipientLineCount } from '../state/recipients';
import { copiesReachPrinter, printPlan } from './print';

/** The open dialog of renderer/state/dialogs.ts, drawn. */
export function AppDialogs(props: {
  dialog: DialogState;
  dispatch: Dispatch<DialogAction>;
  api: KehoachApi;
  mode: 'electron' | 'browser';
  dataDir: string;
  recent: RecentDraft[];
  plan: Plan | null;
  /** The document's name, for "Lưu thay đổi của …?". */
  title: string;
  save(): Promise<boolean>;
  discardRecovery(): Promise<void>;
}) {
  const { dialog, dispatch, api } = props;
  const close = () => dispatch(closeDialog);
  const fail = (title: string, message: string) => dispatch(failure(title, message));
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'unsaved':
      return (
        <ConfirmUnsavedDialog
          fileName={props.title}
          onCancel={close}
          onDiscard={() => { close(); void props.discardRecovery(); dialog.then(); }}
          onSave={() => { close(); void props.save().then((ok) => ok && dialog.then()); }}
        />
      );
    case 'import-notes':
      return <ImportNotesDialog fileName={dialog.fileName} notes={dialog.notes} onClose={close} />;
    case 'file':
      return (
        <FileNameDialog
          purpose={dialog.purpose}
          kind={dialog.fileKind}
          dataDir={props.dataDir}
          suggested={dialog.suggested}
          recent={props.recent}
          onChoose={(p) => { close(); dialog.resolve(p); }}
          onCancel={() => { close(); dialog.resolve(null); }}
        />
      );
    case 'exported':
      return (
        <ExportDoneDialog
          path={dialog.path}
          kind={dialog.fileKind}
          downloadHref={props.mode === 'browser' ? withAccessKey(downloadUrl(props.dataDir, dialog.path)) : null}
          onClose={close}
          onOpenFile={() => void api.exporting.openFile(dialog.path).then((r) => (r.ok ? close() : fail('Không mở được tệp', r.error)))}
          onShowInFolder={() => void api.exporting.showInFolder(dialog.path).then((r) => (r.ok ? close() : fail('Không mở được thư mục', r.error)))}
        />
      );
    case 'print':
      return props.plan ? (
        <PrintDialog
          defaultCopies={recipientLineCount(props.plan)}
          copiesReachPrinter={copiesReachPrinter()}
          onCancel={close}
          onPrint={(copies) => {
            close();
            // A cancelled system dialog says nothing; only a failure is shown.
            void printPlan(copies).then((r) => { if (r.status === 'failed') fail('Chưa in được', r.reason); });
          }}
        />
      ) : null;
    case 'message':
      return <MessageDialog title={dialog.title} message={dialog.message} onClose={close} />;
  }
}
