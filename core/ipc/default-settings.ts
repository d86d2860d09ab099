import type { Settings } from './api';

/** Bump when the stored shape changes, and add the step to electron/services/settings/settings-migrations.ts. */
export const CURRENT_SETTINGS_VERSION = 3;

/**
 * A fresh installation: no organisation yet (the first-run form asks), the current Party profile.
 * Also what the renderer shows until settings.get answers, so both sides start from one definition.
 */
export function defaultSettings(): Settings {
  return {
    schemaVersion: CURRENT_SETTINGS_VERSION,
    organisations: [],
    activeOrganisationId: null,
    signers: [],
    defaultRecipients: [],
    formatProfile: 'dang-hd05',
    citationStyle: { commaBeforeDate: true, dateStyle: 'numeric' },
    recentFiles: [],
    recentDocuments: [],
    autosaveSeconds: 5,
  };
}
