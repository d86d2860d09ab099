import type { Settings } from '../../core/ipc/api';

/** Used until settings.get answers (and if it fails): nothing configured, autosave every 5 s. */
export const defaultSettings: Settings = {
  schemaVersion: 1,
  organisations: [],
  activeOrganisationId: null,
  signers: [],
  defaultRecipients: [],
  formatProfile: 'dang-hd05',
  citationStyle: { commaBeforeDate: true, dateStyle: 'numeric' },
  recentFiles: [],
  autosaveSeconds: 5,
};
