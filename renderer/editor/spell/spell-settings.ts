import { useSyncExternalStore } from 'react';
import { wordKey } from '../../../core/spell';

/**
 * The session's spell-check settings, shared by every text editor: on or off ("Kiểm tra chính
 * tả", on by default) and the words the clerk chose to skip ("Bỏ qua từ này"). Not saved: a
 * skipped word is skipped until the app is closed.
 */
interface SpellSettings {
  enabled: boolean;
  skipped: ReadonlySet<string>;
}

let settings: SpellSettings = { enabled: true, skipped: new Set() };
const listeners = new Set<() => void>();

function set(next: SpellSettings): void {
  settings = next;
  for (const l of listeners) l();
}

export function setSpellEnabled(enabled: boolean): void {
  if (enabled !== settings.enabled) set({ ...settings, enabled });
}

export function skipWord(word: string): void {
  set({ ...settings, skipped: new Set([...settings.skipped, wordKey(word)]) });
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useSpellSettings(): SpellSettings {
  // The same snapshot for a server render (tests draw the bar with react-dom/server).
  return useSyncExternalStore(subscribe, () => settings, () => settings);
}
