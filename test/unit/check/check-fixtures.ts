import { parseDraft } from '../../../core/draft';
import type { Plan } from '../../../core/model';
import { type ExampleName, readExampleDraft } from '../draft/example-fixtures';

/** The corrected example draft of docs/examples, as the app opens it. */
export function examplePlan(name: ExampleName): Plan {
  const result = parseDraft(readExampleDraft(name));
  if (!result.ok) throw new Error(result.error);
  return result.plan;
}
