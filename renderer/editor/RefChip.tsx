import { useState } from 'react';
import { Transforms } from 'slate';
import { ReactEditor, useSelected, useSlateStatic, type RenderElementProps } from 'slate-react';
import { DOCUMENT_TYPES, type DocumentRef } from '../../core/model/document-ref';
import type { RefElement } from '../../core/model/inline';
import { createRefResolver, findDocument } from '../../core/render/resolve';
import { usePlanEditor } from './PlanContext';
import { updateDocument } from './plan-updates';
import { chipStyle } from './editor-styles';

/** Fields of a cited document the popover edits; editing changes plan.bases, so every reference updates. */
const DOC_FIELDS: Array<{ key: keyof DocumentRef; label: string; kind: 'text' | 'date' | 'type' }> = [
  { key: 'type', label: 'Loại văn bản', kind: 'type' },
  { key: 'number', label: 'Số', kind: 'text' },
  { key: 'symbol', label: 'Ký hiệu', kind: 'text' },
  { key: 'date', label: 'Ngày ban hành', kind: 'date' },
  { key: 'issuer', label: 'Cơ quan ban hành', kind: 'text' },
  { key: 'subject', label: 'Trích yếu (về …)', kind: 'text' },
];

/** A live reference: shows the text it stands for now; click to edit the document or turn it into text. */
export function RefChip({ attributes, children, element }: RenderElementProps & { element: RefElement }) {
  const { plan, update } = usePlanEditor();
  const editor = useSlateStatic();
  const selected = useSelected();
  const [open, setOpen] = useState(false);
  const resolved = createRefResolver(plan).refText(element);
  const doc = element.field.startsWith('citation.') ? findDocument(plan, element.target) : undefined;

  const toPlainText = () => {
    const path = ReactEditor.findPath(editor, element);
    Transforms.removeNodes(editor, { at: path });
    Transforms.insertNodes(editor, { text: resolved, ...(element.children[0].bold ? { bold: true } : {}) }, { at: path });
    setOpen(false);
  };

  return (
    <span {...attributes} contentEditable={false} className="kh-ref" style={{ position: 'relative' }}>
      <span
        data-testid="ref-chip"
        data-field={element.field}
        title="Tham chiếu tự động đến văn bản căn cứ — bấm để sửa"
        onMouseDown={(e) => {
          e.preventDefault();
          setOpen((v) => !v);
        }}
        style={chipStyle(element.children[0], selected)}
      >
        {resolved}
      </span>
      {open && (
        <span
          data-testid="ref-popover"
          role="dialog"
          aria-label="Sửa văn bản được tham chiếu"
          style={{ position: 'absolute', top: '1.6em', left: 0, zIndex: 20, background: '#fff', border: '1px solid #999', borderRadius: 4, padding: 8, width: 360, boxShadow: '0 2px 8px rgba(0,0,0,.2)', fontSize: 13, fontWeight: 'normal', fontStyle: 'normal', display: 'block', textIndent: 0 }}
        >
          {doc ? (
            DOC_FIELDS.map(({ key, label, kind }) => (
              <label key={key} style={{ display: 'block', marginBottom: 4 }}>
                <span style={{ display: 'inline-block', width: 120 }}>{label}</span>
                {kind === 'type' ? (
                  <select data-testid={`ref-field-${key}`} value={String(doc[key] ?? '')} onChange={(e) => update((p) => updateDocument(p, doc.id, { [key]: e.target.value }))}>
                    {[...new Set([...DOCUMENT_TYPES, doc.type])].map((t) => (
                      <option key={t} value={t}>{t}</option>
                    ))}
                  </select>
                ) : (
                  <input
                    data-testid={`ref-field-${key}`}
                    type={kind === 'date' ? 'date' : 'text'}
                    value={String(doc[key] ?? '')}
                    style={{ width: 220 }}
                    onChange={(e) => {
                      const value = e.target.value.normalize('NFC');
                      // An incomplete date in the picker is empty: keep the last valid one.
                      if (kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
                      update((p) => updateDocument(p, doc.id, { [key]: value }));
                    }}
                  />
                )}
              </label>
            ))
          ) : (
            <span style={{ display: 'block', marginBottom: 6 }}>Tham chiếu này lấy từ thông tin của kế hoạch (sửa ở bảng bên phải).</span>
          )}
          <span style={{ display: 'flex', gap: 6, marginTop: 6 }}>
            <button type="button" data-testid="ref-to-text" onClick={toPlainText}>Chuyển thành văn bản thường</button>
            <button type="button" data-testid="ref-popover-close" onClick={() => setOpen(false)}>Đóng</button>
          </span>
        </span>
      )}
      {children}
    </span>
  );
}
