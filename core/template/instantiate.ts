import * as z from 'zod';
import { flattenNested } from '../model/document-set';
import { type Plan, type Section, planSchema } from '../model/plan';
import { type OpeningParts, type PlanWording, type SummaryParts, openingPartsSchema, summaryPartsSchema } from '../model/wording';
import { OPENING_DEFAULTS, SUMMARY_DEFAULTS } from '../compose/defaults';
import { composeOpening, composeSummary } from '../compose/opening';
import { getProfile } from '../profiles/profile';
import { type TemplateAnswers, answersSchema, fieldsSchema, toPlanDate } from './answers';
import { toTemplateError } from './handlebars-errors';
import { type HelperMap, createHelpers } from './helpers';
import type { ManifestWording, TemplateManifest, TemplateSectionSpec } from './manifest';
import { MARKER_OPEN, stripMarkerChars } from './markers';
import { parseInlineText, parseSectionText } from './parse-section-text';
import { TemplateError } from './template-error';
import { createAppendix, taskTable } from '../model/appendix';
import { tasksFromImplementation } from '../render/task-rows';
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

function parseOrThrow<T>(schema: z.core.$ZodType<T>, value: unknown, prefix: Array<string | number> = []): T {
  const result = z.safeParse(schema, value, { error: viErrorMap });
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

  const known = new Set<string>();
  const collectKeys = (specs: TemplateSectionSpec[]): void => specs.forEach((spec) => (known.add(spec.key), collectKeys(spec.children ?? [])));
  collectKeys(manifest.sections);
  const omitted = new Set(answers.omitSections ?? []);
  (answers.omitSections ?? []).forEach((key, i) => {
    if (!known.has(key))
      throw new AnswersError(
        { path: `omitSections[${i}]`, message: `mẫu "${manifest.name}" không có mục "${key}"; các mục có thể bỏ: ${[...known].join(', ')}` },
        ['omitSections', i],
      );
  });

  // Bases and the documents they implement become one set (the same document typed twice is one).
  const { documents, baseIds } = flattenNested(answers.bases);
  const set = { documents, baseIds };
  const compile = createCompiler(createHelpers(set));
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
      if (omitted.has(spec.key)) return;
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

  let summary: Plan['summary'];
  let preamble: Plan['preamble'];
  let wording: PlanWording | undefined;
  if (manifest.wording) {
    wording = composeWording(manifest.wording, answers, (value, key) => render(template.manifestPath, value, fields, rootData, ['wording', ...key]));
    summary = composeSummary(wording.summary, (wording.subject ?? '').trim() !== '');
    preamble = composeOpening(wording.opening, baseIds);
  } else {
    const summaryFile = body(manifest.summary ?? 'summary.hbs');
    const preambleFile = body(manifest.preamble ?? 'preamble.hbs');
    summary = parseInlineText(render(summaryFile.path, summaryFile.source, fields, rootData));
    preamble = parseSectionText(render(preambleFile.path, preambleFile.source, fields, rootData));
  }
  const sections = buildSections(manifest.sections, fields, ['sections']);

  const plan: Plan = {
    id: newId(),
    templateId: manifest.id,
    profile,
    type: manifest.planType,
    number: answers.number ?? '',
    date: toPlanDate(answers.date),
    organisation: answers.organisation,
    documents,
    baseIds,
    ...(wording ? { wording } : {}),
    summary,
    preamble,
    sections,
    recipients: answers.recipients ?? [],
    signature,
    marks: answers.marks ?? {},
    options: { mirrorMargins: answers.mirrorMargins ?? false, ...(manifest.levels ? { levels: manifest.levels } : {}), ...(manifest.headings ? { headings: manifest.headings } : {}) },
  };
  if (answers.authorLine) plan.authorLine = answers.authorLine;
  if (answers.taskAppendix) {
    const t = answers.taskAppendix;
    plan.appendices = [
      createAppendix('phu-luc-1', answers.organisation.citationStyle.commaBeforeDate, {
        title: t.title ?? 'Phân công nhiệm vụ thực hiện',
        orientation: t.orientation ?? 'landscape',
        body: [taskTable(t.tasks ?? tasksFromImplementation(plan))],
        kind: 'tasks',
      }),
    ];
  }

  const checked = planSchema.safeParse(plan, { error: viErrorMap });
  if (!checked.success) {
    const issue = firstIssue(checked.error);
    throw new TemplateError(template.manifestPath, `Mẫu tạo ra kế hoạch không hợp lệ ở trường "${issue.path}": ${issue.message}. Hãy sửa mẫu.`);
  }
  return plan;
}

type RenderWording = (value: string, key: Array<string | number>) => string;

/** Regime defaults, then the template's parts (Handlebars strings rendered with the fields), then the answers. */
function composeWording(manifestWording: ManifestWording, answers: TemplateAnswers, renderValue: RenderWording): PlanWording {
  const regime = answers.organisation.regime;
  const rendered = (part: 'opening' | 'summary'): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(manifestWording[part] ?? {}).map(([key, value]) => {
        if (typeof value !== 'string') return [key, value];
        const out = stripMarkerChars(renderValue(value, [part, key])).replace(/\s+/g, ' ').trim();
        return [key, out];
      }),
    );
  const openingRaw = { ...OPENING_DEFAULTS[regime], ...rendered('opening'), ...answers.wording?.opening };
  const summaryRaw = { ...SUMMARY_DEFAULTS[regime], ...rendered('summary'), ...answers.wording?.summary };
  const opening: OpeningParts = parseOrThrow(openingPartsSchema, openingRaw, ['wording', 'opening']);
  const summary: SummaryParts = parseOrThrow(summaryPartsSchema, summaryRaw, ['wording', 'summary']);
  const subjectTemplate = manifestWording.subject === undefined ? '' : stripMarkerChars(renderValue(manifestWording.subject, ['subject']));
  const subject = (answers.wording?.subject ?? subjectTemplate).replace(/\s+/g, ' ').trim();
  return subject === '' ? { opening, summary } : { opening, summary, subject };
}
