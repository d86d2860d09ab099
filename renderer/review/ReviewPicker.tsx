import { useEffect, useState, type JSX } from 'react';
import { numberSymbol } from '../../core/citation/numbers';
import type { KehoachApi } from '../../core/ipc/api';
import type { Plan } from '../../core/model/plan';
import { baseDocuments } from '../../core/model/document-set';
import { Modal } from '../dialogs/Modal';

type Listed = { id: string; type: string; number: string; symbol: string; regime: 'dang' | 'nha-nuoc'; subject: string; textInfo?: { paragraphs: number } };

/** How a document is named in the list: "Chỉ thị 32-CT/TU". */
const nameOf = (e: Pick<Listed, 'type' | 'number' | 'symbol' | 'regime'>): string => `${e.type} ${numberSymbol(e)}`.trim();

/**
 * Which parent to review the draft against: the library's documents that have their full text,
 * the plan's own bases first; or a Word/PDF/text file read now.
 */
export function ReviewPicker(props: { api: KehoachApi; plan: Plan; onEntry(id: string, name: string): void; onFile(): void; onCancel(): void }): JSX.Element {
  const [entries, setEntries] = useState<Listed[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void props.api.library.list().then((r) => {
      if (!live) return;
      if (!r.ok) setError(r.error);
      else setEntries((r.value.entries as Listed[]).filter((e) => e.textInfo));
    });
    return () => {
      live = false;
    };
  }, [props.api]);
  const bases = new Set(baseDocuments(props.plan).map((d) => nameOf(d)));
  const sorted = entries ? [...entries].sort((a, b) => Number(bases.has(nameOf(b))) - Number(bases.has(nameOf(a)))) : [];
  return (
    <Modal
      title="Đối chiếu với văn bản cấp trên"
      testId="review-picker"
      onCancel={props.onCancel}
      wide
      footer={
        <>
          <button type="button" data-testid="review-pick-file" onClick={props.onFile}>Đọc từ tệp Word, PDF…</button>
          <button type="button" data-testid="review-pick-cancel" onClick={props.onCancel}>Hủy</button>
        </>
      }
    >
      <p className="hint">Chọn văn bản đã có toàn văn trong thư viện, hoặc đọc văn bản từ tệp Word, PDF.</p>
      {error && <p role="alert">{error}</p>}
      {entries === null && !error && <p>Đang đọc thư viện…</p>}
      {entries !== null && entries.length === 0 && <p>Thư viện chưa có văn bản nào có toàn văn.</p>}
      <ul className="review-picker-list">
        {sorted.map((e) => (
          <li key={e.id}>
            <button type="button" data-testid="review-pick-entry" onClick={() => props.onEntry(e.id, nameOf(e))}>
              <b>{nameOf(e)}</b> {e.subject} {bases.has(nameOf(e)) && <em>(căn cứ của kế hoạch)</em>}
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
