import type { LaidOutDocument, RecipientGroupLayout } from '../../core/render/layout-types';
import { PreviewPara } from './PreviewPara';
import { paraLineHeightPt } from './para-style';

const cellStyle = { verticalAlign: 'top', padding: 0 } as const;

/** The borderless two-column header table of page 1. */
export function HeaderBlock({ header }: { header: LaidOutDocument['header'] }) {
  return (
    <table data-testid="preview-header" style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
      <colgroup>
        <col style={{ width: `${header.leftWidthPct}%` }} />
        <col />
      </colgroup>
      <tbody>
        {header.rows.map((row, i) => (
          <tr key={i}>
            <td style={cellStyle}>{row.left.map((p, j) => <PreviewPara key={j} para={p} />)}</td>
            <td style={cellStyle}>{row.right.map((p, j) => <PreviewPara key={j} para={p} />)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A purpose group: its lines, then a right brace as tall as the group and the purpose, or the lines alone. */
function RecipientGroup({ group, purposeWidthMm }: { group: RecipientGroupLayout; purposeWidthMm: number | undefined }) {
  if (group.display !== 'brace' || !group.purpose) return <>{group.lines.map((p, i) => <PreviewPara key={i} para={p} />)}</>;
  const size = group.lines[0]?.sizePt ?? 12;
  return (
    <div style={{ display: 'flex', alignItems: 'stretch' }}>
      <div style={{ flex: '0 1 auto', minWidth: 0 }}>{group.lines.map((p, i) => <PreviewPara key={i} para={p} />)}</div>
      {/* Brace drawn with borders: a rounded right bracket spanning the lines. */}
      <div aria-hidden style={{ width: '2mm', margin: `${paraLineHeightPt(group.lines[0]!) * 0.15}pt 0`, borderRight: '0.75pt solid #000', borderTopRightRadius: '2mm', borderBottomRightRadius: '2mm' }} />
      {/* The layout sized the purpose column and broke a long purpose into lines. */}
      <div style={{ display: 'flex', alignItems: 'center', paddingLeft: '1mm', fontSize: `${size}pt`, lineHeight: `${paraLineHeightPt(group.lines[0]!)}pt`, whiteSpace: 'pre', flex: '0 0 auto', ...(purposeWidthMm ? { width: `${purposeWidthMm}mm` } : {}) }}>{group.purpose}</div>
    </div>
  );
}

/** Nơi nhận on the left, signature on the right, side by side. */
export function ClosingBlock({ closing }: { closing: LaidOutDocument['closing'] }) {
  return (
    <table data-testid="preview-closing" style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
      <colgroup>
        <col style={{ width: `${closing.leftWidthPct}%` }} />
        <col />
      </colgroup>
      <tbody>
        <tr>
          <td style={cellStyle}>
            <PreviewPara para={closing.noiNhan} />
            {closing.groups.map((g, i) => <RecipientGroup key={i} group={g} purposeWidthMm={closing.purposeWidthMm} />)}
            <PreviewPara para={closing.archive} />
          </td>
          <td style={cellStyle}>{closing.signature.map((p, i) => <PreviewPara key={i} para={p} />)}</td>
        </tr>
      </tbody>
    </table>
  );
}
