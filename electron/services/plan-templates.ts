import type { TemplateDeps } from './api-service';
import { createTemplateDeps } from './template-service';

/**
 * The template engine as the API service sees it: the repo's / installed app's templates folder,
 * failures already phrased for the clerk (kept apart so tests inject their own).
 */
export const planTemplates: TemplateDeps = createTemplateDeps();
