import { useEffect, useState } from 'react';
import type { KehoachApi } from '../../core/ipc/api';
import type { LibraryEntry } from '../../core/library/library-entry';

const NONE: LibraryEntry[] = [];

/**
 * The library's entries while `active` (the new-plan form is open), read again each time it
 * opens so entries added in the library screen (or by another clerk) are there. An unreadable
 * library leaves the form without "Chọn từ thư viện": the bases can still be typed.
 */
export function useLibraryEntries(api: KehoachApi, active: boolean): LibraryEntry[] {
  const [entries, setEntries] = useState<LibraryEntry[]>(NONE);
  useEffect(() => {
    if (!active) return;
    let live = true;
    void api.library.list().then((r) => {
      if (live && r.ok) setEntries(r.value.entries);
    });
    return () => {
      live = false;
    };
  }, [api, active]);
  return entries;
}
