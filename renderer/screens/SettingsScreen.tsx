import { useEffect, useRef, useState } from 'react';
import type { OrganisationProfile, Settings } from '../../core/ipc/api';
import { emptyOrganisation } from '../state/new-plan-form';
import { type OfficesPatch, type ProfileErrors, deleteProfile, hasErrors, newProfile, saveProfile, validateProfile } from '../state/office-settings';
import { ORG_FIELDS } from '../state/organisation-fields';
import { RecipientGroupsFields } from './RecipientGroupsFields';
import { CitationStyleFields } from './WordingFields';

/** A text input with its label, * when required, example hint, and its error linked by aria-describedby. */
function TextField(props: { testId: string; label: string; value: string; example: string; required?: boolean; error?: string; onChange(v: string): void }) {
  const errId = `${props.testId}-error`;
  return (
    <label className="field">
      <span>{props.label}{props.required ? ' *' : ''}</span>
      <input
        data-testid={props.testId}
        value={props.value}
        placeholder={`Ví dụ: ${props.example}`}
        required={props.required}
        aria-required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errId : undefined}
        onChange={(e) => props.onChange(e.target.value.normalize('NFC'))}
      />
      {props.error && <span className="field-error" id={errId} data-testid={errId}>{props.error}</span>}
    </label>
  );
}

/** One organisation being added or edited: every field the new-plan form takes from it. */
function OfficeEditor(props: { profile: OrganisationProfile; busy: boolean; onSave(p: OrganisationProfile): void; onCancel(): void }) {
  const [p, setP] = useState(props.profile);
  const [errors, setErrors] = useState<ProfileErrors | null>(null);
  const ref = useRef<HTMLFieldSetElement>(null);
  const org = p.organisation;
  const setOrg = (patch: Partial<OrganisationProfile['organisation']>) => setP({ ...p, organisation: { ...org, ...patch } });
  const shown = errors ?? { org: {}, signers: {} };
  const submit = () => {
    const found = validateProfile(p);
    if (hasErrors(found)) {
      setErrors(found);
      window.requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors(null);
    props.onSave(p);
  };
  return (
    <fieldset className="office-editor" data-testid="office-editor" ref={ref}>
      <legend>{props.profile.label ? `Sửa: ${props.profile.label}` : 'Thêm cơ quan'}</legend>
      <p className="hint">Ô có dấu * là bắt buộc.</p>
      <TextField testId="office-label" label="Tên gọi trong danh sách" example="Huyện ủy An Lão" required value={p.label} error={shown.label} onChange={(label) => setP({ ...p, label })} />
      <label className="field compact">
        <span>Hệ thống</span>
        <select data-testid="office-regime" value={org.regime} onChange={(e) => {
          // Switching the system resets only its conventions (profile, citation style); what was typed stays.
          const base = emptyOrganisation(e.target.value as 'dang' | 'nha-nuoc');
          setOrg({ regime: base.regime, defaultProfile: base.defaultProfile, citationStyle: base.citationStyle });
        }}>
          <option value="dang">Đảng</option>
          <option value="nha-nuoc">Nhà nước</option>
        </select>
      </label>
      {ORG_FIELDS.map((f) => (
        <TextField key={f.key} testId={`office-${f.key}`} label={f.label} example={f.placeholder} required={f.required} value={org[f.key]} error={shown.org[f.key]} onChange={(v) => setOrg({ [f.key]: v })} />
      ))}
      <label className="field compact">
        <span>Cách bỏ dấu</span>
        <select data-testid="office-tone" value={org.toneMarks} onChange={(e) => setOrg({ toneMarks: e.target.value as 'ủy' | 'uỷ' })}>
          <option value="ủy">ủy, hòa (dấu trên chữ chính)</option>
          <option value="uỷ">uỷ, hoà</option>
        </select>
      </label>
      <CitationStyleFields style={org.citationStyle} onChange={(citationStyle) => setOrg({ citationStyle })} />

      <fieldset className="subform" data-testid="office-signers">
        <legend>Người ký (người ký lần trước đứng đầu)</legend>
        {org.signers.map((s, i) => (
          <div className="list-item" key={i} data-testid="office-signer">
            <TextField testId={`office-signer-${i}-authority`} label="Quyền hạn ký (để trống nếu người đứng đầu ký)" example="T/M BAN THƯỜNG VỤ" value={s.authority} onChange={(authority) => setOrg({ signers: org.signers.map((x, j) => (j === i ? { ...x, authority } : x)) })} />
            <TextField testId={`office-signer-${i}-position`} label="Chức vụ" example="PHÓ BÍ THƯ" required value={s.position} error={shown.signers[i]} onChange={(position) => setOrg({ signers: org.signers.map((x, j) => (j === i ? { ...x, position } : x)) })} />
            <TextField testId={`office-signer-${i}-name`} label="Họ và tên" example="Nguyễn Văn A" value={s.name} onChange={(name) => setOrg({ signers: org.signers.map((x, j) => (j === i ? { ...x, name } : x)) })} />
            <button className="small danger" data-testid={`office-signer-${i}-remove`} onClick={() => setOrg({ signers: org.signers.filter((_, j) => j !== i) })}>Bỏ người ký {i + 1}</button>
          </div>
        ))}
        <button className="small" data-testid="office-signer-add" onClick={() => setOrg({ signers: [...org.signers, { authority: '', position: '', name: '' }] })}>+ Thêm người ký</button>
      </fieldset>

      <RecipientGroupsFields groups={p.recipients} testPrefix="office-recipients" onChange={(recipients) => setP({ ...p, recipients })} />

      {errors && hasErrors(errors) && <p className="error" role="alert" data-testid="office-errors">Chưa lưu được. Hãy sửa các ô được đánh dấu.</p>}
      <div className="form-actions">
        <button className="primary" data-testid="office-save" disabled={props.busy} onClick={submit}>{props.busy ? 'Đang lưu…' : 'Lưu cơ quan'}</button>
        <button data-testid="office-cancel" onClick={props.onCancel}>Không lưu</button>
      </div>
    </fieldset>
  );
}

/**
 * "Cơ quan và người ký": the organisations this install drafts for (one clerk may draft for the
 * Đảng ủy and the UBND), their signers and usual recipients; the default one opens the new-plan form.
 */
export function SettingsScreen(props: { settings: Settings; onSave(patch: OfficesPatch): Promise<string | null>; onClose(): void; onLibrary?(): void }) {
  const { settings } = props;
  const [editing, setEditing] = useState<OrganisationProfile | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const apply = async (patch: OfficesPatch): Promise<boolean> => {
    setBusy(true);
    const failed = await props.onSave(patch);
    setBusy(false);
    setError(failed);
    return failed === null;
  };

  return (
    <main className="start settings-screen" data-testid="settings-screen">
      <h1 ref={heading} tabIndex={-1}>Cơ quan và người ký</h1>
      <p className="muted">Thông tin cơ quan, người ký và nơi nhận được điền sẵn khi tạo kế hoạch mới. Cơ quan mặc định được chọn trước.</p>
      {error && <p className="error" role="alert" data-testid="settings-error">{error}</p>}
      {settings.organisations.length === 0 ? (
        <p className="muted" data-testid="office-empty">Chưa có cơ quan nào. Cơ quan được lưu khi tạo kế hoạch đầu tiên, hoặc bấm “Thêm cơ quan”.</p>
      ) : (
        <ul className="office-list" data-testid="office-list">
          {settings.organisations.map((o) => (
            <li key={o.id} data-testid="office-item" data-office-id={o.id}>
              <div>
                <b data-testid="office-item-label">{o.label}</b>
                {o.id === settings.activeOrganisationId && <span className="badge" data-testid="office-default"> (mặc định)</span>}
                <div className="muted">{o.organisation.issuingBody} · {o.organisation.symbolCode} · {o.organisation.signers.length} người ký</div>
              </div>
              {confirmDelete === o.id ? (
                <span role="group" aria-label={`Xác nhận xóa ${o.label}`}>
                  Xóa “{o.label}”? Các kế hoạch đã soạn không bị ảnh hưởng.{' '}
                  <button className="danger" data-testid="office-delete-confirm" onClick={() => void apply(deleteProfile(settings, o.id)).then(() => setConfirmDelete(null))}>Xóa</button>
                  <button data-testid="office-delete-cancel" onClick={() => setConfirmDelete(null)}>Không xóa</button>
                </span>
              ) : (
                <span>
                  <button data-testid="office-edit" onClick={() => setEditing(structuredClone(o))}>Sửa</button>
                  {o.id !== settings.activeOrganisationId && <button data-testid="office-make-default" onClick={() => void apply({ organisations: settings.organisations, activeOrganisationId: o.id })}>Đặt làm mặc định</button>}
                  <button className="danger" data-testid="office-delete" onClick={() => setConfirmDelete(o.id)}>Xóa</button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <OfficeEditor key={editing.id} profile={editing} busy={busy} onCancel={() => setEditing(null)} onSave={(p) => void apply(saveProfile(settings, p)).then((ok) => ok && setEditing(null))} />
      ) : (
        <button data-testid="office-add" onClick={() => setEditing(newProfile())}>+ Thêm cơ quan</button>
      )}
      <div className="form-actions">
        <button data-testid="settings-close" onClick={props.onClose}>Quay lại</button>
        {props.onLibrary && <button data-testid="settings-library" onClick={props.onLibrary}>Thư viện văn bản…</button>}
      </div>
    </main>
  );
}
