import path from 'node:path';
import type { KeyValueStore } from './settings-store';
import { SettingsStore, type SettingsStoreEvents } from './settings-store';
import { importConf } from '../import-esm';

export const SETTINGS_FILE_NAME = 'settings';

/** Browser mode (and tests): settings in `<dataDir>/settings.json`, stored with conf. */
export async function openConfSettings(dataDir: string, events?: SettingsStoreEvents): Promise<SettingsStore> {
  const create = async (): Promise<KeyValueStore> => {
    const { default: Conf } = await importConf();
    // Validation and migrations are ours (zod, settings-migrations.ts), shared with electron-store.
    return new Conf<Record<string, unknown>>({
      cwd: dataDir,
      configName: SETTINGS_FILE_NAME,
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
    });
  };
  return SettingsStore.open(create, path.join(dataDir, `${SETTINGS_FILE_NAME}.json`), events);
}
