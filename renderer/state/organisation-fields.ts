import { type Organisation, organisationSchema } from '../../core/model';

/**
 * The typed fields of an organisation, shared by the new-plan form and the settings screen so
 * both label, mark and check them alike. `required` mirrors organisationSchema.
 */
export type OrgFieldKey = 'superiorBody' | 'issuingBody' | 'symbolCode' | 'placeName' | 'collective' | 'archiveLine';

export const ORG_FIELDS: ReadonlyArray<{ key: OrgFieldKey; label: string; placeholder: string; required: boolean }> = [
  { key: 'superiorBody', label: 'Cơ quan cấp trên (chữ in hoa; để trống nếu không có)', placeholder: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', required: false },
  { key: 'issuingBody', label: 'Cơ quan ban hành (chữ in hoa)', placeholder: 'HUYỆN ỦY AN LÃO', required: true },
  { key: 'symbolCode', label: 'Ký hiệu cơ quan', placeholder: 'HU', required: true },
  { key: 'placeName', label: 'Địa danh ở dòng ngày tháng', placeholder: 'An Lão', required: true },
  { key: 'collective', label: 'Tập thể ban hành (như trong câu văn)', placeholder: 'Ban Thường vụ Huyện ủy', required: true },
  { key: 'archiveLine', label: 'Dòng lưu trữ', placeholder: 'Lưu Văn phòng Huyện ủy', required: true },
];

/** The message of each typed field that is wrong, to show next to it. Empty = all good. */
export function organisationFieldErrors(org: Organisation): Partial<Record<OrgFieldKey, string>> {
  const parsed = organisationSchema.safeParse(org);
  if (parsed.success) return {};
  const errors: Partial<Record<OrgFieldKey, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '') as OrgFieldKey;
    if (ORG_FIELDS.some((f) => f.key === key) && !errors[key]) errors[key] = `${issue.message}.`;
  }
  return errors;
}

/** The id of a field's error message, for aria-describedby. */
export const errorId = (prefix: string, key: string): string => `${prefix}-${key}-error`;
