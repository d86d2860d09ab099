import type { RecipientGroup } from '../../core/model';
import { RECIPIENT_PURPOSES, emptyRecipientGroup, linesOf } from '../state/recipient-groups-form';

/** The usual Nơi nhận of an office: groups of lines, each group with its purpose. */
export function RecipientGroupsFields(props: { groups: RecipientGroup[]; onChange(groups: RecipientGroup[]): void; testPrefix: string }) {
  const t = (name: string) => `${props.testPrefix}-${name}`;
  const update = (i: number, patch: Partial<RecipientGroup>) => props.onChange(props.groups.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  return (
    <fieldset className="subform" data-testid={t('groups')}>
      <legend>Nơi nhận thường dùng</legend>
      <datalist id={t('purposes')}>
        {RECIPIENT_PURPOSES.filter(Boolean).map((p) => <option key={p} value={p} />)}
      </datalist>
      {props.groups.length === 0 && <p className="muted">Chưa có nhóm nơi nhận nào. Có thể thêm sau trong trình soạn thảo.</p>}
      {props.groups.map((g, i) => (
        <div className="list-item" key={i} data-testid={t('group')}>
          <div className="row">
            <label className="field compact">
              <span>Mục đích (để trống nếu không ghi)</span>
              <input data-testid={t(`${i}-purpose`)} list={t('purposes')} value={g.purpose} placeholder="để b/c" onChange={(e) => update(i, { purpose: e.target.value })} />
            </label>
            <label className="field compact">
              <span>Cách trình bày</span>
              <select data-testid={t(`${i}-display`)} value={g.display} onChange={(e) => update(i, { display: e.target.value as RecipientGroup['display'] })}>
                <option value="brace">Một dấu ngoặc cho cả nhóm</option>
                <option value="each-line">Ghi trên từng dòng</option>
              </select>
            </label>
          </div>
          <label className="field">
            <span>Các nơi nhận (mỗi dòng một nơi)</span>
            <textarea data-testid={t(`${i}-items`)} rows={3} value={g.items.join('\n')} placeholder={'Thành ủy Hà Nội\nBan Tuyên giáo Thành ủy'} onChange={(e) => update(i, { items: linesOf(e.target.value) })} />
          </label>
          <button className="small danger" data-testid={t(`${i}-remove`)} onClick={() => props.onChange(props.groups.filter((_, j) => j !== i))}>Bỏ nhóm {i + 1}</button>
        </div>
      ))}
      <button className="small" data-testid={t('add')} onClick={() => props.onChange([...props.groups, emptyRecipientGroup()])}>+ Thêm nhóm nơi nhận</button>
    </fieldset>
  );
}
