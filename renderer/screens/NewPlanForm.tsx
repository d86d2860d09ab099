import { useEffect, useMemo, useRef, useState } from 'react';
import type { OrganisationProfile, Settings, TemplateSummary } from '../../core/ipc/api';
import type { LibraryEntry } from '../../core/library/library-entry';
import { PROFILE_IDS, type ProfileId } from '../../core/model';
import { getProfile } from '../../core/profiles/profile';
import { type FieldInfo, type FieldInput as FieldValue, type ItemInput, type NewPlanAnswers, type NewPlanForm as Form, buildAnswers, carryFieldInput, defaultSigner, emptyBase, emptyFieldInput, emptyItem, emptyOrganisation, initialForm, validateNewPlanForm } from '../state/new-plan-form';
import { formPreview } from '../state/form-preview';
import { type CreatedPlanFacts, adoptSavedOffice } from '../state/office-memory';
import { ORG_FIELDS, errorId, organisationFieldErrors } from '../state/organisation-fields';
import { RecipientGroupsFields } from './RecipientGroupsFields';
import { formWording, templateWordingOf } from '../state/new-plan-form';
import { BaseFields, DocumentTypeList } from './BaseFields';
import { CitationStyleFields, WordingFields } from './WordingFields';
import { WordingPreview } from './WordingPreview';

/** A list field (units, tasks …): one block per item with the item's own fields. */
function ItemsInput(props: { field: FieldInfo; value: ItemInput[]; onChange(v: ItemInput[]): void; checked?: boolean }) {
  const { field } = props;
  if (!field.items || field.items.length === 0) {
    return <p className="muted">{field.label}: điền sau trong trình soạn thảo.</p>;
  }
  const update = (i: number, item: ItemInput) => props.onChange(props.value.map((x, j) => (j === i ? item : x)));
  return (
    <fieldset data-testid={`field-${field.name}`}>
      <legend>{field.label}{field.required ? ' *' : ''}</legend>
      {props.value.map((item, i) => (
        <div className="list-item" key={i} data-testid={`field-${field.name}-item`}>
          <b>Mục {i + 1}</b>
          {field.items!.map((sub) => (
            <FieldInput key={sub.name} field={sub} checked={props.checked} testId={`field-${field.name}-${i}-${sub.name}`} value={item[sub.name] ?? ''} onChange={(v) => update(i, { ...item, [sub.name]: v as string | boolean })} />
          ))}
          <button className="small danger" data-testid={`field-${field.name}-remove`} onClick={() => props.onChange(props.value.filter((_, j) => j !== i))}>Bỏ mục {i + 1}</button>
        </div>
      ))}
      <button className="small" data-testid={`field-${field.name}-add`} onClick={() => props.onChange([...props.value, emptyItem(field)])}>+ Thêm mục</button>
    </fieldset>
  );
}

function FieldInput(props: { field: FieldInfo; value: FieldValue; onChange(v: FieldValue): void; testId?: string; checked?: boolean }) {
  const { field } = props;
  const testId = props.testId ?? `field-${field.name}`;
  // A required text left empty, once "Tạo kế hoạch" was refused: said next to it and linked.
  const missing = props.checked && field.required && typeof props.value === 'string' && !props.value.trim();
  const aria = missing ? { 'aria-invalid': true, 'aria-describedby': `${testId}-error` } : {};
  if (field.type === 'object[]') return <ItemsInput field={field} checked={props.checked} value={Array.isArray(props.value) ? props.value : []} onChange={props.onChange} />;
  if (field.type === 'boolean') {
    return (
      <label className="check">
        <input type="checkbox" data-testid={testId} checked={props.value === true} onChange={(e) => props.onChange(e.target.checked)} /> {field.label}
      </label>
    );
  }
  const value = typeof props.value === 'string' ? props.value : '';
  return (
    <label className="field">
      <span>{field.label}{field.required ? ' *' : ''}{field.type === 'string[]' ? ' (mỗi dòng một mục)' : ''}</span>
      {field.type === 'text' || field.type === 'string[]' ? (
        <textarea data-testid={testId} rows={3} value={value} required={field.required} {...aria} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input data-testid={testId} type={field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text'} value={value} required={field.required} {...aria} onChange={(e) => props.onChange(e.target.value)} />
      )}
      {missing && <span className="field-error" id={`${testId}-error`} data-testid={`${testId}-error`}>Chưa điền “{field.label}”.</span>}
    </label>
  );
}

/**
 * New plan from a template, in four short parts: template → parent document(s) (with chained
 * parents) → organisation → year and options. Produces the answers for `templates.create`.
 */
export function NewPlanForm(props: { templates: TemplateSummary[]; settings: Settings; library?: LibraryEntry[]; busy: boolean; onCreate(templateId: string, answers: NewPlanAnswers, office: CreatedPlanFacts): void; onCancel(): void }) {
  const [form, setForm] = useState<Form>(() => initialForm(props.templates, props.settings.organisations, props.settings.activeOrganisationId, new Date()));
  const [errors, setErrors] = useState<string[]>([]);
  // Shown next to their field only after "Tạo kế hoạch" was refused, not while the clerk types.
  const [checked, setChecked] = useState(false);
  const formRef = useRef<HTMLElement>(null);
  const { organisations, activeOrganisationId } = props.settings;
  useEffect(() => setForm((f) => adoptSavedOffice(f, organisations, activeOrganisationId)), [organisations, activeOrganisationId]);
  const template = props.templates.find((t) => t.id === form.templateId);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const chooseTemplate = (id: string) => {
    const next = props.templates.find((t) => t.id === id);
    // The usual signer differs between Party and state bodies; follow the template unless one was typed.
    const signer = next && next.regime !== template?.regime && !form.signer.name.trim() ? defaultSigner(next.regime) : form.signer;
    set({ templateId: id, signer, fields: Object.fromEntries((next?.fields ?? []).map((f) => [f.name, carryFieldInput(f, form.fields[f.name])])) });
  };
  const chooseOrganisation = (id: string) => {
    const profile: OrganisationProfile | undefined = props.settings.organisations.find((o) => o.id === id);
    set({
      organisationId: profile?.id ?? null,
      organisation: profile ? structuredClone(profile.organisation) : emptyOrganisation(template?.regime ?? 'dang'),
      signerIndex: 0,
      // The recipients typed for this plan are kept when the clerk switches to typing an organisation.
      recipients: profile ? structuredClone(profile.recipients) : form.recipients,
    });
  };
  const submit = () => {
    const problems = validateNewPlanForm(form, template);
    setErrors(problems);
    setChecked(true);
    if (problems.length === 0 && template) {
      const answers = buildAnswers(form, template);
      props.onCreate(template.id, answers, { organisationId: form.organisationId, organisation: answers.organisation, signature: answers.signature, recipients: answers.recipients ?? [], bases: answers.bases });
      return;
    }
    // Focus the first field that is wrong (marked aria-invalid), else the list of errors.
    window.requestAnimationFrame(() => {
      const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? formRef.current?.querySelector<HTMLElement>('[data-testid="new-plan-errors"]');
      first?.focus();
    });
  };
  const orgErrors = checked ? organisationFieldErrors(form.organisation) : {};
  const signerError = checked && form.organisation.signers.length === 0 && !form.signer.position.trim() ? 'Chưa có chức vụ người ký (ví dụ PHÓ BÍ THƯ).' : null;
  const typedOrg = form.organisationId === null;
  // Pure and small (a handful of documents): recomputed as the clerk types, no debounce needed.
  const preview = useMemo(() => formPreview(form, template), [form, template]);
  const baseWording = useMemo(() => templateWordingOf(form, template), [form, template]);

  return (
    <section className="new-plan" data-testid="new-plan-form" aria-label="Tạo kế hoạch mới" ref={formRef}>
      <DocumentTypeList />
      <h2>Tạo kế hoạch mới</h2>

      <h3>1. Chọn mẫu</h3>
      {props.templates.length === 0 ? (
        <p className="error">Chưa có mẫu kế hoạch nào. Hãy kiểm tra thư mục “templates” của chương trình.</p>
      ) : (
        <div className="template-list" role="radiogroup" aria-label="Mẫu kế hoạch">
          {props.templates.map((t) => (
            <label key={t.id} className={t.id === form.templateId ? 'template-card selected' : 'template-card'}>
              <input type="radio" name="template" data-testid="template-option" value={t.id} checked={t.id === form.templateId} onChange={() => chooseTemplate(t.id)} />
              <b>{t.name}</b>
              <span className="muted">{t.planType} · {t.regime === 'dang' ? 'Đảng' : 'Nhà nước'}</span>
            </label>
          ))}
        </div>
      )}

      <h3>2. Văn bản căn cứ</h3>
      {form.bases.map((base, i) => (
        <div key={i}>
          <BaseFields base={base} depth={0} recent={props.settings.recentDocuments} library={props.library} checked={checked} label={`Văn bản căn cứ ${i + 1}`} testPrefix={`base-${i}`} previews={preview.documents} onChange={(b) => set({ bases: form.bases.map((x, j) => (j === i ? b : x)) })} />
          {form.bases.length > 1 && <button className="small danger" data-testid={`base-${i}-remove`} onClick={() => set({ bases: form.bases.filter((_, j) => j !== i) })}>Bỏ văn bản căn cứ {i + 1}</button>}
        </div>
      ))}
      <button data-testid="base-add" onClick={() => set({ bases: [...form.bases, emptyBase(template?.regime ?? 'dang')] })}>+ Thêm văn bản căn cứ</button>
      <WordingPreview preview={preview} />
      {template?.wording && <WordingFields base={baseWording} choices={form.wording} effective={formWording(form, template)} onChange={(wording) => set({ wording })} />}
      <CitationStyleFields style={form.organisation.citationStyle} onChange={(citationStyle) => set({ organisation: { ...form.organisation, citationStyle } })} />

      <h3>3. Cơ quan ban hành</h3>
      <label className="field">
        <span>Cơ quan</span>
        <select data-testid="org-pick" value={form.organisationId ?? ''} onChange={(e) => chooseOrganisation(e.target.value)}>
          {props.settings.organisations.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          <option value="">Gõ thông tin cơ quan khác…</option>
        </select>
      </label>
      {typedOrg && (
        <fieldset data-testid="org-typed">
          <legend>Thông tin cơ quan</legend>
          <label className="field compact">
            <span>Hệ thống</span>
            <select data-testid="org-regime" value={form.organisation.regime} onChange={(e) => set({ organisation: { ...emptyOrganisation(e.target.value as 'dang' | 'nha-nuoc'), ...pickTyped(form.organisation) } })}>
              <option value="dang">Đảng</option>
              <option value="nha-nuoc">Nhà nước</option>
            </select>
          </label>
          <p className="hint">Ô có dấu * là bắt buộc.</p>
          {ORG_FIELDS.map((f) => (
            <label className="field" key={f.key}>
              <span>{f.label}{f.required ? ' *' : ''}</span>
              <input
                data-testid={`org-${f.key}`}
                value={form.organisation[f.key]}
                placeholder={`Ví dụ: ${f.placeholder}`}
                required={f.required}
                aria-required={f.required}
                aria-invalid={orgErrors[f.key] ? true : undefined}
                aria-describedby={orgErrors[f.key] ? errorId('org', f.key) : undefined}
                onChange={(e) => set({ organisation: { ...form.organisation, [f.key]: e.target.value.normalize('NFC') } })}
              />
              {orgErrors[f.key] && <span className="field-error" id={errorId('org', f.key)} data-testid={errorId('org', f.key)}>{orgErrors[f.key]}</span>}
            </label>
          ))}
          <label className="field compact">
            <span>Cách bỏ dấu</span>
            <select data-testid="org-tone" value={form.organisation.toneMarks} onChange={(e) => set({ organisation: { ...form.organisation, toneMarks: e.target.value as 'ủy' | 'uỷ' } })}>
              <option value="ủy">ủy, hòa (dấu trên chữ chính)</option>
              <option value="uỷ">uỷ, hoà</option>
            </select>
          </label>
        </fieldset>
      )}
      {form.organisation.signers.length === 0 && (
        <fieldset className="subform">
          <legend>Người ký</legend>
          <label className="field compact">
            <span>Quyền hạn ký (T/M, KT., TM.; để trống nếu người đứng đầu ký)</span>
            <input data-testid="signer-authority" value={form.signer.authority} onChange={(e) => set({ signer: { ...form.signer, authority: e.target.value } })} />
          </label>
          <label className="field compact">
            <span>Chức vụ *</span>
            <input data-testid="signer-position" value={form.signer.position} required aria-required aria-invalid={signerError ? true : undefined} aria-describedby={signerError ? 'signer-position-error' : undefined} onChange={(e) => set({ signer: { ...form.signer, position: e.target.value } })} />
            {signerError && <span className="field-error" id="signer-position-error" data-testid="signer-position-error">{signerError}</span>}
          </label>
          <label className="field compact">
            <span>Họ và tên (có thể điền sau)</span>
            <input data-testid="signer-name" value={form.signer.name} onChange={(e) => set({ signer: { ...form.signer, name: e.target.value } })} />
          </label>
        </fieldset>
      )}
      {form.organisation.signers.length > 0 && (
        <label className="field">
          <span>Người ký</span>
          <select data-testid="signer-choice" value={form.signerIndex} onChange={(e) => set({ signerIndex: Number(e.target.value) })}>
            {form.organisation.signers.map((s, i) => <option key={i} value={i}>{[s.authority, s.position, s.name].filter(Boolean).join(' — ')}</option>)}
          </select>
        </label>
      )}

      <RecipientGroupsFields groups={form.recipients} testPrefix="recipients" onChange={(recipients) => set({ recipients })} />

      <h3>4. Năm và tùy chọn</h3>
      <div className="row">
        <label className="field compact">
          <span>Số (để trống nếu chưa có)</span>
          <input data-testid="new-number" inputMode="numeric" value={form.number} onChange={(e) => set({ number: e.target.value })} />
        </label>
        <label className="field compact">
          <span>Ngày</span>
          <select data-testid="new-day" value={form.day ?? ''} onChange={(e) => set({ day: e.target.value ? Number(e.target.value) : null })}>
            <option value="">(để trống)</option>
            {Array.from({ length: 31 }, (_, i) => <option key={i} value={i + 1}>{i + 1}</option>)}
          </select>
        </label>
        <label className="field compact">
          <span>Tháng</span>
          <select data-testid="new-month" value={form.month ?? ''} onChange={(e) => set({ month: e.target.value ? Number(e.target.value) : null })}>
            <option value="">(để trống)</option>
            {Array.from({ length: 12 }, (_, i) => <option key={i} value={i + 1}>{i + 1}</option>)}
          </select>
        </label>
        <label className="field compact">
          <span>Năm</span>
          <input data-testid="new-year" type="number" value={form.year} onChange={(e) => set({ year: Number(e.target.value) })} />
        </label>
      </div>
      <label className="field">
        <span>Quy định trình bày</span>
        <select data-testid="new-profile" value={form.profile} onChange={(e) => set({ profile: e.target.value as ProfileId | '' })}>
          <option value="">Theo cơ quan ({getProfile(form.organisation.defaultProfile).name})</option>
          {PROFILE_IDS.map((id) => <option key={id} value={id}>{getProfile(id).name}</option>)}
        </select>
      </label>
      {(template?.fields ?? []).map((field) => (
        <FieldInput key={field.name} field={field} checked={checked} value={form.fields[field.name] ?? ''} onChange={(v) => set({ fields: { ...form.fields, [field.name]: v } })} />
      ))}

      {errors.length > 0 && (
        <div className="error-box" role="alert" data-testid="new-plan-errors" tabIndex={-1}>
          <p>Chưa tạo được kế hoạch. Hãy sửa:</p>
          <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
      <div className="form-actions">
        <button className="primary" data-testid="new-plan-create" disabled={props.busy} onClick={submit}>{props.busy ? 'Đang tạo…' : 'Tạo kế hoạch'}</button>
        <button data-testid="new-plan-cancel" onClick={props.onCancel}>Quay lại</button>
      </div>
    </section>
  );
}

/** Keeps what the user already typed when switching the regime of a typed organisation. */
function pickTyped(o: Form['organisation']) {
  return { superiorBody: o.superiorBody, issuingBody: o.issuingBody, symbolCode: o.symbolCode, placeName: o.placeName, collective: o.collective, archiveLine: o.archiveLine, signers: o.signers };
}
