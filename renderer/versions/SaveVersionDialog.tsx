import { useState } from 'react';
import { Modal } from '../dialogs/Modal';

/** "Lưu phiên bản…": a note for the version (may stay empty), then keep it. */
export function SaveVersionDialog(props: { busy: boolean; onSave(note: string): void; onCancel(): void }) {
  const [note, setNote] = useState('');
  const save = () => !props.busy && props.onSave(note.trim());
  return (
    <Modal
      title="Lưu phiên bản"
      testId="dialog-save-version"
      onCancel={props.onCancel}
      footer={
        <>
          <button className="primary" data-testid="save-version-ok" disabled={props.busy} onClick={save}>Lưu phiên bản</button>
          <button data-testid="save-version-cancel" onClick={props.onCancel}>Hủy</button>
        </>
      }
    >
      <p>Phiên bản giữ lại toàn bộ nội dung kế hoạch lúc này, để sau này so sánh hoặc khôi phục.</p>
      <label className="field">
        <span>Ghi chú (không bắt buộc), ví dụ “Bản gửi xin ý kiến lần 1”</span>
        <input
          data-testid="save-version-note"
          data-autofocus
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />
      </label>
    </Modal>
  );
}
