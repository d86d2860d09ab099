import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { FileKind, KehoachApi } from '../../core/ipc/api';
import type { LibraryEntry } from '../../core/library/library-entry';
import type { LibraryEntryInput } from '../../core/library/library-schema';
import { createLibrarySearch } from '../../core/library/search';
import { FIELD_NAMES_VI } from '../../core/library/three-way-merge';
import { numberSymbol } from '../../core/citation/numbers';
import { formatShortDate } from '../../core/citation/dates';
import { emptyEntryForm, entryFormError, entryInput, formFromEntry, formFromImport } from '../state/library-entry-form';
import { initialLibraryScreen, libraryScreenReducer } from '../state/library-screen';
import { entryLabel } from '../state/library-pick';
import { LibraryEntryEditor } from './LibraryEntryEditor';

const showValue = (e: LibraryEntry, field: keyof LibraryEntry): string => {
  const v = e[field];
  if (v === undefined || v === '') return '(trống)';
  if (field === 'date' && typeof v === 'string') return formatShortDate(v);
  return typeof v === 'string' ? v : '(đã thay đổi)';
};

/** Where the library is, and "Đổi thư mục" for a folder shared by several clerks (empty = the default). */
function FolderSetting(props: { folder: string; setting: string; onSave(folder: string): Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(props.setting);
  if (!editing) {
    return (
      <p className="hint" data-testid="library-folder">
        Thư mục thư viện: {props.folder || '…'}{' '}
        <button className="small" data-testid="library-folder-change" onClick={() => { setValue(props.setting); setEditing(true); }}>Đổi thư mục…</button>
      </p>
    );
  }
  return (
    <div className="row">
      <label className="field">
        <span>Thư mục thư viện (để trống: thư mục mặc định; có thể là thư mục dùng chung trên mạng nội bộ)</span>
        <input data-testid="library-folder-input" value={value} placeholder={'Ví dụ: \\\\may-chu\\van-ban\\thu-vien'} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button className="primary" data-testid="library-folder-save" onClick={() => void props.onSave(value.trim()).then(() => setEditing(false))}>Lưu</button>
      <button data-testid="library-folder-cancel" onClick={() => setEditing(false)}>Hủy</button>
    </div>
  );
}

/**
 * "Thư viện văn bản": the office's parent documents, searched as the clerk types (number-symbol or
 * words of the subject, Vietnamese-aware), added, edited, deleted, exported and imported as one file.
 */
export function LibraryScreen(props: {
  api: KehoachApi;
  pickPath(purpose: 'open' | 'save', kind: FileKind, suggested: string): Promise<string | null>;
  onClose(): void;
  onChanged?(): void;
  /** The library folder as set ("" = the data folder's), and saving another (answers an error or null). */
  folderSetting: string;
  onSaveFolder(folder: string): Promise<string | null>;
}) {
  const { api } = props;
  const [state, dispatch] = useReducer(libraryScreenReducer, initialLibraryScreen);
  const [busy, setBusy] = useState(false);
  const entries = useMemo(() => state.listing?.entries ?? [], [state.listing]);
  const search = useMemo(() => createLibrarySearch(entries), [entries]);
  const hits = useMemo(() => search.search(state.query, 1000).map((h) => h.entry), [search, state.query]);

  const load = useCallback(async () => {
    const r = await api.library.list();
    if (r.ok) dispatch({ type: 'loaded', listing: r.value });
    else dispatch({ type: 'error', error: r.error });
  }, [api]);
  useEffect(() => void load(), [load]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const saveEntry = (input: LibraryEntryInput, baseRevision: number) =>
    run(async () => {
      const r = await api.library.save(input, baseRevision);
      if (!r.ok) return dispatch({ type: 'error', error: r.error });
      if (r.value.status === 'conflict') return dispatch({ type: 'conflict', conflict: r.value });
      const merged = r.value.mergedFromOther;
      dispatch({ type: 'edit', form: null });
      dispatch({ type: 'notice', notice: `Đã lưu ${entryLabel(r.value.entry)}${merged.length ? `; đã gộp thay đổi của người khác (${merged.map((f) => FIELD_NAMES_VI[f]).join(', ')})` : ''}.` });
      await load();
      props.onChanged?.();
    });

  const save = () => {
    const form = state.editing;
    if (!form) return;
    dispatch({ type: 'checked' });
    if (entryFormError(form, entries)) return;
    void saveEntry(entryInput(form), form.revision);
  };

  const remove = (entry: LibraryEntry) =>
    run(async () => {
      dispatch({ type: 'confirm-delete', entry: null });
      const r = await api.library.delete(entry.id);
      if (!r.ok) return dispatch({ type: 'error', error: r.error });
      dispatch({ type: 'notice', notice: `Đã xóa ${entryLabel(entry)} khỏi thư viện.` });
      await load();
      props.onChanged?.();
    });

  const exportLibrary = async () => {
    const file = await props.pickPath('save', 'library', 'thu-vien-van-ban.json');
    if (!file) return;
    await run(async () => {
      const r = await api.library.export(file);
      if (!r.ok) return dispatch({ type: 'error', error: r.error });
      dispatch({ type: 'notice', notice: `Đã xuất ${r.value.count} văn bản ra tệp ${r.value.path}.` });
    });
  };

  /** A parent document read from a Word/PDF/text file: the form opens with what was read, to confirm. */
  const readDocument = async () => {
    const file = await props.pickPath('open', 'source', '');
    if (!file) return;
    await run(async () => {
      const r = await api.library.readDocument(file);
      if (!r.ok) return dispatch({ type: 'error', error: r.error });
      dispatch({ type: 'edit', form: formFromImport(r.value.facts, r.value.text) });
      dispatch({ type: 'notice', notice: `Đã đọc ${r.value.text.paragraphs.length} đoạn từ tệp ${r.value.text.source.fileName}. Hãy kiểm tra số, ký hiệu, ngày, cơ quan ban hành và trích yếu rồi bấm Lưu.` });
    });
  };

  const importLibrary = async () => {
    const file = await props.pickPath('open', 'library', '');
    if (!file) return;
    await run(async () => {
      const r = await api.library.importBundle(file);
      if (!r.ok) return dispatch({ type: 'error', error: r.error });
      dispatch({ type: 'notice', notice: r.value.message });
      await load();
      props.onChanged?.();
    });
  };

  const { conflict } = state;
  return (
    <main className="start" data-testid="library-screen">
      <h1>Thư viện văn bản</h1>
      <p className="hint">Các văn bản cấp trên mà kế hoạch thường căn cứ. Khi tạo kế hoạch mới, bấm “Chọn từ thư viện” để điền văn bản căn cứ cùng các văn bản mà nó thực hiện.</p>
      <div className="row">
        <button className="primary" data-testid="library-add" onClick={() => dispatch({ type: 'edit', form: emptyEntryForm() })}>+ Thêm văn bản</button>
        <button data-testid="library-export" disabled={busy} onClick={() => void exportLibrary()}>Xuất thư viện…</button>
        <button data-testid="library-read-document" disabled={busy} onClick={() => void readDocument()}>Đọc văn bản từ tệp Word, PDF…</button>
        <button data-testid="library-import" disabled={busy} onClick={() => void importLibrary()}>Nhập thư viện…</button>
        <button data-testid="library-close" onClick={props.onClose}>Quay lại</button>
      </div>
      {state.error && <p className="error-box" role="alert" data-testid="library-error">{state.error}</p>}
      {state.notice && <p className="hint" role="status" data-testid="library-notice">{state.notice}</p>}
      {state.listing?.problems.map((p) => <p key={p} className="hint" data-testid="library-problem">{p}</p>)}
      <FolderSetting folder={state.listing?.folder ?? ''} setting={props.folderSetting} onSave={async (folder) => {
        const error = await props.onSaveFolder(folder);
        if (error) dispatch({ type: 'error', error });
        else {
          dispatch({ type: 'error', error: null });
          await load();
          props.onChanged?.();
        }
      }} />

      {state.editing && (
        <LibraryEntryEditor form={state.editing} entries={entries} checked={state.checked} busy={busy} onChange={(patch) => dispatch({ type: 'change', patch })} onSave={save} onCancel={() => dispatch({ type: 'edit', form: null })} />
      )}
      {conflict && (
        <section className="error-box" role="alert" data-testid="library-conflict">
          <p>{conflict.message}</p>
          <table>
            <thead><tr><th>Mục</th><th>Bản của anh/chị</th><th>Bản vừa lưu{conflict.theirs.updatedBy ? ` (${conflict.theirs.updatedBy})` : ''}</th></tr></thead>
            <tbody>
              {conflict.fields.map((f) => (
                <tr key={f}><td>{FIELD_NAMES_VI[f]}</td><td data-testid={`library-conflict-mine-${f}`}>{showValue(conflict.mine, f)}</td><td data-testid={`library-conflict-theirs-${f}`}>{showValue(conflict.theirs, f)}</td></tr>
              ))}
            </tbody>
          </table>
          <div className="row">
            <button className="primary" data-testid="library-conflict-mine" disabled={busy} onClick={() => void saveEntry(entryInput(formFromEntry(conflict.mine)), conflict.theirs.revision)}>Giữ bản của tôi</button>
            <button data-testid="library-conflict-theirs" onClick={() => dispatch({ type: 'edit', form: formFromEntry(conflict.theirs) })}>Dùng bản vừa lưu</button>
          </div>
        </section>
      )}

      <label className="field">
        <span>Tìm theo số ký hiệu hoặc từ trong trích yếu</span>
        <input data-testid="library-search" type="search" value={state.query} placeholder="Ví dụ: 32-CT/TU hoặc giáo dục chính trị" onChange={(e) => dispatch({ type: 'query', query: e.target.value })} />
      </label>
      {state.listing === null ? (
        state.error ? null : <p className="muted">Đang đọc thư viện…</p>
      ) : entries.length === 0 ? (
        <p className="muted" data-testid="library-empty">Thư viện chưa có văn bản nào. Bấm “Thêm văn bản” hoặc “Nhập thư viện…”.</p>
      ) : hits.length === 0 ? (
        <p className="muted" data-testid="library-no-match">Không có văn bản nào khớp “{state.query}”.</p>
      ) : (
        <table className="library-table" data-testid="library-list">
          <thead><tr><th>Số ký hiệu</th><th>Ngày</th><th>Loại</th><th>Trích yếu</th><th /></tr></thead>
          <tbody>
            {hits.map((e) => (
              <tr key={e.id} data-testid="library-item" data-id={e.id}>
                <td>{numberSymbol(e) || '—'}</td>
                <td>{e.date ? formatShortDate(e.date) : '—'}</td>
                <td>{e.type}</td>
                <td>{e.subject}{e.shortName ? <span className="muted"> ({e.shortName})</span> : null}</td>
                <td>
                  {state.confirmDelete?.id === e.id ? (
                    <span data-testid="library-confirm-delete">
                      Xóa văn bản này?{' '}
                      <button className="small danger" data-testid="library-delete-yes" disabled={busy} onClick={() => void remove(e)}>Xóa</button>{' '}
                      <button className="small" data-testid="library-delete-no" onClick={() => dispatch({ type: 'confirm-delete', entry: null })}>Không</button>
                    </span>
                  ) : (
                    <>
                      <button className="small" data-testid="library-item-edit" onClick={() => dispatch({ type: 'edit', form: formFromEntry(e) })}>Sửa</button>{' '}
                      <button className="small danger" data-testid="library-item-delete" onClick={() => dispatch({ type: 'confirm-delete', entry: e })}>Xóa</button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
