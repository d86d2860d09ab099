import type { z } from 'zod';
import type { DocumentRef } from '../model/document-ref';
import { type Plan, type Section, planSchema } from '../model/plan';
import { getProfile } from '../profiles/profile';
import { type BaseAnswer, type TemplateAnswers, answersSchema, fieldsSchema, toPlanDate } from './answers';
import { toTemplateError } from './handlebars-errors';
import { type HelperMap, createHelpers } from './helpers';
import type { TemplateManifest, TemplateSectionSpec } from './manifest';
import { MARKER_OPEN, stripMarkerChars } from './markers';
import { parseInlineText, parseSectionText } from './parse-section-text';
import { TemplateError } from './template-error';
import { type ViIssue, firstIssue, formatPath, viErrorMap } from './vi-issues';

/** A template read from disk (or anywhere): its manifest and the text of every body file. */
export interface LoadedTemplate {
  manifest: TemplateManifest;
  /** Where the manifest lives, for error messages. */
  manifestPath: string;
  /** Body files by their path relative to the template folder. */
  bodies: Record<string, { path: string; source: string }>;
  /** Line and column of a value in manifest.json (for errors in section titles). */
  locate?: (path: ReadonlyArray<string | number>) => { line: number; column: number } | undefined;
}

/** The answers do not fit the template: names the field (`bases[0].date`) and says what is wrong. */
export class AnswersError extends Error {
  constructor(
    readonly issue: ViIssue,
    /** The same path as keys and indexes, to find the line in answers.json. */
    readonly segments: Array<string | number> = [],
  ) {
    super(issue.path === '' ? issue.message : `trường "${issue.path}": ${issue.message}`);
    this.name = 'AnswersError';
  }
}

export interface InstantiateOptions {
  /** Id generator (tests pass a deterministic one). */
  newId?: () => string;
}

/**
 * The Handlebars compiler, injected: core stays free of the handlebars package (lint-layers),
 * electron/services/template-handlebars.ts provides it with noEscape, strict, knownHelpersOnly.
 * Given the helpers of one instantiation, returns a compile function.
 */
export type CreateCompiler = (helpers: HelperMap) => (source: string) => (context: unknown, data: Record<string, unknown>) => string;

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, prefix: Array<string | number> = []): T {
  const result = schema.safeParse(value, { error: viErrorMap });
  if (result.success) return result.data;
  const issue = firstIssue(result.error);
  const segments = [...prefix, ...((result.error.issues[0]?.path ?? []) as Array<string | number>)];
  throw new AnswersError({ path: formatPath(segments), message: issue.message }, segments);
}

/** Strings typed by people must not carry marker characters (they would forge references). */
function sanitize(value: unknown): unknown {
  if (typeof value === 'string') return stripMarkerChars(value);
  if (Array.isArray(value)) return value.map(sanitize);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitize(v)]));
  return value;
}

/** Bases get stable ids (`base-1`, its parent `base-1-up-1`) unless the answers give them. */
function withIds(bases: BaseAnswer[]): DocumentRef[] {
  const used = new Set<string>();
  const assign = (doc: BaseAnswer, fallback: string): DocumentRef => {
    let id = doc.id ?? fallback;
    while (used.has(id)) id = `${id}-x`;
    used.add(id);
    const { implements: parent, ...rest } = doc;
    const out: DocumentRef = { ...rest, id };
    if (parent) out.implements = assign(parent, `${fallback}-up`);
    return out;
  };
  return bases.map((doc, i) => assign(doc, `base-${i + 1}`));
}

const truthy = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : Boolean(value);

const defaultNewId = (): string => globalThis.crypto.randomUUID();

/** Builds a plan from a template and answers; throws AnswersError or TemplateError, never returns half a plan. */
export function instantiateTemplate(template: LoadedTemplate, rawAnswers: unknown, createCompiler: CreateCompiler, options: InstantiateOptions = {}): Plan {
  const { manifest } = template;
  const newId = options.newId ?? defaultNewId;
  const answers: TemplateAnswers = parseOrThrow(answersSchema, rawAnswers);
  const fields = sanitize(parseOrThrow(fieldsSchema(manifest.fields), answers.fields, ['fields'])) as Record<string, unknown>;

  const regimeName = (r: string): string => (r === 'dang' ? 'cơ quan Đảng' : 'cơ quan nhà nước');
  if (answers.organisation.regime !== manifest.regime)
    throw new AnswersError(
      {
        path: 'organisation.regime',
        message: `mẫu "${manifest.name}" dành cho ${regimeName(manifest.regime)}, còn tổ chức là ${regimeName(answers.organisation.regime)}; hãy chọn mẫu khác`,
      },
      ['organisation', 'regime'],
    );
  if (answers.profile && getProfile(answers.profile).regime !== manifest.regime)
    throw new AnswersError({ path: 'profile', message: `thể thức "${answers.profile}" không dùng cho ${regimeName(manifest.regime)}` }, ['profile']);
  const orgProfile = answers.organisation.defaultProfile;
  const profile = answers.profile ?? (getProfile(orgProfile).regime === manifest.regime ? orgProfile : manifest.defaultProfile);

  const signature = answers.signature ?? answers.organisation.signers[0];
  if (!signature)
    throw new AnswersError({ path: 'signature', message: 'thiếu người ký; hãy điền "signature" hoặc thêm người ký vào "organisation.signers"' }, ['organisation', 'signers']);

  const bases = withIds(answers.bases);
  const compile = createCompiler(createHelpers(bases));
  const compiled = new Map<string, (context: unknown, data: Record<string, unknown>) => string>();
  const render = (file: string, source: string, context: unknown, data: Record<string, unknown>, jsonPath?: Array<string | number>): string => {
    try {
      let fn = compiled.get(source);
      if (!fn) {
        fn = compile(source);
        compiled.set(source, fn);
      }
      return fn(context, data);
    } catch (err) {
      if (!jsonPath) throw toTemplateError(err, file, source);
      // A title lives inside manifest.json: report the title's own line there.
      const inner = toTemplateError(err, file, source);
      const at = template.locate?.(jsonPath);
      throw new TemplateError(file, `Tiêu đề "${source}": ${inner.messageVi}`, at?.line, at?.column);
    }
  };
  const body = (rel: string): { path: string; source: string } => {
    const found = template.bodies[rel];
    if (!found) throw new TemplateError(template.manifestPath, `Không tìm thấy tệp thân "${rel}". Hãy tạo tệp hoặc sửa đường dẫn trong manifest.json.`);
    return found;
  };
  const rootData = { root: fields, index: 0, first: true, last: true };

  const buildSections = (specs: TemplateSectionSpec[], context: unknown, path: Array<string | number>): Section[] => {
    const out: Section[] = [];
    specs.forEach((spec, i) => {
      const where = [...path, i];
      if (spec.presence === 'optional' && spec.when !== undefined && !truthy(fields[spec.when])) return;
      if (spec.presence === 'optional' && spec.unless !== undefined && truthy(fields[spec.unless])) return;
      if (spec.presence !== 'repeatable') {
        out.push(buildOne(spec, context, rootData, where));
        return;
      }
      const name = spec.repeat as string;
      const own = context && typeof context === 'object' && name in (context as object) ? (context as Record<string, unknown>)[name] : undefined;
      const list = own ?? fields[name];
      if (!Array.isArray(list))
        throw new TemplateError(
          template.manifestPath,
          `Mục "${spec.key}" lặp theo "${name}" nhưng đó không phải một trường danh sách (string[] hoặc object[]). Hãy sửa "repeat" của mục này.`,
          template.locate?.([...where, 'repeat'])?.line,
        );
      list.forEach((item, index) =>
        out.push(buildOne(spec, item, { root: fields, index, first: index === 0, last: index === list.length - 1 }, where)),
      );
    });
    return out;
  };

  const buildOne = (spec: TemplateSectionSpec, context: unknown, data: Record<string, unknown>, where: Array<string | number>): Section => {
    const title = render(template.manifestPath, spec.title, context, data, [...where, 'title']).replace(/\s+/g, ' ').trim();
    if (title.includes(MARKER_OPEN))
      throw new TemplateError(
        template.manifestPath,
        `Tiêu đề mục "${spec.key}" không được chứa tham chiếu ({{cite}}, {{org}}…): tiêu đề là chữ thường. Hãy bỏ tham chiếu khỏi tiêu đề.`,
        template.locate?.([...where, 'title'])?.line,
      );
    const file = spec.body ? body(spec.body) : undefined;
    const blocks = file ? parseSectionText(render(file.path, file.source, context, data)) : [];
    const itemRunIn = context && typeof context === 'object' && typeof (context as { runIn?: unknown }).runIn === 'boolean' ? (context as { runIn: boolean }).runIn : undefined;
    // A numbered item with no heading text reads as "1. Nâng cao nhận thức…": run the number in.
    const runIn = itemRunIn ?? spec.runIn ?? (title === '' && blocks.length > 0);
    const section: Section = { id: newId(), key: spec.key, title, body: blocks, children: buildSections(spec.children ?? [], context, [...where, 'children']) };
    if (runIn) section.runIn = true;
    if (spec.childNumbering) section.childNumbering = spec.childNumbering;
    return section;
  };

  const summaryFile = body(manifest.summary);
  const preambleFile = body(manifest.preamble);
  const summary = parseInlineText(render(summaryFile.path, summaryFile.source, fields, rootData));
  const preamble = parseSectionText(render(preambleFile.path, preambleFile.source, fields, rootData));
  const sections = buildSections(manifest.sections, fields, ['sections']);

  const plan: Plan = {
    id: newId(),
    templateId: manifest.id,
    profile,
    type: manifest.planType,
    number: answers.number ?? '',
    date: toPlanDate(answers.date),
    organisation: answers.organisation,
    bases,
    summary,
    preamble,
    sections,
    recipients: answers.recipients ?? [],
    signature,
    marks: answers.marks ?? {},
    options: { mirrorMargins: answers.mirrorMargins ?? false, ...(manifest.levels ? { levels: manifest.levels } : {}), ...(manifest.headings ? { headings: manifest.headings } : {}) },
  };
  if (answers.authorLine) plan.authorLine = answers.authorLine;

  const checked = planSchema.safeParse(plan, { error: viErrorMap });
  if (!checked.success) {
    const issue = firstIssue(checked.error);
    throw new TemplateError(template.manifestPath, `Mẫu tạo ra kế hoạch không hợp lệ ở trường "${issue.path}": ${issue.message}. Hãy sửa mẫu.`);
  }
  return plan;
}
