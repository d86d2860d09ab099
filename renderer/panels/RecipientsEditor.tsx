import { useEffect, useRef, useState } from 'react';
import type { Plan, RecipientGroup } from '../../core/model';
import { addImplementers, recipientLines, suggestedImplementers } from '../state/recipients';

const PURPOSES = ['', 'để b/c', 'để t/h', 'để p/h', 'để biết'];

/**
 * One line per recipient; empty lines are kept while typing but never stored. The box keeps what
 * the clerk typed (a closing comma, a "- ", an empty line): it is rewritten only when the stored
 * lines change from outside (undo, suggestions), never while an IME composes a word — rewriting a
 * textarea under a composition doubles the word and drops what follows ("Tỉnh ủyủyVăn phòng").
 */
function LinesInput(props: { items: string[]; onChange(items: string[]): void; testId: string; placeholder?: string; autoFocus?: boolean }) {
  const [text, setText] = useState(props.items.join('\n'));
  const composing = useRef(false);
  useEffect(() => {
    if (composing.current) return;
    if (recipientLines(text).join('\n') !== props.items.join('\n')) setText(props.items.join('\n'));
    // Only resync when the stored lines change from outside (undo, suggestions).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.items]);
  return (
    <textarea
      data-testid={props.testId}
      rows={Math.max(2, text.split('\n').length)}
      value={text}
      placeholder={props.placeholder}
      autoFocus={props.autoFocus}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={() => {
        composing.current = false;
      }}
      onChange={(e) => {
        setText(e.target.value);
        props.onChange(recipientLines(e.target.value));
      }}
    />
  );
}

/**
 * Nơi nhận: groups of lines with an optional purpose ("để b/c", "để t/h" …) shown with a brace or
 * on each line. Units named in "Tổ chức thực hiện" and not yet listed are offered for "để t/h".
 */
export function RecipientsEditor(props: { plan: Plan; onChange(recipients: RecipientGroup[]): void }) {
  const groups = props.plan.recipients;
  const suggestions = suggestedImplementers(props.plan);
  // A group just added starts empty, with the caret in it; it joins the plan with its first line
  // (a group without lines is not a group of "Nơi nhận").
  const [draft, setDraft] = useState<RecipientGroup | null>(null);
  const shown = draft ? [...groups, draft] : groups;
  const update = (index: number, patch: Partial<RecipientGroup>) => {
    if (draft && index === groups.length) {
      const next = { ...draft, ...patch };
      if (next.items.length === 0) return setDraft(next);
      setDraft(null);
      return props.onChange([...groups, next]);
    }
    props.onChange(groups.map((g, i) => (i === index ? { ...g, ...patch } : g)));
  };
  return (
    <div className="recipients" data-testid="recipients">
      {shown.map((group, index) => (
        <fieldset key={index} className="recipient-group" data-testid="recipient-group">
          <legend>Nhóm {index + 1}</legend>
          <div className="row">
            <label className="field compact">
              <span>Mục đích</span>
              <select data-testid="recipient-purpose" value={PURPOSES.includes(group.purpose) ? group.purpose : '__custom'} onChange={(e) => update(index, { purpose: e.target.value === '__custom' ? group.purpose : e.target.value })}>
                {PURPOSES.map((p) => <option key={p} value={p}>{p ? `(${p})` : '(không ghi)'}</option>)}
                {!PURPOSES.includes(group.purpose) && <option value="__custom">({group.purpose})</option>}
              </select>
            </label>
            <label className="field compact">
              <span>Cách ghi</span>
              <select data-testid="recipient-display" value={group.display} onChange={(e) => update(index, { display: e.target.value as RecipientGroup['display'] })}>
                <option value="brace">{'Dấu ngoặc }'}</option>
                <option value="each-line">Ghi từng dòng</option>
              </select>
            </label>
          </div>
          <label className="field">
            <span>Các dòng: mỗi dòng một nơi nhận, ví dụ “Ban Tuyên giáo Huyện ủy”</span>
            <LinesInput
              testId="recipient-lines"
              items={group.items}
              placeholder={'Ví dụ:\nBan Thường vụ Huyện ủy\nCác chi, đảng bộ trực thuộc'}
              autoFocus={draft !== null && index === groups.length}
              onChange={(items) => (items.length > 0 || (draft && index === groups.length) ? update(index, { items }) : undefined)}
            />
          </label>
          <button className="danger small" data-testid="recipient-group-delete" onClick={() => (draft && index === groups.length ? setDraft(null) : props.onChange(groups.filter((_, i) => i !== index)))}>Xóa nhóm</button>
        </fieldset>
      ))}
      <button data-testid="recipient-group-add" disabled={draft !== null} onClick={() => setDraft({ purpose: '', display: 'brace', items: [] })}>+ Thêm nhóm nơi nhận</button>
      {suggestions.length > 0 && (
        <div className="suggestions" data-testid="recipient-suggestions">
          <p>Đơn vị có nhiệm vụ trong “Tổ chức thực hiện” nhưng chưa có trong Nơi nhận (để t/h):</p>
          <ul>
            {suggestions.map((unit) => (
              <li key={unit}>
                <button className="link" data-testid="recipient-suggestion" onClick={() => props.onChange(addImplementers(groups, [unit]))}>+ {unit}</button>
              </li>
            ))}
          </ul>
          {suggestions.length > 1 && <button data-testid="recipient-suggestion-all" onClick={() => props.onChange(addImplementers(groups, suggestions))}>Thêm tất cả</button>}
        </div>
      )}
      <p className="muted">Dòng cuối tự động: “- {props.plan.organisation.archiveLine}.”</p>
    </div>
  );
}
