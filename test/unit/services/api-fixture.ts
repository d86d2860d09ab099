import type { KehoachApi } from '../../../core/ipc/api';
import { createApiService, type PlatformHooks } from '../../../electron/services/api-service';
import type { ExportDeps } from '../../../electron/services/export-service';
import { openConfSettings } from '../../../electron/services/settings/open-conf-store';
import { createTemplateDeps } from '../../../electron/services/template-service';

/** What the desktop would have done with a file, recorded instead. */
export interface OpenedOnDesktop {
  opened: string[];
  revealed: string[];
}

/** The API of browser mode over a temp data folder, with the real templates and DOCX exporter. */
export async function browserApi(dataDir: string, exporters?: ExportDeps): Promise<{ api: KehoachApi; desktop: OpenedOnDesktop }> {
  const desktop: OpenedOnDesktop = { opened: [], revealed: [] };
  const platform: PlatformHooks = {
    mode: 'browser',
    pickOpenPath: async () => null,
    pickSavePath: async () => null,
    openFile: async (f) => void desktop.opened.push(f),
    showInFolder: async (f) => void desktop.revealed.push(f),
  };
  const settings = await openConfSettings(dataDir);
  const api = createApiService({ dataDir, settings, platform, templates: createTemplateDeps(), confinePaths: true, ...(exporters ? { exporters } : {}) });
  return { api, desktop };
}
