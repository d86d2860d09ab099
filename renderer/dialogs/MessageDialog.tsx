import { Modal } from './Modal';

/** An error or notice the user must read (why a draft cannot be opened, a failed export …). */
export function MessageDialog(props: { title: string; message: string; onClose(): void }) {
  return (
    <Modal
      title={props.title}
      testId="dialog-message"
      onCancel={props.onClose}
      footer={<button className="primary" data-testid="message-ok" data-autofocus onClick={props.onClose}>Đóng</button>}
    >
      <p className="message-text" data-testid="message-text">{props.message}</p>
    </Modal>
  );
}
