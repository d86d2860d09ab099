import { EXAMPLES, buildExamplePlan } from '../../../scripts/build-examples';
import { parseDraft } from '../../../core/draft';
import type { Plan } from '../../../core/model';
import { type ExampleName, readExampleDraft } from '../draft/example-fixtures';

/** The corrected example draft of docs/examples, as the app opens it. */
export function examplePlan(name: ExampleName): Plan {
  const result = parseDraft(readExampleDraft(name));
  if (!result.ok) throw new Error(result.error);
  return result.plan;
}

/** The example as it was signed: built by the same script with its corrections undone (scripts/build-examples.ts). */
export function asSignedPlan(name: ExampleName): Plan {
  const source = EXAMPLES.find((e) => e.file === `${name}.kehoach`);
  if (!source) throw new Error(`no example ${name}`);
  return buildExamplePlan(source, { asSigned: true });
}
