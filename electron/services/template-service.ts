import type { TemplateFieldInfo, TemplateSectionInfo, TemplateSummary } from '../../core/ipc/api';
import type { Plan } from '../../core/model/plan';
import { AnswersError, type InstantiateOptions, type LoadedTemplate, instantiateTemplate } from '../../core/template/instantiate';
import type { TemplateField, TemplateSectionSpec } from '../../core/template/manifest';
import { TemplateError } from '../../core/template/template-error';
import { UserError } from './errors';
import { UnknownTemplateError, readTemplate, templateIds } from './template-files';
import { handlebarsCompiler } from './template-handlebars';
import { defaultTemplatesDir } from './template-root';

export { AnswersError, TemplateError, UnknownTemplateError, defaultTemplatesDir };

/** One template of the folder, checked completely (throws TemplateError / UnknownTemplateError). */
export function loadTemplate(id: string, dir: string = defaultTemplatesDir()): LoadedTemplate {
  return readTemplate(id, dir);
}

function fieldInfo(field: TemplateField): TemplateFieldInfo {
  return {
    name: field.name,
    label: field.label,
    type: field.type,
    required: Boolean(field.required),
    ...(field.help ? { help: field.help } : {}),
    ...(field.items ? { items: field.items.map(fieldInfo) } : {}),
    ...(field.default !== undefined ? { default: field.default } : {}),
  };
}

/** Title to start an added section from: the template's own words, its expressions removed. */
const plainTitle = (title: string): string => title.replace(/\{\{[^}]*\}\}/g, '').replace(/\s+/g, ' ').trim();

function sectionInfos(specs: TemplateSectionSpec[], parentKey?: string): TemplateSectionInfo[] {
  return specs.flatMap((spec) => {
    const own: TemplateSectionInfo[] =
      spec.presence === 'required'
        ? []
        : [{ key: spec.key, title: plainTitle(spec.title), presence: spec.presence, ...(parentKey ? { parentKey } : {}), ...(spec.runIn ? { runIn: true } : {}) }];
    return [...own, ...sectionInfos(spec.children ?? [], spec.key)];
  });
}

export function summarizeTemplate(template: LoadedTemplate): TemplateSummary {
  const { manifest } = template;
  return {
    id: manifest.id,
    name: manifest.name,
    planType: manifest.planType,
    regime: manifest.regime,
    defaultProfile: manifest.defaultProfile,
    fields: manifest.fields.map(fieldInfo),
    sections: sectionInfos(manifest.sections),
    ...(manifest.wording ? { wording: manifest.wording } : {}),
  };
}

export interface TemplateListing {
  templates: TemplateSummary[];
  /** Broken templates do not hide the good ones; their errors are listed here. */
  errors: TemplateError[];
}

export function listTemplatesDetailed(dir: string = defaultTemplatesDir()): TemplateListing {
  const listing: TemplateListing = { templates: [], errors: [] };
  for (const id of templateIds(dir)) {
    try {
      listing.templates.push(summarizeTemplate(readTemplate(id, dir)));
    } catch (err) {
      if (err instanceof TemplateError) listing.errors.push(err);
      else throw err;
    }
  }
  return listing;
}

export function listTemplates(dir?: string): TemplateSummary[] {
  return listTemplatesDetailed(dir).templates;
}

/**
 * A new plan from a template and the new-plan answers. Throws UnknownTemplateError, TemplateError
 * (the template is broken: file, line, message) or AnswersError (names the answer field). The
 * plan returned always passes planSchema.
 */
export function createPlanFromTemplate(templateId: string, answers: unknown, dir?: string, options?: InstantiateOptions): Plan {
  return instantiateTemplate(loadTemplate(templateId, dir), answers, handlebarsCompiler, options);
}

/** Vietnamese one-liner for any error of this service (for the CLI and the API). */
export function describeTemplateFailure(err: unknown): string | undefined {
  if (err instanceof TemplateError) return `Mẫu bị lỗi tại ${err.message}`;
  if (err instanceof AnswersError) return `Câu trả lời cho mẫu chưa đúng: ${err.message}`;
  if (err instanceof UnknownTemplateError) return err.message;
  return undefined;
}

/** The TemplateDeps the API service wants: failures become UserError with a message for the clerk. */
export function createTemplateDeps(dir?: string): { list(): TemplateSummary[]; create(templateId: string, answers: unknown): Plan } {
  const wrap = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      const message = describeTemplateFailure(err);
      throw message ? new UserError(message) : err;
    }
  };
  return {
    list: () => wrap(() => listTemplates(dir)),
    create: (templateId, answers) => wrap(() => createPlanFromTemplate(templateId, answers, dir)),
  };
}
