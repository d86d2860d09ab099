import { DOCUMENT_TYPES, type NestedDocument } from '../../core/model';
import type { LibraryEntry } from '../../core/library/library-entry';
import { DateInput } from '../components/DateInput';
import { LibraryPick } from './LibraryPick';
import type { DocumentPreview } from '../state/form-preview';
import { type BaseFieldKey, type BaseForm, baseFieldErrors, emptyBase } from '../state/new-plan-form';
import { documentLabel, documentToBase } from '../state/office-memory';

/** Nothing typed yet (the document type alone is pre-filled): picking a recent document loses nothing. */
const isBlank = (b: BaseForm): boolean => !b.number.trim() && !b.symbol.trim() && !b.date && !b.issuer.trim() && !b.subject.trim() && !b.shortName.trim() && !b.parent;

/** Parent documents of earlier plans: one pick fills the document and the chain it implements. */
function RecentDocumentPick(props: { recent: NestedDocument[]; testId: string; onPick(base: BaseForm): void }) {
  return (
    <label className="field">
      <span>Chọn văn bản đã dùng trong các kế hoạch trước (hoặc điền bên dưới)</span>
      <select data-testid={props.testId} value="" onChange={(e) => { const d = props.recent[Number(e.target.value)]; if (d) props.onPick(documentToBase(d)); }}>
        <option value="">— Chọn văn bản gần đây —</option>
        {props.recent.map((d, i) => <option key={i} value={i}>{documentLabel(d)}</option>)}
      </select>
    </label>
  );
}

/** The document's full citation exactly as it will print, and why the chain replaces its own subject. */
function CitationPreview(props: { preview: DocumentPreview | undefined; testPrefix: string }) {
  const { preview } = props;
  if (!preview) return null;
  return (
    <div className="citation-preview" aria-live="polite">
      <span className="muted">Trích dẫn đầy đủ sẽ in: </span>
      {preview.citation !== null ? (
        <q data-testid={`${props.testPrefix}-citation`}>{preview.citation}</q>
      ) : (
        <span className="muted" data-testid={`${props.testPrefix}-citation-waiting`}>{preview.waiting}</span>
      )}
      {preview.chain && (
        <p className="hint" data-testid={`${props.testPrefix}-chain-hint`}>
          Khi văn bản này thực hiện một văn bản khác, trích dẫn in theo chuỗi “… {preview.chain} …”; trích yếu riêng của nó không in trong trích dẫn đầy đủ.
        </p>
      )}
    </div>
  );
}

/** One parent document, and (recursively) the document it implements: the citation chain. */
export function BaseFields(props: { base: BaseForm; label: string; depth: number; onChange(base: BaseForm): void; testPrefix: string; previews: Record<string, DocumentPreview>; recent?: NestedDocument[]; library?: LibraryEntry[]; checked?: boolean }) {
  const { base } = props;
  // Shown next to each input once "Tạo kế hoạch" was refused; linked with aria-describedby.
  const errors = props.checked ? baseFieldErrors(base) : {};
  const invalid = (key: BaseFieldKey) => (errors[key] ? { 'aria-invalid': true, 'aria-describedby': t(`${key}-error`) } : {});
  const errorOf = (key: BaseFieldKey) => errors[key] && <span className="field-error" id={t(`${key}-error`)} data-testid={t(`${key}-error`)}>{errors[key]}</span>;
  const set = (patch: Partial<BaseForm>) => props.onChange({ ...base, ...patch });
  const t = (name: string) => `${props.testPrefix}-${name}`;
  return (
    <fieldset className="base-fields" data-testid={props.testPrefix}>
      <legend>{props.label}</legend>
      {props.recent && props.recent.length > 0 && isBlank(base) && <RecentDocumentPick recent={props.recent} testId={t('recent')} onPick={(b) => props.onChange(b)} />}
      {props.library && props.library.length > 0 && <LibraryPick entries={props.library} testId={t('library')} onPick={(b) => props.onChange(b)} />}
      <div className="row">
        <label className="field">
          <span>Loại văn bản *</span>
          <input data-testid={t('type')} list="document-types" required aria-required value={base.type} {...invalid('type')} onChange={(e) => set({ type: e.target.value })} />
          {errorOf('type')}
        </label>
        <label className="field compact">
          <span>Hệ thống</span>
          <select data-testid={t('regime')} value={base.regime} onChange={(e) => set({ regime: e.target.value as BaseForm['regime'] })}>
            <option value="dang">Đảng (32-CT/TU)</option>
            <option value="nha-nuoc">Nhà nước (4045/QĐ-UBND)</option>
          </select>
        </label>
      </div>
      <div className="row">
        <label className="field compact">
          <span>Số{base.regime === 'dang' ? ' *' : ''}</span>
          <input data-testid={t('number')} value={base.number} placeholder="32" aria-required={base.regime === 'dang'} {...invalid('number')} onChange={(e) => set({ number: e.target.value })} />
          {errorOf('number')}
        </label>
        <label className="field compact">
          <span>Ký hiệu</span>
          <input data-testid={t('symbol')} value={base.symbol} placeholder={base.regime === 'dang' ? 'CT/TU' : 'QĐ-UBND'} {...invalid('symbol')} onChange={(e) => set({ symbol: e.target.value })} />
          {errorOf('symbol')}
        </label>
        <label className="field compact">
          <span>Ngày ban hành</span>
          <DateInput testId={t('date')} value={base.date} allowEmpty onChange={(date) => set({ date })} />
        </label>
      </div>
      <label className="field">
        <span>Cơ quan ban hành (như ghi trong câu trích dẫn)</span>
        <input data-testid={t('issuer')} value={base.issuer} placeholder="Ban Thường vụ Thành ủy" {...invalid('issuer')} onChange={(e) => set({ issuer: e.target.value })} />
        {errorOf('issuer')}
      </label>
      <label className="field">
        <span>Trích yếu (bắt đầu bằng “về …”)</span>
        <textarea data-testid={t('subject')} rows={2} value={base.subject} placeholder="về việc tăng cường …" {...invalid('subject')} onChange={(e) => set({ subject: e.target.value })} />
        {errorOf('subject')}
      </label>
      <label className="field">
        <span>Tên viết tắt (không bắt buộc)</span>
        <input data-testid={t('short-name')} value={base.shortName} placeholder="Chỉ thị số 32-CT/TU" onChange={(e) => set({ shortName: e.target.value })} />
      </label>
      {base.parent ? (
        <>
          <BaseFields base={base.parent} depth={props.depth + 1} label={`Văn bản mà ${base.type || 'văn bản này'} thực hiện`} testPrefix={`${props.testPrefix}-parent`} previews={props.previews} recent={props.recent} library={props.library} checked={props.checked} onChange={(parent) => set({ parent })} />
          <button className="small" data-testid={t('parent-remove')} onClick={() => set({ parent: null })}>Bỏ văn bản cấp trên</button>
        </>
      ) : (
        props.depth < 4 && (
          <button className="small" data-testid={t('parent-add')} onClick={() => set({ parent: emptyBase(base.regime) })}>
            + Văn bản này thực hiện một văn bản khác (trích dẫn nối tiếp)
          </button>
        )
      )}
      <CitationPreview preview={props.previews[props.testPrefix]} testPrefix={props.testPrefix} />
    </fieldset>
  );
}

export function DocumentTypeList() {
  return (
    <datalist id="document-types">
      {DOCUMENT_TYPES.map((t) => <option key={t} value={t} />)}
    </datalist>
  );
}
