import type { VersionListing, VersionSummary } from '../../core/versions';

/**
 * The "Các phiên bản" dialog: the listing (null while it is read), which two things the clerk
 * picked to compare (a version's id, or 'current' for the text open now), the restore being
 * confirmed, the note being typed for "Lưu phiên bản…", and a failure to show.
 */
export type PickKey = 'current' | string;

export interface VersionsDialogState {
  listing: VersionListing | null;
  picked: PickKey[];
  confirmRestore: VersionSummary | null;
  error: string | null;
}

export const initialVersionsDialog: VersionsDialogState = { listing: null, picked: [], confirmRestore: null, error: null };

export type VersionsDialogAction =
  /** The dialog opens afresh: nothing listed until the versions are read again, nothing picked. */
  | { type: 'open' }
  | { type: 'loaded'; listing: VersionListing }
  | { type: 'toggle-pick'; key: PickKey }
  | { type: 'confirm-restore'; version: VersionSummary | null }
  | { type: 'error'; error: string | null };

export function versionsDialogReducer(state: VersionsDialogState, action: VersionsDialogAction): VersionsDialogState {
  switch (action.type) {
    case 'open':
      return initialVersionsDialog;
    case 'loaded': {
      // A pick whose version is gone from the new listing is dropped.
      const ids = new Set(action.listing.versions.map((v) => v.id));
      return { ...state, listing: action.listing, picked: state.picked.filter((k) => k === 'current' || ids.has(k)) };
    }
    case 'toggle-pick': {
      if (state.picked.includes(action.key)) return { ...state, picked: state.picked.filter((k) => k !== action.key) };
      // Two at most: a third pick replaces the earliest one, as radio-like checkboxes would.
      return { ...state, picked: [...state.picked, action.key].slice(-2) };
    }
    case 'confirm-restore':
      return { ...state, confirmRestore: action.version };
    case 'error':
      return { ...state, error: action.error };
  }
}

/**
 * The two picks in time order: the older is the "old" side of the comparison. The text open now
 * is newer than every version.
 */
export function orderedPicks(state: VersionsDialogState): { old: PickKey; new: PickKey } | null {
  if (state.picked.length !== 2 || !state.listing) return null;
  const time = (k: PickKey) => (k === 'current' ? '\uffff' : state.listing!.versions.find((v) => v.id === k)?.savedAt ?? '');
  const [a, b] = state.picked as [PickKey, PickKey];
  return time(a) <= time(b) ? { old: a, new: b } : { old: b, new: a };
}
