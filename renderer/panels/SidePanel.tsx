import { memo, useEffect, useMemo, useState } from 'react';
import { citationNotices } from '../../core/render/notices';
import { useSettledValue } from '../preview/useSettledValue';
import { whenIdle } from '../preview/idle';
import type { Signer } from '../../core/model';
import { type Plan, PROFILE_IDS, type ProfileId, URGENCY_MARKS } from '../../core/model';
import { getProfile } from '../../core/profiles/profile';
import type { PlanWording } from '../../core/model/wording';
import { RecipientsEditor } from './RecipientsEditor';
import { WordingPanel } from './WordingPanel';

/**
 * What the citation engine could not do as asked (a short name never introduced or used before it
 * is, a reference to a removed document), each as one Vietnamese sentence saying what to do.
 * Shown above the panels so it is seen from the outline too; worked out after typing pauses,
 * as the preview is, since it resolves the whole plan.
 */
export function CitationNoticesBox({ plan }: { plan: Plan }) {
  const settled = useSettledValue(plan, 300);
  // Not before the plan is first on screen: opening a long plan draws its text first.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => whenIdle(() => setDrawn(true), 300), []);
  const notices = useMemo(() => (drawn ? citationNotices(settled) : []), [drawn, settled]);
  if (notices.length === 0) return null;
  return (
    <div className="warning citation-notices" role="status" data-testid="citation-notices">
      <b>Lưu ý về trích dẫn</b>
      <ul>
        {notices.map((n) => <li key={`${n.kind}:${n.documentId ?? ''}`} data-testid="citation-notice">{n.message}</li>)}
      </ul>
    </div>
  );
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

interface SidePanelProps {
  plan: Plan;
  extraSigners: Signer[];
  /** Applies a change to the latest plan (this panel may hold a copy with older body text). */
  onPatch(patch: Partial<Plan>): void;
  /** The opening and summary recomposed from these parts, as one undoable edit. */
  onRecompose(wording: PlanWording): void;
}

/**
 * The panel shows no section text: typing in a section does not re-render it. It does follow the
 * opening and the summary, to say when they were edited by hand before they are recomposed.
 */
const BODY_FIELDS = new Set<string>(['sections']);
const sameFacts = (a: SidePanelProps, b: SidePanelProps): boolean =>
  a.extraSigners === b.extraSigners &&
  a.onPatch === b.onPatch &&
  a.onRecompose === b.onRecompose &&
  (Object.keys(b.plan) as Array<keyof Plan>).every((k) => BODY_FIELDS.has(k) || a.plan[k] === b.plan[k]) &&
  Object.keys(a.plan).length === Object.keys(b.plan).length;

/**
 * Facts of the document that are not body text: number (or blank), date with day and month
 * blankable, format profile, marks, signer, recipients. Every change is a patch of the plan.
 */
export const SidePanel = memo(function SidePanel(props: SidePanelProps) {
  const { plan } = props;
  const set = (patch: Partial<Plan>) => props.onPatch(patch);
  const profile = getProfile(plan.profile);
  const signers = [...plan.organisation.signers, ...props.extraSigners].filter(
    (s, i, all) => all.findIndex((o) => o.authority === s.authority && o.position === s.position && o.name === s.name) === i,
  );
  const numberValue = (v: string): number | null => (v === '' ? null : Number(v));
  return (
    <div className="side-panel" data-testid="side-panel">
      <fieldset>
        <legend>Số và ngày</legend>
        <label className="field">
          <span>Số văn bản (để trống nếu chưa có số)</span>
          <input data-testid="plan-number" inputMode="numeric" value={plan.number} placeholder="để trống" onChange={(e) => set({ number: e.target.value.replace(/\D/g, '') })} />
        </label>
        <div className="row">
          <label className="field compact">
            <span>Ngày</span>
            <select data-testid="plan-day" value={plan.date.day ?? ''} onChange={(e) => set({ date: { ...plan.date, day: numberValue(e.target.value) } })}>
              <option value="">(để trống)</option>
              {DAYS.map((d) => <option key={d} value={d}>{d}</option>)}
            </select>
          </label>
          <label className="field compact">
            <span>Tháng</span>
            <select data-testid="plan-month" value={plan.date.month ?? ''} onChange={(e) => set({ date: { ...plan.date, month: numberValue(e.target.value) } })}>
              <option value="">(để trống)</option>
              {MONTHS.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </label>
          <label className="field compact">
            <span>Năm</span>
            <input data-testid="plan-year" type="number" min={1945} max={2100} value={plan.date.year} onChange={(e) => { const y = Number(e.target.value); if (Number.isInteger(y) && y >= 1945 && y <= 2100) set({ date: { ...plan.date, year: y } }); }} />
          </label>
        </div>
        {plan.date.day !== null && plan.date.month !== null && plan.date.day > new Date(Date.UTC(plan.date.year, plan.date.month, 0)).getUTCDate() && (
          <p className="error" role="alert">Tháng {plan.date.month}/{plan.date.year} không có ngày {plan.date.day}. Hãy chọn lại ngày.</p>
        )}
      </fieldset>

      <fieldset>
        <legend>Thể thức</legend>
        <label className="field">
          <span>Quy định trình bày</span>
          <select data-testid="plan-profile" value={plan.profile} onChange={(e) => set({ profile: e.target.value as ProfileId })}>
            {PROFILE_IDS.map((id) => <option key={id} value={id}>{getProfile(id).name}</option>)}
          </select>
        </label>
        <label className="field">
          <span>Cỡ chữ nội dung</span>
          <select data-testid="plan-body-size" value={plan.options.bodySizePt ?? profile.body.sizePt} onChange={(e) => set({ options: { ...plan.options, bodySizePt: Number(e.target.value) } })}>
            {Array.from({ length: profile.body.maxSizePt - profile.body.minSizePt + 1 }, (_, i) => profile.body.minSizePt + i).map((pt) => <option key={pt} value={pt}>{pt} pt</option>)}
          </select>
        </label>
        <label className="field">
          <span>Kết thúc văn bản bằng</span>
          <select data-testid="plan-final-mark" value={plan.options.finalMark ?? profile.body.finalMark} onChange={(e) => set({ options: { ...plan.options, finalMark: e.target.value as '.' | './.' } })}>
            <option value=".">dấu chấm “.”</option>
            <option value="./.">dấu “./.”</option>
          </select>
        </label>
        {profile.page.mirrorMarginsAllowed && (
          <label className="check">
            <input type="checkbox" data-testid="plan-mirror" checked={plan.options.mirrorMargins} onChange={(e) => set({ options: { ...plan.options, mirrorMargins: e.target.checked } })} />
            In hai mặt (lề trang sau đối xứng)
          </label>
        )}
      </fieldset>

      <fieldset>
        <legend>Dấu mức độ</legend>
        <label className="field">
          <span>Độ khẩn</span>
          <select data-testid="plan-urgency" value={plan.marks.urgency ?? ''} onChange={(e) => { const { urgency: _, ...rest } = plan.marks; set({ marks: e.target.value ? { ...rest, urgency: e.target.value as (typeof URGENCY_MARKS)[number] } : rest }); }}>
            <option value="">(không)</option>
            {URGENCY_MARKS.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
        </label>
        <label className="field">
          <span>Dự thảo lần (để trống nếu không phải dự thảo)</span>
          <input data-testid="plan-draft-number" type="number" min={1} value={plan.marks.draftNumber ?? ''} onChange={(e) => { const { draftNumber: _, ...rest } = plan.marks; const n = Number(e.target.value); set({ marks: e.target.value && Number.isInteger(n) && n >= 1 ? { ...rest, draftNumber: n } : rest }); }} />
        </label>
        <label className="field">
          <span>Dấu phạm vi lưu hành (ví dụ TÀI LIỆU HỘI NGHỊ)</span>
          <input data-testid="plan-circulation" value={plan.marks.circulation ?? ''} onChange={(e) => { const { circulation: _, ...rest } = plan.marks; const v = e.target.value.normalize('NFC'); set({ marks: v.trim() ? { ...rest, circulation: v } : rest }); }} />
        </label>
      </fieldset>

      <fieldset>
        <legend>Người ký</legend>
        {signers.length > 0 && (
          <label className="field">
            <span>Chọn người ký đã lưu</span>
            <select data-testid="signer-pick" value="" onChange={(e) => { const s = signers[Number(e.target.value)]; if (s) set({ signature: { ...s } }); }}>
              <option value="">(chọn…)</option>
              {signers.map((s, i) => <option key={i} value={i}>{[s.authority, s.position, s.name].filter(Boolean).join(' — ')}</option>)}
            </select>
          </label>
        )}
        <label className="field">
          <span>Thẩm quyền ký (T/M BAN THƯỜNG VỤ; để trống nếu thủ trưởng ký trực tiếp)</span>
          <input data-testid="signer-authority" value={plan.signature.authority} onChange={(e) => set({ signature: { ...plan.signature, authority: e.target.value.normalize('NFC') } })} />
        </label>
        <label className="field">
          <span>Chức vụ</span>
          <input data-testid="signer-position" value={plan.signature.position} onChange={(e) => set({ signature: { ...plan.signature, position: e.target.value.normalize('NFC') } })} />
        </label>
        <label className="field">
          <span>Họ và tên</span>
          <input data-testid="signer-name" value={plan.signature.name} onChange={(e) => set({ signature: { ...plan.signature, name: e.target.value.normalize('NFC') } })} />
        </label>
        {plan.organisation.regime === 'dang' && /^K\/T\b|^KT\./i.test(plan.signature.authority.trim()) && (
          <p className="warning" role="status">Cấp ủy Đảng ký “T/M”, không ký “K/T”. Hãy sửa thành “T/M BAN THƯỜNG VỤ” hoặc “T/M ĐẢNG ỦY”.</p>
        )}
      </fieldset>

      <fieldset>
        <legend>Nơi nhận</legend>
        <RecipientsEditor plan={plan} onChange={(recipients) => set({ recipients })} />
      </fieldset>

      <WordingPanel plan={plan} onApply={props.onRecompose} onCitationStyle={(citationStyle) => set({ organisation: { ...plan.organisation, citationStyle } })} />
    </div>
  );
}, sameFacts);
