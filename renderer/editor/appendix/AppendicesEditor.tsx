import { memo, useCallback, useMemo, type JSX } from 'react';
import type { Appendix } from '../../../core/model/appendix';
import type { BlockElement } from '../../../core/model/inline';
import type { Plan } from '../../../core/model/plan';
import { appendixLabel } from '../../../core/render/layout-appendix';
import { getProfile } from '../../../core/profiles/profile';
import { addAppendix, blankAppendix, refreshTaskAppendix, removeAppendix, taskAppendix, updateAppendix } from '../../state/task-appendix';
import { RichTextEditor } from '../RichTextEditor';
import type { Where } from '../find/find-replace';

interface Props {
  plan: Plan;
  /** At once (titles, orientation, adding and removing). */
  update(fn: (p: Plan) => Plan): void;
  /** Typed text: waits for the frame to be painted, as section bodies do. */
  typed(target: string, fn: (p: Plan) => Plan): void;
}

const AppendixBlock = memo(function AppendixBlock(props: {
  appendix: Appendix;
  label: string;
  onTitle(id: string, title: string): void;
  onOrientation(id: string, o: Appendix['orientation']): void;
  onBody(id: string, body: BlockElement[]): void;
  onRemove(id: string): void;
  onRefresh(id: string): void;
}) {
  const { appendix, label, onTitle, onOrientation, onBody, onRemove, onRefresh } = props;
  const id = appendix.id;
  const onBodyChange = useCallback((body: BlockElement[]) => onBody(id, body), [onBody, id]);
  const where = useMemo<Where>(() => ({ kind: 'appendix', appendixId: id }), [id]);
  return (
    <section data-testid={`appendix-${id}`} className="kh-appendix" style={{ marginBottom: 12, paddingLeft: 6, borderLeft: '3px solid #c9d6ea' }}>
      <div style={{ display: 'flex', gap: 6, alignItems: 'baseline', fontFamily: '"Times New Roman", "Liberation Serif", serif', fontSize: '14pt', fontWeight: 'bold' }}>
        <span style={{ userSelect: 'none', whiteSpace: 'nowrap' }}>{label}</span>
        <input
          data-testid={`appendix-title-${id}`}
          aria-label={`Tên ${label.toLowerCase()}`}
          value={appendix.title}
          placeholder="(tên phụ lục)"
          onChange={(e) => onTitle(id, e.target.value)}
          style={{ flex: 1, font: 'inherit', textTransform: 'uppercase', border: 'none', borderBottom: '1px dashed #bbb', background: 'transparent' }}
        />
      </div>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', fontSize: 13, margin: '2px 0 4px' }}>
        <label>
          Trang:{' '}
          <select data-testid={`appendix-orientation-${id}`} value={appendix.orientation} onChange={(e) => onOrientation(id, e.target.value as Appendix['orientation'])}>
            <option value="portrait">khổ dọc</option>
            <option value="landscape">khổ ngang</option>
          </select>
        </label>
        <span style={{ color: '#666' }}>Dòng “Kèm theo …” tự theo số và ngày của kế hoạch.</span>
        {appendix.kind === 'tasks' && (
          <button type="button" data-testid={`appendix-refresh-${id}`} title="Thêm vào bảng các nhiệm vụ mới trong phần Tổ chức thực hiện; những gì đã điền trong bảng được giữ" onClick={() => onRefresh(id)}>
            Cập nhật từ Tổ chức thực hiện
          </button>
        )}
        <button type="button" data-testid={`appendix-remove-${id}`} onClick={() => onRemove(id)} style={{ marginLeft: 'auto' }}>
          Xóa phụ lục
        </button>
      </div>
      <RichTextEditor testId={`appendix-body-${id}`} findWhere={where} value={appendix.body} onChange={onBodyChange} placeholder="Nội dung phụ lục…" />
    </section>
  );
});

/**
 * The Phụ lục after the plan's text: each with its title, its page orientation and its own text
 * editor (tables included). "Phụ lục phân công nhiệm vụ" generates the task table from
 * "Tổ chức thực hiện"; the clerk then fills in partners, deadlines and products in it.
 */
export function AppendicesEditor({ plan, update, typed }: Props): JSX.Element {
  const list = plan.appendices ?? [];
  const profile = getProfile(plan.profile);
  const onTitle = useCallback((id: string, title: string) => update((p) => updateAppendix(p, id, (a) => ({ ...a, title: title.normalize('NFC') }))), [update]);
  const onOrientation = useCallback((id: string, orientation: Appendix['orientation']) => update((p) => updateAppendix(p, id, (a) => ({ ...a, orientation }))), [update]);
  const onBody = useCallback((id: string, body: BlockElement[]) => typed(`appendix:${id}`, (p) => updateAppendix(p, id, (a) => ({ ...a, body }))), [typed]);
  const onRemove = useCallback((id: string) => update((p) => removeAppendix(p, id)), [update]);
  const onRefresh = useCallback((id: string) => update((p) => refreshTaskAppendix(p, id)), [update]);
  return (
    <div data-testid="appendices" style={{ marginTop: 16, borderTop: '1px solid #ddd', paddingTop: 8 }}>
      {list.map((a, i) => (
        <AppendixBlock key={a.id} appendix={a} label={appendixLabel(profile, i, list.length)} onTitle={onTitle} onOrientation={onOrientation} onBody={onBody} onRemove={onRemove} onRefresh={onRefresh} />
      ))}
      <div style={{ display: 'flex', gap: 6 }}>
        <button type="button" data-testid="appendix-add" onClick={() => update((p) => addAppendix(p, blankAppendix(p)))}>
          + Thêm phụ lục
        </button>
        <button type="button" data-testid="appendix-add-tasks" title="Lập bảng phân công từ các đơn vị và nhiệm vụ trong phần Tổ chức thực hiện" onClick={() => update((p) => addAppendix(p, taskAppendix(p)))}>
          + Phụ lục phân công nhiệm vụ
        </button>
      </div>
    </div>
  );
}
