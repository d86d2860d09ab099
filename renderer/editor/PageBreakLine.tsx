/** The visible page break before a section that starts a new page, as Word shows "Page Break" in its text. */
export function PageBreakLine({ sectionId, onRemove }: { sectionId: string; onRemove(): void }) {
  return (
    <div
      data-testid={`page-break-${sectionId}`}
      role="separator"
      aria-label="Ngắt trang: mục này bắt đầu ở trang mới"
      style={{ display: 'flex', alignItems: 'center', gap: 6, margin: '2px 0 6px', color: '#666', font: '12px sans-serif', userSelect: 'none' }}
    >
      <span style={{ flex: 1, borderTop: '1px dashed #888' }} />
      <span>Ngắt trang</span>
      <button type="button" data-testid={`page-break-remove-${sectionId}`} title="Bỏ ngắt trang (Ctrl+Enter)" aria-label="Bỏ ngắt trang" onClick={onRemove} style={{ border: 'none', background: 'none', cursor: 'pointer', color: '#666', padding: 0 }}>
        ×
      </button>
      <span style={{ flex: 1, borderTop: '1px dashed #888' }} />
    </div>
  );
}
