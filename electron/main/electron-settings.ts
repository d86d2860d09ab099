import path from 'node:path';
import { importElectronStore } from '../services/import-esm';
import { SETTINGS_FILE_NAME } from '../services/settings/open-conf-store';
import { SettingsStore, type KeyValueStore } from '../services/settings/settings-store';

/** Electron: the same schema and migrations as browser mode, stored with electron-store in userData. */
export async function openElectronSettings(userDataDir: string): Promise<SettingsStore> {
  const create = async (): Promise<KeyValueStore> => {
    const { default: Store } = await importElectronStore();
    return new Store<Record<string, unknown>>({
      name: SETTINGS_FILE_NAME,
      cwd: userDataDir,
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
    });
  };
  return SettingsStore.open(create, path.join(userDataDir, `${SETTINGS_FILE_NAME}.json`), {
    onRepair: (reason, backup) => console.warn(`Settings repaired (${reason}); original kept at ${backup}`),
  });
}
