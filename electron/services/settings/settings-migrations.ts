import { CURRENT_SETTINGS_VERSION } from './settings-schema';

type Raw = Record<string, unknown>;

/**
 * Ordered steps, `from` version → `from + 1`. Each step only reshapes what it knows and leaves
 * the rest, so a field it cannot read is later replaced by its default (see settings-store.ts)
 * instead of losing the whole file. Documented in docs/settings.md.
 */
export const SETTINGS_MIGRATIONS: ReadonlyArray<{ from: number; migrate: (old: Raw) => Raw }> = [
  {
    // v1 held one organisation and recent files as bare paths; autosave was in minutes.
    from: 1,
    migrate: (old) => {
      const { organisation, recentFiles, autosaveMinutes, ...rest } = old;
      const next: Raw = { ...rest };
      if (organisation && typeof organisation === 'object') {
        const org = organisation as Raw;
        const label = typeof org.issuingBody === 'string' && org.issuingBody ? org.issuingBody : 'Đơn vị';
        next.organisations = [{ id: 'org-1', label, organisation }];
        next.activeOrganisationId = 'org-1';
      } else {
        next.organisations = [];
        next.activeOrganisationId = null;
      }
      if (Array.isArray(recentFiles)) {
        next.recentFiles = recentFiles
          .filter((p): p is string => typeof p === 'string' && p !== '')
          .map((p) => ({ path: p, title: baseName(p), openedAt: '' }));
      }
      if (typeof autosaveMinutes === 'number') next.autosaveSeconds = Math.round(autosaveMinutes * 60);
      next.schemaVersion = 2;
      return next;
    },
  },
  {
    // v3 remembers each organisation's usual recipients and the recent parent documents.
    from: 2,
    migrate: (old) => {
      const next: Raw = { ...old, schemaVersion: 3 };
      if (Array.isArray(old.organisations)) {
        next.organisations = old.organisations.map((p: unknown) =>
          p && typeof p === 'object' && !Array.isArray((p as Raw).recipients) ? { ...(p as Raw), recipients: [] } : p,
        );
      }
      if (!Array.isArray(old.recentDocuments)) next.recentDocuments = [];
      return next;
    },
  },
];

export class NewerSettingsError extends Error {
  constructor(readonly version: number) {
    super(`settings schema version ${version} is newer than ${CURRENT_SETTINGS_VERSION}`);
  }
}

/** Applies every step from the stored version to the current one. A missing version counts as 1. */
export function migrateSettings(raw: Raw): { settings: Raw; migratedFrom?: number } {
  const stored = typeof raw.schemaVersion === 'number' && Number.isInteger(raw.schemaVersion) ? raw.schemaVersion : 1;
  if (stored > CURRENT_SETTINGS_VERSION) throw new NewerSettingsError(stored);
  let current: Raw = { ...raw, schemaVersion: stored };
  for (const step of SETTINGS_MIGRATIONS) {
    if ((current.schemaVersion as number) === step.from) current = step.migrate(current);
  }
  return stored === CURRENT_SETTINGS_VERSION ? { settings: current } : { settings: current, migratedFrom: stored };
}

function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  return (parts[parts.length - 1] ?? p).replace(/\.kehoach$/i, '');
}
