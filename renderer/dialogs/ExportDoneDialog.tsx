import { baseName } from '../state/file-names';
import { Modal } from './Modal';

/**
 * After an export: open the file in Word (or the PDF reader), or show it in its folder. In
 * browser mode the file is also offered as a download (`downloadHref`), for a browser on
 * another account or when no Word is installed where the server runs.
 */
export function ExportDoneDialog(props: { path: string; kind: 'docx' | 'pdf'; downloadHref?: string | null; onOpenFile(): void; onShowInFolder(): void; onClose(): void }) {
  return (
    <Modal
      title={props.kind === 'docx' ? 'Đã xuất tệp Word' : 'Đã xuất tệp PDF'}
      testId="dialog-exported"
      onCancel={props.onClose}
      footer={
        <>
          <button className="primary" data-testid="exported-open" data-autofocus onClick={props.onOpenFile}>
            {props.kind === 'docx' ? 'Mở bằng Word' : 'Mở tệp PDF'}
          </button>
          <button data-testid="exported-folder" onClick={props.onShowInFolder}>Mở thư mục</button>
          <button data-testid="exported-close" onClick={props.onClose}>Đóng</button>
        </>
      }
    >
      <p>
        Đã lưu <b data-testid="exported-name">{baseName(props.path)}</b>
      </p>
      <p className="muted" data-testid="exported-path">{props.path}</p>
      {props.downloadHref && (
        <p>
          <a data-testid="exported-download" href={props.downloadHref} download={baseName(props.path)}>
            Tải tệp {props.kind === 'docx' ? 'Word' : 'PDF'} về máy
          </a>
        </p>
      )}
    </Modal>
  );
}
