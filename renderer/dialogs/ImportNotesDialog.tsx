import { Modal } from './Modal';

/**
 * After a Word plan was opened as a draft: what could not be recognised, each with its text, so
 * the clerk knows where to look. Nothing was dropped without being listed here.
 */
export function ImportNotesDialog(props: { fileName: string; notes: Array<{ message: string; text: string }>; onClose(): void }) {
  return (
    <Modal
      title="Mở tệp Word: một số chỗ chưa nhận ra"
      testId="dialog-import-notes"
      onCancel={props.onClose}
      footer={<button className="primary" data-testid="import-notes-ok" data-autofocus onClick={props.onClose}>Đã hiểu</button>}
    >
      <p>
        Đã mở <b>{props.fileName}</b> thành bản thảo mới (chưa lưu). Hãy kiểm tra lại {props.notes.length} chỗ sau:
      </p>
      <ul className="import-notes" data-testid="import-notes-list">
        {props.notes.map((n, i) => (
          <li key={i} data-testid="import-note">
            {n.message}
            {n.text && <div className="muted">«{n.text}»</div>}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
