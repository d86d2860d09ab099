import type { LibraryEntry } from '../../core/library/library-entry';
import type { LibraryListing } from '../../core/library/library-results';
import type { EditableField } from '../../core/library/three-way-merge';
import type { LibraryEntryForm } from './library-entry-form';

/**
 * The "Thư viện văn bản" screen: the listing, what is typed in the search box, the entry being
 * added or edited, the delete being confirmed, and a save refused because another clerk changed
 * the same field (both versions, for the clerk to choose).
 */
export interface LibraryScreenState {
  listing: LibraryListing | null;
  query: string;
  editing: LibraryEntryForm | null;
  /** Set once "Lưu" was pressed: errors show from then on. */
  checked: boolean;
  confirmDelete: LibraryEntry | null;
  conflict: { message: string; mine: LibraryEntry; theirs: LibraryEntry; fields: EditableField[] } | null;
  error: string | null;
  notice: string | null;
}

export const initialLibraryScreen: LibraryScreenState = { listing: null, query: '', editing: null, checked: false, confirmDelete: null, conflict: null, error: null, notice: null };

export type LibraryScreenAction =
  | { type: 'loaded'; listing: LibraryListing }
  | { type: 'query'; query: string }
  | { type: 'edit'; form: LibraryEntryForm | null }
  | { type: 'change'; patch: Partial<LibraryEntryForm> }
  | { type: 'checked' }
  | { type: 'confirm-delete'; entry: LibraryEntry | null }
  | { type: 'conflict'; conflict: NonNullable<LibraryScreenState['conflict']> | null }
  | { type: 'error'; error: string | null }
  | { type: 'notice'; notice: string | null };

export function libraryScreenReducer(state: LibraryScreenState, action: LibraryScreenAction): LibraryScreenState {
  switch (action.type) {
    case 'loaded':
      return { ...state, listing: action.listing };
    case 'query':
      return { ...state, query: action.query };
    case 'edit':
      // Closing or opening a form forgets the previous form's errors and conflict.
      return { ...state, editing: action.form, checked: false, conflict: null, error: null };
    case 'change':
      return state.editing ? { ...state, editing: { ...state.editing, ...action.patch } } : state;
    case 'checked':
      return { ...state, checked: true };
    case 'confirm-delete':
      return { ...state, confirmDelete: action.entry };
    case 'conflict':
      return { ...state, conflict: action.conflict };
    case 'error':
      return { ...state, error: action.error };
    case 'notice':
      return { ...state, notice: action.notice };
  }
}
