import type { Para } from '../../core/render/layout-types';
import { paraStyle, runStyle } from './para-style';
import { FootnoteRef } from './PreviewFootnotes';
import { PreviewTable } from './PreviewTable';

/** One laid-out paragraph, exactly as the DOCX prints it. */
export function PreviewPara({ para }: { para: Para }) {
  if (para.table) return <PreviewTable para={para} />;
  if (para.rule) {
    return (
      <div data-kind="rule" style={{ ...paraStyle(para), display: 'flex', justifyContent: 'center', alignItems: 'flex-end' }}>
        <div style={{ width: `${para.rule.widthMm}mm`, borderTop: '0.75pt solid #000' }} />
      </div>
    );
  }
  const empty = para.runs.every((r) => r.text === '');
  // A framed paragraph (the state circulation mark "MẬT") is boxed tight around its text, as Word's paragraph border with a narrow indent.
  const frame = para.framed ? { display: 'inline-block', border: '0.75pt solid #000', paddingLeft: '1.5mm', paddingRight: '1.5mm' } : {};
  return (
    <p data-kind={para.kind} data-source-id={para.sourceId} data-framed={para.framed || undefined} style={{ ...paraStyle(para), ...frame }}>
      {empty ? '\u00a0' : para.runs.map((r, i) => (r.footnote !== undefined ? <FootnoteRef key={i} run={r} /> : <span key={i} style={runStyle(r)}>{r.text}</span>))}
    </p>
  );
}
