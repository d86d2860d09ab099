import { useCallback, useEffect, useState } from 'react';
import type { KehoachApi, RecentDraft, RecoveredDraft, Settings, TemplateSummary } from '../../core/ipc/api';
import { defaultSettings } from '../../core/ipc/default-settings';

/**
 * What the app reads once at start and keeps: settings, mode (Electron or browser), the data
 * folder, the templates and the recent files. Crash-recovered drafts go to `onRecovered`.
 */
export function useAppData(api: KehoachApi, fail: (title: string, message: string) => void, onRecovered: (drafts: RecoveredDraft[]) => void) {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [mode, setMode] = useState<'electron' | 'browser'>('browser');
  const [dataDir, setDataDir] = useState('');
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [recent, setRecent] = useState<RecentDraft[]>([]);

  useEffect(() => {
    // The data folder is needed as soon as a file dialog opens: not held back by the template list.
    void api.app.dataDir().then((dir) => dir.ok && setDataDir(dir.value));
    // The saved offices fill the new-plan form and the settings screen: not held back either.
    void api.settings.get().then((s) => s.ok && setSettings(s.value));
    void (async () => {
      const [m, t, r, rec] = await Promise.all([
        api.app.mode(), api.templates.list(), api.drafts.recent(), api.drafts.listRecovery(),
      ]);
      if (m.ok) setMode(m.value);
      if (t.ok) setTemplates(t.value);
      else fail('Không đọc được các mẫu kế hoạch', t.error);
      if (r.ok) setRecent(r.value);
      if (rec.ok) onRecovered(rec.value);
    })();
  }, [api, fail, onRecovered]);

  const refreshRecent = useCallback(async () => {
    const r = await api.drafts.recent();
    if (r.ok) setRecent(r.value);
  }, [api]);

  /** Saves settings.update's patch; answers the Vietnamese error or null. */
  const updateSettings = useCallback(async (patch: Partial<Omit<Settings, 'schemaVersion'>>): Promise<string | null> => {
    const r = await api.settings.update(patch);
    if (!r.ok) return r.error;
    setSettings(r.value);
    return null;
  }, [api]);

  return { settings, mode, dataDir, templates, recent, refreshRecent, updateSettings };
}
