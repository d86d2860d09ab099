import type { MigrationStep } from './migration-step';
import { migrateV0ToV1 } from './migrate-v0-to-v1';
import { migrateV1ToV2 } from './migrate-v1-to-v2';

export type { MigrationStep } from './migration-step';

/** Ordered: MIGRATIONS[i] turns version i into version i + 1. */
export const MIGRATIONS: readonly MigrationStep[] = [migrateV0ToV1, migrateV1ToV2];

/** The version the steps lead to: the current format version. */
export const LATEST_FORMAT_VERSION = MIGRATIONS.length;

/** Runs every step from `fromVersion` to the latest. Throws only if a step throws. */
export function migratePlan(plan: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = plan;
  for (const step of MIGRATIONS.slice(fromVersion)) current = step.up(current);
  return current;
}
