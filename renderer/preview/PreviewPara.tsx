import type { Para } from '../../core/render/layout-types';
import { paraStyle, runStyle } from './para-style';

/** One laid-out paragraph, exactly as the DOCX prints it. */
export function PreviewPara({ para }: { para: Para }) {
  if (para.rule) {
    return (
      <div data-kind="rule" style={{ ...paraStyle(para), display: 'flex', justifyContent: 'center', alignItems: 'flex-end' }}>
        <div style={{ width: `${para.rule.widthMm}mm`, borderTop: '0.75pt solid #000' }} />
      </div>
    );
  }
  const empty = para.runs.every((r) => r.text === '');
  return (
    <p data-kind={para.kind} data-source-id={para.sourceId} style={paraStyle(para)}>
      {empty ? '\u00a0' : para.runs.map((r, i) => <span key={i} style={runStyle(r)}>{r.text}</span>)}
    </p>
  );
}
