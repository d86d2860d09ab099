import * as z from 'zod';
import { headingStyleSchema, type HeadingStyle, NUMBERING_STYLES, type NumberingStyle, PLAN_TYPES, type PlanType } from '../model/plan';
import { PROFILE_IDS, type ProfileId } from '../model/organisation';

/**
 * templates/<id>/manifest.json: what a template asks for and the shape of the plan it builds.
 * Bodies are Handlebars files next to the manifest; numbers never appear in them, numbering
 * comes from the section tree.
 */

export const FIELD_TYPES = ['string', 'text', 'number', 'boolean', 'date', 'string[]', 'object[]'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface TemplateField {
  /** Name used in the bodies: {{unitName}}, {{#each tasks}}. */
  name: string;
  /** Vietnamese label shown in the new-plan form and by `kehoach templates`. */
  label: string;
  type: FieldType;
  required?: boolean;
  default?: unknown;
  /** Hint for the form. */
  help?: string;
  /** The fields of each item of an `object[]`. */
  items?: TemplateField[];
}

export const SECTION_PRESENCE = ['required', 'optional', 'repeatable'] as const;
export type SectionPresence = (typeof SECTION_PRESENCE)[number];

export interface TemplateSectionSpec {
  key: string;
  /** Title as typed (Handlebars: may use fields, and item fields in a repeatable section). */
  title: string;
  presence: SectionPresence;
  /** optional: the section is kept when this field is truthy (non-empty). */
  when?: string;
  /** optional: the section is kept when this field is falsy (empty), e.g. a variant without goals. */
  unless?: string;
  /** repeatable: one section per item of this list field (looked up in the item, then the root). */
  repeat?: string;
  runIn?: boolean;
  childNumbering?: NumberingStyle;
  /** Body file, relative to the template folder: sections/<key>.hbs. */
  body?: string;
  children?: TemplateSectionSpec[];
}

export interface TemplateManifest {
  id: string;
  name: string;
  description?: string;
  planType: PlanType;
  /** Look per heading level (caps, bold, italic); default: the profile's. */
  headings?: HeadingStyle[];
  regime: 'dang' | 'nha-nuoc';
  defaultProfile: ProfileId;
  /** Numbering per heading level; default: the profile's. */
  levels?: NumberingStyle[];
  /** Body files of the summary and the opening, for templates that write them by hand (no `wording`). */
  summary?: string;
  preamble?: string;
  /**
   * The parts the summary and opening are composed from (core/compose), over the regime's
   * defaults. String values are Handlebars, rendered with the fields: "verb": "{{issueVerb}}".
   */
  wording?: ManifestWording;
  fields: TemplateField[];
  sections: TemplateSectionSpec[];
}

export interface ManifestWording {
  opening?: Record<string, string | number | boolean>;
  summary?: Record<string, string | number | boolean>;
  subject?: string;
}

const wordingValues = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
const manifestWordingSchema = z.strictObject({ opening: wordingValues.optional(), summary: wordingValues.optional(), subject: z.string().optional() });

const identifier = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Tên trường chỉ gồm chữ cái Latin không dấu, chữ số và "_", bắt đầu bằng chữ cái');

const bodyPath = z
  .string()
  .regex(/^[A-Za-z0-9_\-/]+\.hbs$/, 'Đường dẫn tệp thân phải là tệp .hbs trong thư mục mẫu, ví dụ sections/muc-dich.hbs')
  .refine((p) => !p.split('/').includes('..') && !p.startsWith('/'), 'Đường dẫn tệp thân không được ra ngoài thư mục mẫu');

export const templateFieldSchema: z.ZodType<TemplateField> = z.lazy(() =>
  z
    .strictObject({
      name: identifier,
      label: z.string().min(1, 'Thiếu nhãn tiếng Việt của trường'),
      type: z.enum(FIELD_TYPES),
      required: z.boolean().optional(),
      default: z.unknown().optional(),
      help: z.string().optional(),
      items: z.array(templateFieldSchema).optional(),
    })
    .refine((f) => f.type !== 'object[]' || (f.items !== undefined && f.items.length > 0), {
      message: 'Trường kiểu object[] phải khai báo "items"',
      path: ['items'],
    }),
);

export const templateSectionSchema: z.ZodType<TemplateSectionSpec> = z.lazy(() =>
  z
    .strictObject({
      key: z.string().regex(/^[a-z0-9-]+$/, 'Khoá mục chỉ gồm chữ thường không dấu, chữ số và "-"'),
      title: z.string(),
      presence: z.enum(SECTION_PRESENCE),
      when: identifier.optional(),
      unless: identifier.optional(),
      repeat: identifier.optional(),
      runIn: z.boolean().optional(),
      childNumbering: z.enum(NUMBERING_STYLES).optional(),
      body: bodyPath.optional(),
      children: z.array(templateSectionSchema).optional(),
    })
    .refine((s) => s.presence !== 'repeatable' || s.repeat !== undefined, {
      message: 'Mục lặp lại (repeatable) phải có "repeat": tên trường danh sách',
      path: ['repeat'],
    })
    .refine((s) => s.presence === 'repeatable' || s.repeat === undefined, {
      message: '"repeat" chỉ dùng cho mục repeatable',
      path: ['repeat'],
    })
    .refine((s) => s.presence === 'optional' || (s.when === undefined && s.unless === undefined), {
      message: '"when" và "unless" chỉ dùng cho mục optional',
      path: ['presence'],
    }),
);

export const templateManifestSchema: z.ZodType<TemplateManifest> = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'Mã mẫu chỉ gồm chữ thường không dấu, chữ số và "-"'),
    name: z.string().min(1, 'Thiếu tên mẫu'),
    description: z.string().optional(),
    planType: z.enum(PLAN_TYPES),
    headings: z.array(headingStyleSchema).min(1).optional(),
    regime: z.enum(['dang', 'nha-nuoc']),
    defaultProfile: z.enum(PROFILE_IDS),
    levels: z.array(z.enum(NUMBERING_STYLES)).min(1).optional(),
    summary: bodyPath.optional(),
    preamble: bodyPath.optional(),
    wording: manifestWordingSchema.optional(),
    fields: z.array(templateFieldSchema),
    sections: z.array(templateSectionSchema).min(1, 'Mẫu phải có ít nhất một mục'),
  })
  .superRefine((m, ctx) => {
    if (!m.wording && (!m.summary || !m.preamble))
      ctx.addIssue({ code: 'custom', message: 'Mẫu phải có "wording" (câu mở đầu và trích yếu ghép từ các phần) hoặc cả hai tệp "summary" và "preamble"', path: ['wording'] });
    const names = new Set<string>();
    m.fields.forEach((f, i) => {
      if (names.has(f.name)) ctx.addIssue({ code: 'custom', message: `Trường "${f.name}" khai báo hai lần`, path: ['fields', i, 'name'] });
      names.add(f.name);
    });
    const itemNames = new Set<string>();
    const collect = (fields: TemplateField[]): void =>
      fields.forEach((f) => {
        itemNames.add(f.name);
        collect(f.items ?? []);
      });
    collect(m.fields);
    const keys = new Set<string>();
    const visit = (sections: TemplateSectionSpec[], path: (string | number)[]): void =>
      sections.forEach((s, i) => {
        const here = [...path, i];
        if (keys.has(s.key)) ctx.addIssue({ code: 'custom', message: `Khoá mục "${s.key}" dùng hai lần`, path: [...here, 'key'] });
        keys.add(s.key);
        for (const prop of ['when', 'unless', 'repeat'] as const) {
          const name = s[prop];
          // repeat may name a field of the enclosing item (an object[] item field).
          if (name !== undefined && !(prop === 'repeat' ? itemNames : names).has(name))
            ctx.addIssue({ code: 'custom', message: `"${prop}" trỏ tới trường "${name}" không khai báo trong "fields"`, path: [...here, prop] });
        }
        visit(s.children ?? [], [...here, 'children']);
      });
    visit(m.sections, ['sections']);
  }) as unknown as z.ZodType<TemplateManifest>;

/** Every body file a manifest refers to (summary, preamble, section bodies), relative to its folder. */
export function bodyFiles(manifest: TemplateManifest): string[] {
  const out = [manifest.summary, manifest.preamble].filter((f): f is string => f !== undefined);
  const visit = (sections: TemplateSectionSpec[]): void =>
    sections.forEach((s) => {
      if (s.body) out.push(s.body);
      visit(s.children ?? []);
    });
  visit(manifest.sections);
  return [...new Set(out)];
}
