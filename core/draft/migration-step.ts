/**
 * One step of the draft format's history: turns the `plan` object of a version-`from` file
 * into the `plan` of version `from + 1`. Steps are pure and work on untyped JSON, because the
 * older shape has no TypeScript type any more; the result is validated after the last step.
 */
export interface MigrationStep {
  from: number;
  /** What the older version was, for the version history and the log. */
  describe: string;
  up(plan: Record<string, unknown>): Record<string, unknown>;
}
