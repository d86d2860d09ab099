import { useState } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useSelected, useSlateStatic, type RenderElementProps } from 'slate-react';
import { DOCUMENT_TYPES, type DocumentRef } from '../../core/model/document-ref';
import type { RefElement } from '../../core/model/inline';
import { parentOf } from '../../core/model/document-set';
import type { Plan } from '../../core/model/plan';
import { createRefResolver, findDocument } from '../../core/render/resolve';
import { citeHead } from '../../core/citation/cite';
import { fullStyle } from '../../core/citation/style';
import { usePlanEditor } from './PlanContext';
import { updateDocument } from './plan-updates';
import { chipStyle } from './editor-styles';
import { useFindHighlight } from './find/highlight';
import { DateInput } from '../components/DateInput';

/** Fields of a cited document the popover edits; the document exists once in plan.documents, so every reference updates. */
const DOC_FIELDS: Array<{ key: keyof DocumentRef; label: string; kind: 'text' | 'date' | 'type' | 'optional' }> = [
  { key: 'type', label: 'Loại văn bản', kind: 'type' },
  { key: 'number', label: 'Số', kind: 'text' },
  { key: 'symbol', label: 'Ký hiệu', kind: 'text' },
  { key: 'date', label: 'Ngày ban hành', kind: 'date' },
  { key: 'issuer', label: 'Cơ quan ban hành', kind: 'text' },
  { key: 'subject', label: 'Trích yếu (về …)', kind: 'text' },
  { key: 'shortName', label: 'Tên viết tắt', kind: 'optional' },
];

/** The document's full citation with the current plan, exactly as the opening or body prints it. */
const fullCitation = (plan: Plan, id: string): string =>
  createRefResolver(plan).refText({ type: 'ref', field: 'citation.full', target: id, children: [{ text: '' }] });

/** What the clerk's edits make of the citation, live; and why a document with a chain does not print its subject. */
function CitationShown({ plan, doc }: { plan: Plan; doc: DocumentRef }) {
  const parent = parentOf(plan, doc);
  return (
    <span style={{ display: 'block', marginTop: 6, padding: '4px 6px', borderLeft: '3px solid #1f4e9c', background: '#f6f8fc' }}>
      <span style={{ display: 'block', color: '#5a5a5a', fontSize: 12 }}>Trích dẫn đầy đủ sẽ in:</span>
      <span data-testid="ref-popover-citation" style={{ display: 'block', fontFamily: "'Times New Roman', 'Liberation Serif', serif", fontSize: 14 }}>
        {fullCitation(plan, doc.id)}
      </span>
      {parent && doc.subject.trim() !== '' && (
        <span data-testid="ref-popover-chain-hint" style={{ display: 'block', color: '#6a4a00', fontSize: 12, marginTop: 2 }}>
          Khi văn bản này thực hiện một văn bản khác, trích dẫn in theo chuỗi “… {doc.chainLink?.trim() || fullStyle(plan.organisation.citationStyle).chainLink} {citeHead(parent)} …”; trích yếu riêng của nó không in trong trích dẫn đầy đủ.
        </span>
      )}
    </span>
  );
}

/** A live reference: shows the text it prints at its place in the document; click to edit the document or turn it into text. */
export function RefChip({ attributes, children, element }: RenderElementProps & { element: RefElement }) {
  const { plan, update, chipText } = usePlanEditor();
  const editor = useSlateStatic();
  const selected = useSelected();
  const [open, setOpen] = useState(false);
  // The current find match covers this reference's text: shown as found, like matched words.
  const found = useFindHighlight()?.refs.includes(element) ?? false;
  // What the page prints here; turned into plain text, the same words stay (bracket included).
  const resolved = chipText(element);
  const doc = element.field.startsWith('citation.') ? findDocument(plan, element.target) : undefined;

  const toPlainText = () => {
    const path = ReactEditor.findPath(editor, element);
    // One step: normalizing in between would join the texts on both sides, and the words would land after them.
    Editor.withoutNormalizing(editor, () => {
      Transforms.removeNodes(editor, { at: path });
      Transforms.insertNodes(editor, { text: resolved, ...(element.children[0].bold ? { bold: true } : {}) }, { at: path });
    });
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
        data-find-current={found || undefined}
        style={found ? { ...chipStyle(element.children[0], selected), background: '#ffd54a', outline: '1px solid #c9a000' } : chipStyle(element.children[0], selected)}
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
                ) : kind === 'date' ? (
                  <DateInput
                    testId={`ref-field-${key}`}
                    value={doc.date}
                    allowEmpty
                    style={{ width: 220 }}
                    onChange={(iso) => update((p) => updateDocument(p, doc.id, { date: iso }))}
                  />
                ) : (
                  <input
                    data-testid={`ref-field-${key}`}
                    type="text"
                    value={String(doc[key] ?? '')}
                    style={{ width: 220 }}
                    onChange={(e) => {
                      const value = e.target.value.normalize('NFC');
                      // An optional fact cleared is absent, not an empty string.
                      update((p) => updateDocument(p, doc.id, { [key]: kind === 'optional' && value.trim() === '' ? undefined : value }));
                    }}
                  />
                )}
              </label>
            ))
          ) : (
            <span style={{ display: 'block', marginBottom: 6 }}>Tham chiếu này lấy từ thông tin của kế hoạch (sửa ở bảng bên phải).</span>
          )}
          {doc && <CitationShown plan={plan} doc={doc} />}
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
