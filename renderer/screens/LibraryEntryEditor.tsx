import type { LibraryEntry } from '../../core/library/library-entry';
import { DOCUMENT_TYPES } from '../../core/model';
import { DateInput } from '../components/DateInput';
import { type LibraryEntryForm, entryFormError, linkChoices } from '../state/library-entry-form';
import { entryLabel } from '../state/library-pick';

/** "Thêm văn bản" / "Sửa văn bản": the facts of one parent document and the document it implements. */
export function LibraryEntryEditor(props: {
  form: LibraryEntryForm;
  entries: LibraryEntry[];
  checked: boolean;
  busy: boolean;
  onChange(patch: Partial<LibraryEntryForm>): void;
  onSave(): void;
  onCancel(): void;
}) {
  const { form } = props;
  const error = props.checked ? entryFormError(form, props.entries) : null;
  const text = (key: 'type' | 'number' | 'symbol' | 'issuer' | 'subject' | 'shortName', label: string, placeholder: string, compact = false) => (
    <label className={compact ? 'field compact' : 'field'}>
      <span>{label}</span>
      <input data-testid={`library-edit-${key}`} list={key === 'type' ? 'library-document-types' : undefined} value={form[key]} placeholder={placeholder} onChange={(e) => props.onChange({ [key]: e.target.value })} />
    </label>
  );
  return (
    <fieldset className="base-fields" data-testid="library-editor">
      <legend>{form.id ? 'Sửa văn bản' : 'Thêm văn bản vào thư viện'}</legend>
      <datalist id="library-document-types">{DOCUMENT_TYPES.map((t) => <option key={t} value={t} />)}</datalist>
      <div className="row">
        {text('type', 'Loại văn bản *', 'Chỉ thị')}
        <label className="field compact">
          <span>Hệ thống</span>
          <select data-testid="library-edit-regime" value={form.regime} onChange={(e) => props.onChange({ regime: e.target.value as LibraryEntryForm['regime'] })}>
            <option value="dang">Đảng (32-CT/TU)</option>
            <option value="nha-nuoc">Nhà nước (4045/QĐ-UBND)</option>
          </select>
        </label>
      </div>
      <div className="row">
        {text('number', 'Số', '32', true)}
        {text('symbol', 'Ký hiệu', form.regime === 'dang' ? 'CT/TU' : 'QĐ-UBND', true)}
        <label className="field compact">
          <span>Ngày ban hành</span>
          <DateInput testId="library-edit-date" value={form.date} allowEmpty onChange={(date) => props.onChange({ date })} />
        </label>
      </div>
      {text('issuer', 'Cơ quan ban hành', 'Ban Thường vụ Thành ủy')}
      <label className="field">
        <span>Trích yếu (bắt đầu bằng “về …”)</span>
        <textarea data-testid="library-edit-subject" rows={2} value={form.subject} placeholder="về việc tăng cường …" onChange={(e) => props.onChange({ subject: e.target.value })} />
      </label>
      {text('shortName', 'Tên viết tắt (không bắt buộc)', 'Chỉ thị số 32-CT/TU')}
      <label className="field">
        <span>Thực hiện văn bản (trích dẫn nối tiếp)</span>
        <select data-testid="library-edit-implements" value={form.implementsId} onChange={(e) => props.onChange({ implementsId: e.target.value })}>
          <option value="">— Không thực hiện văn bản nào khác —</option>
          {linkChoices(props.entries, form.id).map((e) => <option key={e.id} value={e.id}>{entryLabel(e)}</option>)}
        </select>
      </label>
      {(form.text || form.textInfo) && (
        <p className="hint" data-testid="library-edit-has-text">
          Có toàn văn ({form.text?.paragraphs.length ?? form.textInfo?.paragraphs} đoạn, từ tệp {form.text?.source.fileName ?? form.textInfo?.fileName}); toàn văn được giữ nguyên khi sửa thông tin.
        </p>
      )}
      {error && <p className="error" role="alert" data-testid="library-edit-error">{error}</p>}
      <div className="row">
        <button className="primary" data-testid="library-edit-save" disabled={props.busy} onClick={props.onSave}>Lưu</button>
        <button data-testid="library-edit-cancel" onClick={props.onCancel}>Hủy</button>
      </div>
    </fieldset>
  );
}
