import { useState } from 'react';
import type { FileKind, RecentDraft } from '../../core/ipc/api';
import { EXTENSIONS, baseName, resolveDataPath } from '../state/file-names';
import { Modal } from './Modal';

const KIND_LABEL: Record<FileKind, string> = { draft: 'tệp nháp kế hoạch', docx: 'tệp Word', pdf: 'tệp PDF', library: 'tệp thư viện văn bản', source: 'văn bản cấp trên' };

/**
 * Browser mode has no native file dialog: the user types a file name, which is kept in the data
 * folder (the server refuses paths outside it). For opening, recent drafts are listed too.
 */
export function FileNameDialog(props: {
  purpose: 'open' | 'save';
  kind: FileKind;
  dataDir: string;
  suggested: string;
  recent: RecentDraft[];
  onChoose(path: string): void;
  onCancel(): void;
}) {
  const [name, setName] = useState(props.suggested);
  const [error, setError] = useState<string | null>(null);
  const title = props.purpose === 'open' ? (props.kind === 'library' ? 'Nhập tệp thư viện văn bản' : props.kind === 'source' ? 'Đọc văn bản cấp trên từ tệp Word, PDF' : props.kind === 'docx' ? 'Mở tệp Word' : 'Mở tệp nháp') : `Lưu ${KIND_LABEL[props.kind]}`;
  // The data folder arrives from the app a moment after start; until then nothing can be resolved.
  const ready = props.dataDir !== '';
  const choose = () => {
    const resolved = resolveDataPath(props.dataDir, name, props.kind);
    if ('error' in resolved) setError(resolved.error);
    else props.onChoose(resolved.path);
  };
  return (
    <Modal
      title={title}
      testId="dialog-file"
      onCancel={props.onCancel}
      footer={
        <>
          <button className="primary" data-testid="file-ok" disabled={!ready} onClick={choose}>{props.purpose === 'open' ? 'Mở' : 'Lưu'}</button>
          <button data-testid="file-cancel" onClick={props.onCancel}>Hủy</button>
        </>
      }
    >
      {props.purpose === 'open' && props.kind === 'draft' && props.recent.length > 0 && (
        <>
          <p>Chọn một tệp đã mở gần đây:</p>
          <ul className="file-list" data-testid="file-recent-list">
            {props.recent.map((r) => (
              <li key={r.path}>
                <button className="link" data-testid="file-recent-item" title={r.path} onClick={() => props.onChoose(r.path)}>
                  {r.title || baseName(r.path)} <span className="muted">({baseName(r.path)})</span>
                </button>
              </li>
            ))}
          </ul>
          <p>hoặc gõ tên tệp:</p>
        </>
      )}
      <label className="field">
        <span>Tên tệp (đuôi {EXTENSIONS[props.kind]} được thêm nếu thiếu)</span>
        <input
          data-testid="file-name"
          data-autofocus
          value={name}
          onChange={(e) => { setName(e.target.value); setError(null); }}
          onKeyDown={(e) => e.key === 'Enter' && choose()}
        />
      </label>
      <p className="muted">{ready ? `Thư mục dữ liệu: ${props.dataDir}` : 'Đang đọc thư mục dữ liệu…'}</p>
      {error && <p className="error" role="alert" data-testid="file-error">{error}</p>}
    </Modal>
  );
}
