import { Modal } from './Modal';

/** Asked before New, Open or closing with unsaved changes. */
export function ConfirmUnsavedDialog(props: { fileName: string; onSave(): void; onDiscard(): void; onCancel(): void }) {
  return (
    <Modal
      title="Kế hoạch chưa được lưu"
      testId="dialog-unsaved"
      onCancel={props.onCancel}
      footer={
        <>
          <button className="primary" data-testid="unsaved-save" data-autofocus onClick={props.onSave}>Lưu</button>
          <button data-testid="unsaved-discard" onClick={props.onDiscard}>Không lưu</button>
          <button data-testid="unsaved-cancel" onClick={props.onCancel}>Hủy</button>
        </>
      }
    >
      <p>
        “{props.fileName}” có thay đổi chưa lưu. Bấm <b>Lưu</b> để giữ lại, <b>Không lưu</b> để bỏ các thay đổi, hoặc <b>Hủy</b> để
        tiếp tục soạn.
      </p>
    </Modal>
  );
}
