import { useMemo, useState } from 'react';
import type { LibraryEntry } from '../../core/library/library-entry';
import { createLibrarySearch } from '../../core/library/search';
import { baseFromLibrary, entryLabel } from '../state/library-pick';
import type { BaseForm } from '../state/new-plan-form';

/** "Chọn từ thư viện" on a base of the new-plan form: search as you type, pick one, the base and its chain are filled. */
export function LibraryPick(props: { entries: LibraryEntry[]; testId: string; onPick(base: BaseForm): void }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const search = useMemo(() => createLibrarySearch(props.entries), [props.entries]);
  const hits = useMemo(() => (open ? search.search(query, 12) : []), [open, search, query]);
  if (!open) {
    return <button className="small" data-testid={props.testId} onClick={() => setOpen(true)}>Chọn từ thư viện…</button>;
  }
  const pick = (e: LibraryEntry) => {
    const base = baseFromLibrary(props.entries, e.id);
    if (base) props.onPick(base);
    setOpen(false);
    setQuery('');
  };
  return (
    <div className="library-pick" data-testid={`${props.testId}-panel`}>
      <label className="field">
        <span>Tìm văn bản trong thư viện (số ký hiệu hoặc từ trong trích yếu)</span>
        <input data-testid={`${props.testId}-search`} type="search" autoFocus value={query} placeholder="Ví dụ: 32-CT/TU" onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => { if (e.key === 'Escape') setOpen(false); if (e.key === 'Enter' && hits[0]) { e.preventDefault(); pick(hits[0].entry); } }} />
      </label>
      {hits.length === 0 ? (
        <p className="muted" data-testid={`${props.testId}-none`}>Không có văn bản nào khớp.</p>
      ) : (
        <ul className="file-list">
          {hits.map(({ entry }) => (
            <li key={entry.id}>
              <button className="link" data-testid={`${props.testId}-item`} data-id={entry.id} onClick={() => pick(entry)}>
                {entryLabel(entry)}
              </button>
              <div className="muted">{entry.subject}</div>
            </li>
          ))}
        </ul>
      )}
      <button className="small" data-testid={`${props.testId}-close`} onClick={() => setOpen(false)}>Đóng</button>
    </div>
  );
}
