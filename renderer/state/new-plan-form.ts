import type { OrganisationProfile, TemplateFieldInfo, TemplateSummary } from '../../core/ipc/api';
import {
  type NestedDocument,
  type Organisation,
  type PlanDate,
  type ProfileId,
  type RecipientGroup,
  type Signer,
  documentRefSchema,
  organisationSchema,
} from '../../core/model';
import { openingPartsSchema, summaryPartsSchema } from '../../core/model/wording';
import { cleanRecipients } from './recipient-groups-form';
import { defaultIdFactory, type IdFactory } from './section-ops';
import { NO_WORDING_CHOICES, type Wording, type WordingChoices, effectiveWording, templateWording, wordingAnswer } from './wording-form';

/**
 * The new-plan form as the user fills it in (strings, optional blanks), and its translation into
 * the answers object the template service accepts. Kept pure so the rules are tested without a DOM.
 */
export interface BaseForm {
  type: string;
  regime: 'dang' | 'nha-nuoc';
  number: string;
  symbol: string;
  /** ISO yyyy-mm-dd from the date input. */
  date: string;
  issuer: string;
  subject: string;
  shortName: string;
  /** The document this one implements (chained citation), or null. */
  parent: BaseForm | null;
}

export interface NewPlanForm {
  templateId: string;
  bases: BaseForm[];
  /** Chosen organisation profile from settings, or null when the user types one. */
  organisationId: string | null;
  organisation: Organisation;
  profile: ProfileId | '';
  number: string;
  year: number;
  /** null = left blank for signing. */
  day: number | null;
  month: number | null;
  signerIndex: number;
  /** The signer typed in the form, used when the organisation has no saved signers. */
  signer: Signer;
  /** Nơi nhận, from the saved organisation (lines as typed; cleaned in buildAnswers). */
  recipients: RecipientGroup[];
  fields: Record<string, FieldInput>;
  /** Opening sentence and summary parts the clerk changed (the rest: template, then regime defaults). */
  wording: WordingChoices;
}

/** A signer to start from: the usual authority and position of the regime; the clerk types the name. */
export function defaultSigner(regime: 'dang' | 'nha-nuoc'): Signer {
  return regime === 'dang' ? { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: '' } : { authority: '', position: 'TRƯỞNG PHÒNG', name: '' };
}

/** One list item of an object[] field, as typed. */
export type ItemInput = Record<string, string | boolean>;
export type FieldInput = string | boolean | ItemInput[];

/** Field info with its item fields (object[]), when the template service sends them. */
export type FieldInfo = TemplateFieldInfo & { items?: FieldInfo[] };

export function emptyFieldInput(field: FieldInfo): FieldInput {
  if (field.type === 'boolean') return false;
  if (field.type === 'object[]') return field.required ? [emptyItem(field)] : [];
  return '';
}

/**
 * What stays of a field's input when the clerk switches to another template: same kind of
 * field, and for lists each item keeps the parts the new template also asks for.
 */
export function carryFieldInput(field: FieldInfo, previous: FieldInput | undefined): FieldInput {
  if (previous === undefined) return emptyFieldInput(field);
  if (field.type === 'object[]') {
    if (!Array.isArray(previous)) return emptyFieldInput(field);
    return previous.map((item) => ({ ...emptyItem(field), ...Object.fromEntries(Object.entries(item).filter(([k]) => (field.items ?? []).some((f) => f.name === k))) }));
  }
  if (field.type === 'boolean') return typeof previous === 'boolean' ? previous : emptyFieldInput(field);
  return typeof previous === 'string' ? previous : emptyFieldInput(field);
}

export function emptyItem(field: FieldInfo): ItemInput {
  return Object.fromEntries((field.items ?? []).map((f) => [f.name, f.type === 'boolean' ? true : '']));
}

export interface NewPlanAnswers {
  profile?: ProfileId;
  organisation: Organisation;
  bases: NestedDocument[];
  number?: string;
  date: PlanDate;
  signature?: Signer;
  recipients?: RecipientGroup[];
  /** Only the parts the clerk changed (core/template/answers.ts `wording`). */
  wording?: ReturnType<typeof wordingAnswer>;
  fields: Record<string, unknown>;
}

export function emptyBase(regime: 'dang' | 'nha-nuoc' = 'dang'): BaseForm {
  return { type: 'Chỉ thị', regime, number: '', symbol: '', date: '', issuer: '', subject: '', shortName: '', parent: null };
}

export function emptyOrganisation(regime: 'dang' | 'nha-nuoc' = 'dang'): Organisation {
  return regime === 'dang'
    ? {
        superiorBody: '', issuingBody: '', symbolCode: '', placeName: '', collective: '', regime,
        defaultProfile: 'dang-hd05', citationStyle: { commaBeforeDate: true, dateStyle: 'numeric' },
        toneMarks: 'ủy', archiveLine: '', signers: [],
      }
    : {
        superiorBody: '', issuingBody: '', symbolCode: '', placeName: '', collective: '', regime,
        defaultProfile: 'nha-nuoc-nd30', citationStyle: { commaBeforeDate: false, dateStyle: 'numeric' },
        toneMarks: 'ủy', archiveLine: '', signers: [],
      };
}

export function initialForm(templates: TemplateSummary[], organisations: OrganisationProfile[], activeId: string | null, today: Date): NewPlanForm {
  const template = templates[0];
  const active = organisations.find((o) => o.id === activeId) ?? organisations[0];
  const regime = template?.regime ?? 'dang';
  return {
    templateId: template?.id ?? '',
    bases: [emptyBase(regime)],
    organisationId: active?.id ?? null,
    organisation: active ? structuredClone(active.organisation) : emptyOrganisation(regime),
    profile: '',
    number: '',
    year: today.getFullYear(),
    // Drafts are usually printed before the day is known: blank by default.
    day: null,
    month: null,
    signerIndex: 0,
    signer: defaultSigner(regime),
    recipients: structuredClone(active?.recipients ?? []),
    fields: Object.fromEntries((template?.fields ?? []).map((f) => [f.name, emptyFieldInput(f)])),
    wording: NO_WORDING_CHOICES,
  };
}

const trim = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export function baseToDocumentRef(base: BaseForm, newId: IdFactory = defaultIdFactory): NestedDocument {
  const ref: NestedDocument = {
    id: newId(),
    type: trim(base.type),
    regime: base.regime,
    number: trim(base.number),
    symbol: trim(base.symbol),
    date: base.date,
    issuer: trim(base.issuer),
    subject: trim(base.subject),
  };
  if (trim(base.shortName)) ref.shortName = trim(base.shortName);
  if (base.parent) ref.implements = baseToDocumentRef(base.parent, newId);
  return ref;
}

/**
 * A field as the template service wants it: numbers as numbers, lists one item per line, text
 * as typed (NFC). Undefined = left empty and optional, so the manifest default applies.
 */
function fieldValue(info: FieldInfo | undefined, raw: FieldInput): unknown {
  if (typeof raw === 'boolean') return raw;
  if (Array.isArray(raw)) {
    const items = raw
      .map((item) =>
        Object.fromEntries(
          Object.entries(item)
            // Parts typed for another template's list of the same name are not sent (the service refuses unknown parts).
            .filter(([k]) => !info?.items || info.items.some((f) => f.name === k))
            .map(([k, v]) => [k, fieldValue(info?.items?.find((f) => f.name === k), v)] as const)
            .filter(([, v]) => v !== undefined),
        ),
      )
      .filter((item) => Object.values(item).some((v) => typeof v !== 'boolean' && (Array.isArray(v) ? v.length > 0 : v !== '')));
    return items.length === 0 && !info?.required ? undefined : items;
  }
  if (info?.type === 'string[]') {
    const items = raw.split(/\r?\n/).map(trim).filter(Boolean);
    return items.length === 0 && !info.required ? undefined : items;
  }
  const value = info?.type === 'text' ? raw.normalize('NFC').trim() : trim(raw);
  if (value === '' && !info?.required) return undefined;
  if (info?.type === 'number' && value !== '' && !Number.isNaN(Number(value))) return Number(value);
  return value;
}

/** A field's value as instantiation sees it: as typed, or the manifest default when left empty. */
function valueWithDefault(info: FieldInfo, raw: FieldInput | undefined): unknown {
  const typed = raw === undefined ? undefined : fieldValue(info, raw);
  if (typed !== undefined) return typed;
  if (info.default !== undefined) return info.default;
  if (info.type === 'number') return 0;
  if (info.type === 'boolean') return false;
  return info.type === 'string[]' || info.type === 'object[]' ? [] : '';
}

/** The template's fields as its `wording` values are rendered with. */
export function fieldValues(form: NewPlanForm, template: TemplateSummary | undefined): Record<string, unknown> {
  return Object.fromEntries(((template?.fields ?? []) as FieldInfo[]).map((f) => [f.name, valueWithDefault(f, form.fields[f.name])]));
}

/** What prints before the clerk's choices (regime defaults, then the template's parts with the fields typed). */
export function templateWordingOf(form: NewPlanForm, template: TemplateSummary | undefined): Wording {
  return templateWording(form.organisation.regime, template?.wording, fieldValues(form, template));
}

/** Every opening and summary part as the plan will be composed. */
export function formWording(form: NewPlanForm, template: TemplateSummary | undefined): Wording {
  return effectiveWording(templateWordingOf(form, template), form.wording);
}

export function buildAnswers(form: NewPlanForm, template: TemplateSummary | undefined, newId: IdFactory = defaultIdFactory): NewPlanAnswers {
  const answers: NewPlanAnswers = {
    organisation: form.organisation,
    bases: form.bases.map((b) => baseToDocumentRef(b, newId)),
    date: { day: form.day, month: form.month, year: form.year },
    fields: Object.fromEntries(
      Object.entries(form.fields)
        .map(([name, raw]) => [name, fieldValue(template?.fields.find((f) => f.name === name), raw)] as const)
        .filter(([, value]) => value !== undefined),
    ),
  };
  if (form.profile) answers.profile = form.profile;
  // Only a template that composes its opening from parts takes them (a hand-written one would ignore them).
  const wording = template?.wording ? wordingAnswer(form.wording) : undefined;
  if (wording) answers.wording = wording;
  if (trim(form.number)) answers.number = trim(form.number);
  const recipients = cleanRecipients(form.recipients);
  if (recipients.length > 0) answers.recipients = recipients;
  const signer = form.organisation.signers[form.signerIndex];
  answers.signature = signer ?? {
    authority: trim(form.signer.authority).toLocaleUpperCase('vi'),
    position: trim(form.signer.position).toLocaleUpperCase('vi'),
    name: trim(form.signer.name),
  };
  return answers;
}

const ORG_LABELS: Record<string, string> = {
  superiorBody: 'Cơ quan cấp trên',
  issuingBody: 'Tên cơ quan ban hành',
  symbolCode: 'Ký hiệu cơ quan',
  placeName: 'Địa danh',
  collective: 'Tập thể ban hành',
  archiveLine: 'Dòng lưu trữ',
};

function baseErrors(base: BaseForm, label: string): string[] {
  const errors: string[] = [];
  const parsed = documentRefSchema.safeParse(baseToDocumentRef({ ...base, parent: null }, () => 'check'));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // An empty date gets its own message below instead of two format errors.
      if (base.date === '' && issue.path[0] === 'date') continue;
      errors.push(`${label}: ${issue.message}`);
    }
  }
  if (base.date === '') errors.push(`${label}: chưa có ngày ban hành. Hãy chọn ngày trên văn bản.`);
  if (!trim(base.number) && base.regime === 'dang') errors.push(`${label}: chưa có số văn bản (ví dụ 32).`);
  if (base.parent) errors.push(...baseErrors(base.parent, `${label} — văn bản mà nó thực hiện`));
  return [...new Set(errors)];
}

export type BaseFieldKey = 'type' | 'number' | 'symbol' | 'issuer' | 'subject';

/**
 * The errors of one document's own inputs, to show next to them (the list above the button keeps
 * them all, the date's included). Same rules as validateNewPlanForm.
 */
export function baseFieldErrors(base: BaseForm): Partial<Record<BaseFieldKey, string>> {
  const errors: Partial<Record<BaseFieldKey, string>> = {};
  const parsed = documentRefSchema.safeParse(baseToDocumentRef({ ...base, parent: null }, () => 'check'));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '') as BaseFieldKey;
      if (['type', 'number', 'symbol', 'issuer', 'subject'].includes(key) && !errors[key]) errors[key] = `${issue.message}.`;
    }
  }
  if (!trim(base.number) && base.regime === 'dang' && !errors.number) errors.number = 'Chưa có số văn bản (ví dụ 32).';
  return errors;
}

/** Everything wrong with the form, in Vietnamese, each saying what to fix. Empty = ready. */
export function validateNewPlanForm(form: NewPlanForm, template: TemplateSummary | undefined): string[] {
  const errors: string[] = [];
  if (!template) errors.push('Chưa chọn mẫu kế hoạch. Hãy chọn một mẫu trong danh sách.');
  if (form.bases.length === 0) errors.push('Kế hoạch phải căn cứ ít nhất một văn bản. Hãy thêm văn bản căn cứ.');
  form.bases.forEach((base, i) => errors.push(...baseErrors(base, `Văn bản căn cứ ${i + 1}`)));
  const org = organisationSchema.safeParse(form.organisation);
  if (!org.success) {
    for (const issue of org.error.issues) {
      const key = String(issue.path[0] ?? '');
      errors.push(`Cơ quan ban hành: ${issue.message}${ORG_LABELS[key] && !issue.message.startsWith('Thiếu') ? ` (${ORG_LABELS[key]})` : ''}.`);
    }
  }
  if (form.organisation.signers.length === 0 && !trim(form.signer.position)) {
    errors.push('Chưa có chức vụ người ký (ví dụ PHÓ BÍ THƯ). Hãy điền ở phần “Người ký”.');
  }
  if (template?.wording) {
    // A part left empty cannot be composed: say which, as the engine would.
    const wording = formWording(form, template);
    for (const [schema, parts] of [[openingPartsSchema, wording.opening], [summaryPartsSchema, wording.summary]] as const) {
      const checked = schema.safeParse(parts);
      if (!checked.success) for (const issue of checked.error.issues) errors.push(`Câu mở đầu và trích yếu: ${issue.message}.`);
    }
  }
  if (!Number.isInteger(form.year) || form.year < 1945 || form.year > 2100) errors.push('Năm ban hành không hợp lệ. Hãy gõ năm có 4 chữ số, ví dụ 2024.');
  if ((form.day === null) !== (form.month === null) && form.day !== null) {
    // A day without a month cannot be printed; a month with a blank day can (ngày … tháng 5).
    errors.push('Đã có ngày nhưng chưa có tháng. Hãy chọn tháng, hoặc để trống cả ngày.');
  }
  if (form.day !== null && form.month !== null) {
    const last = new Date(Date.UTC(form.year, form.month, 0)).getUTCDate();
    if (form.day > last) errors.push(`Tháng ${form.month}/${form.year} không có ngày ${form.day}. Hãy sửa ngày ký.`);
  }
  if (trim(form.number) && !/^\d+$/.test(trim(form.number))) errors.push('Số văn bản chỉ gồm chữ số. Để trống nếu chưa có số.');
  for (const field of (template?.fields ?? []) as FieldInfo[]) {
    const value = form.fields[field.name];
    if (field.type === 'object[]') {
      const filled = fieldValue(field, value ?? []);
      if (field.required && (!Array.isArray(filled) || filled.length === 0)) errors.push(`Chưa điền “${field.label}”. Hãy thêm ít nhất một mục.`);
      (Array.isArray(value) ? value : []).forEach((item, i) => {
        for (const sub of field.items ?? []) {
          const v = item[sub.name];
          if (sub.required && sub.type !== 'boolean' && (typeof v !== 'string' || !trim(v))) errors.push(`“${field.label}”, mục ${i + 1}: chưa điền “${sub.label}”.`);
        }
      });
      continue;
    }
    if (field.required && (value === undefined || (typeof value === 'string' && !trim(value)))) {
      errors.push(`Chưa điền “${field.label}”. Hãy điền trước khi tạo kế hoạch.`);
    }
    if (field.type === 'number' && typeof value === 'string' && trim(value) && Number.isNaN(Number(value))) {
      errors.push(`“${field.label}” phải là số.`);
    }
  }
  return errors;
}
