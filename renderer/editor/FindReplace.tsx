import { useEffect, useMemo, useState, type JSX } from 'react';
import type { Plan } from '../../core/model/plan';
import { createChipTextCache } from '../state/chip-texts';
import { findMatches, isReplaceable, replaceAll, replaceMatches, type FindOptions, type Match } from './find/find-replace';

const WHERE_LABEL = { summary: 'Trích yếu', preamble: 'Phần mở đầu', title: 'Tên mục', body: 'Nội dung mục', appendix: 'Phụ lục' } as const;

/**
 * Find and replace across the summary, the opening and every section, in the text as shown:
 * what live references show is found too, but only the plan's own text is replaced.
 */
export function FindReplace(props: { plan: Plan; onChange(plan: Plan): void; onClose(): void; onCurrentChange?(match: Match | null): void }): JSX.Element {
  const { plan, onChange, onClose, onCurrentChange } = props;
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [opts, setOpts] = useState<FindOptions>({ matchCase: false, matchDiacritics: true });
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState('');
  const chipTextsOf = useMemo(createChipTextCache, []);
  const refText = chipTextsOf(plan).text;
  const matches = useMemo(() => findMatches(plan, query, opts, refText), [plan, query, opts, refText]);
  const current: Match | undefined = matches[Math.min(index, matches.length - 1)];
  // The editor highlights the current match and scrolls to it.
  useEffect(() => onCurrentChange?.(current ?? null), [current, onCurrentChange]);
  useEffect(() => () => onCurrentChange?.(null), [onCurrentChange]);

  const move = (delta: number) => matches.length && setIndex((i) => (i + delta + matches.length) % matches.length);
  const replaceCurrent = () => {
    if (!current || !isReplaceable(current)) return;
    onChange(replaceMatches(plan, [current], replacement, opts));
    setMessage('Đã thay 1 chỗ.');
  };
  const replaceEverything = () => {
    const result = replaceAll(plan, query, replacement, opts, refText);
    if (result.count > 0) onChange(result.plan);
    const skipped = result.inReferences > 0 ? ` ${result.inReferences} chỗ nằm trong tham chiếu tự động, không thay: bấm vào tham chiếu để sửa văn bản được trích dẫn.` : '';
    setMessage((result.count > 0 ? `Đã thay ${result.count} chỗ.` : 'Không có chỗ nào để thay.') + skipped);
  };

  return (
    <div
      role="dialog"
      aria-label="Tìm và thay thế"
      data-testid="find-replace"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        if (e.key === 'Enter') {
          e.preventDefault();
          move(e.shiftKey ? -1 : 1);
        }
      }}
      style={{ display: 'grid', gap: 6, padding: 8, border: '1px solid #bbb', background: '#fafafa', fontSize: 13 }}
    >
      <label>
        Tìm:{' '}
        <input data-testid="find-input" autoFocus value={query} onChange={(e) => { setQuery(e.target.value); setIndex(0); setMessage(''); }} />
      </label>
      <label>
        Thay bằng:{' '}
        <input data-testid="replace-input" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
      </label>
      <div style={{ display: 'flex', gap: 12 }}>
        <label>
          <input type="checkbox" data-testid="find-match-case" checked={opts.matchCase} onChange={(e) => setOpts({ ...opts, matchCase: e.target.checked })} /> Phân biệt chữ hoa
        </label>
        <label>
          <input type="checkbox" data-testid="find-match-diacritics" checked={opts.matchDiacritics} onChange={(e) => setOpts({ ...opts, matchDiacritics: e.target.checked })} /> Phân biệt dấu
        </label>
      </div>
      <div data-testid="find-count" aria-live="polite">
        {query === '' ? 'Nhập từ cần tìm.' : matches.length === 0 ? 'Không tìm thấy. Thử bỏ chọn "Phân biệt dấu" hoặc "Phân biệt chữ hoa".' : `${Math.min(index, matches.length - 1) + 1}/${matches.length} kết quả`}
      </div>
      {current && (
        <div data-testid="find-current" style={{ fontFamily: '"Times New Roman", serif', fontSize: 14 }}>
          <span style={{ color: '#666' }}>{WHERE_LABEL[current.where.kind]}: </span>…{current.context.slice(Math.max(0, current.start - 40), current.start)}
          <mark>{current.context.slice(current.start, current.end)}</mark>
          {current.context.slice(current.end, current.end + 40)}…
          {!isReplaceable(current) && (
            <div data-testid="find-in-reference" style={{ color: '#6a4a00', fontFamily: 'inherit', fontSize: 12 }}>
              Chỗ này nằm trong tham chiếu tự động (chữ nền xanh): không thay được ở đây, bấm vào tham chiếu để sửa văn bản được trích dẫn.
            </div>
          )}
        </div>
      )}
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        <button type="button" data-testid="find-prev" disabled={!matches.length} onClick={() => move(-1)}>Trước</button>
        <button type="button" data-testid="find-next" disabled={!matches.length} onClick={() => move(1)}>Tiếp</button>
        <button type="button" data-testid="replace-one" disabled={!current || !isReplaceable(current)} onClick={replaceCurrent}>Thay</button>
        <button type="button" data-testid="replace-all" disabled={!matches.some(isReplaceable)} onClick={replaceEverything}>Thay tất cả</button>
        <button type="button" data-testid="find-close" onClick={onClose}>Đóng</button>
      </div>
      {message && <div data-testid="find-message">{message}</div>}
    </div>
  );
}
