import type { Dispatch } from 'react';
import { type VersionSummary, versionTimeLabel, whyLabel } from '../../core/versions';
import { Modal } from '../dialogs/Modal';
import './versions.css';
import { type PickKey, type VersionsDialogAction, type VersionsDialogState, orderedPicks } from '../state/versions-dialog';

/**
 * "Các phiên bản": the versions of the open draft, newest first (time, why, note), the text open
 * now at the top. Tick two to compare them; "Khôi phục" (after a confirmation) puts a version
 * back as the open draft. The open draft can also be compared with another draft or a Word file.
 */
export function VersionsDialog(props: {
  state: VersionsDialogState;
  dispatch: Dispatch<VersionsDialogAction>;
  busy: boolean;
  onSaveVersion(): void;
  onCompare(pair: { old: PickKey; new: PickKey }): void;
  onCompareWithDraft(): void;
  onCompareWithWord(): void;
  onRestore(version: VersionSummary): void;
  onClose(): void;
}) {
  const { state, dispatch } = props;
  const pair = orderedPicks(state);
  const pickBox = (key: PickKey, label: string) => (
    <input type="checkbox" data-testid={`version-pick-${key}`} aria-label={`Chọn để so sánh: ${label}`} checked={state.picked.includes(key)} onChange={() => dispatch({ type: 'toggle-pick', key })} />
  );
  return (
    <Modal
      title="Các phiên bản của kế hoạch"
      testId="dialog-versions"
      wide
      onCancel={props.onClose}
      footer={
        <>
          <button className="primary" data-testid="versions-compare" disabled={!pair || props.busy} onClick={() => pair && props.onCompare(pair)}>
            So sánh hai bản đã chọn
          </button>
          <button data-testid="versions-compare-draft" disabled={props.busy} onClick={props.onCompareWithDraft}>So sánh với tệp nháp khác…</button>
          <button data-testid="versions-compare-word" disabled={props.busy} onClick={props.onCompareWithWord}>So sánh với tệp Word…</button>
          <button data-testid="versions-close" onClick={props.onClose}>Đóng</button>
        </>
      }
    >
      <div className="versions-head">
        <p className="muted">Đánh dấu hai bản để so sánh. Mỗi lần xuất Word hoặc PDF, một phiên bản được giữ tự động.</p>
        <button data-testid="versions-save" disabled={props.busy} onClick={props.onSaveVersion}>Lưu phiên bản…</button>
      </div>
      {state.error && <p className="error" role="alert" data-testid="versions-error">{state.error}</p>}
      {state.confirmRestore && (
        <div className="versions-confirm" role="alertdialog" data-testid="versions-confirm-restore">
          <p>
            Khôi phục phiên bản lúc <b>{versionTimeLabel(state.confirmRestore.savedAt)}</b>? Nội dung đang soạn sẽ được giữ lại thành một phiên bản
            “Trước khi khôi phục”, rồi bản khôi phục mở ra để soạn tiếp (nhớ lưu lại).
          </p>
          <button className="primary" data-testid="versions-restore-ok" disabled={props.busy} onClick={() => props.onRestore(state.confirmRestore!)}>Khôi phục</button>
          <button data-testid="versions-restore-cancel" onClick={() => dispatch({ type: 'confirm-restore', version: null })}>Hủy</button>
        </div>
      )}
      {state.listing === null ? (
        <p className="muted" data-testid="versions-loading">Đang đọc danh sách phiên bản…</p>
      ) : (
        <table className="versions-table" data-testid="versions-list">
          <thead>
            <tr><th>So sánh</th><th>Thời điểm</th><th>Lý do</th><th>Ghi chú</th><th /></tr>
          </thead>
          <tbody>
            <tr data-testid="version-row-current">
              <td>{pickBox('current', 'bản đang soạn')}</td>
              <td colSpan={3}><b>Bản đang soạn</b> (nội dung đang mở, kể cả phần chưa lưu)</td>
              <td />
            </tr>
            {state.listing.versions.map((v) => (
              <tr key={v.id} data-testid="version-row" data-version-id={v.id}>
                <td>{pickBox(v.id, `phiên bản ${versionTimeLabel(v.savedAt)}`)}</td>
                <td data-testid="version-time">{versionTimeLabel(v.savedAt)}</td>
                <td data-testid="version-why">{whyLabel(v)}</td>
                <td data-testid="version-note" title={v.title}>{v.note || <span className="muted">(không ghi chú)</span>}</td>
                <td>
                  <button data-testid="version-restore" disabled={props.busy} onClick={() => dispatch({ type: 'confirm-restore', version: v })}>Khôi phục</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.listing && state.listing.versions.length === 0 && (
        <p className="muted" data-testid="versions-empty">Chưa có phiên bản nào. Bấm “Lưu phiên bản…” hoặc xuất Word để giữ một phiên bản.</p>
      )}
      {state.listing?.problems.map((p) => <p className="muted" key={p} data-testid="versions-problem">{p}</p>)}
    </Modal>
  );
}
