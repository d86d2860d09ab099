import type { TemplateSummary } from '../../core/ipc/api';
import type { Plan } from '../../core/model/plan';
import { AnswersError, type InstantiateOptions, type LoadedTemplate, instantiateTemplate } from '../../core/template/instantiate';
import type { TemplateField } from '../../core/template/manifest';
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

export function summarizeTemplate(template: LoadedTemplate): TemplateSummary {
  const { manifest } = template;
  return {
    id: manifest.id,
    name: manifest.name,
    planType: manifest.planType,
    regime: manifest.regime,
    defaultProfile: manifest.defaultProfile,
    fields: manifest.fields.map((f: TemplateField) => ({ name: f.name, label: f.label, type: f.type, required: Boolean(f.required) })),
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
