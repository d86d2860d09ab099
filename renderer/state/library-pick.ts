import type { LibraryEntry } from '../../core/library/library-entry';
import { nestedFromLibrary } from '../../core/library/library-chain';
import { numberSymbol } from '../../core/citation/numbers';
import { formatShortDate } from '../../core/citation/dates';
import type { BaseForm } from './new-plan-form';
import { documentToBase } from './office-memory';

/** The base (and its chain, from the library's links) a pick in "Chọn từ thư viện" fills in. */
export function baseFromLibrary(entries: readonly LibraryEntry[], id: string): BaseForm | null {
  const nested = nestedFromLibrary(entries, id);
  return nested ? documentToBase(nested) : null;
}

/** "Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy": one line of a list of entries. */
export function entryLabel(e: LibraryEntry): string {
  const code = numberSymbol(e);
  return `${e.type}${code ? ` số ${code}` : ''}${e.date ? ` ngày ${formatShortDate(e.date)}` : ''}${e.issuer ? ` của ${e.issuer}` : ''}`;
}
