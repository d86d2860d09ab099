import { memo, useMemo } from 'react';
import type { Finding } from '../../core/check/types';
import type { PanelFinding } from '../check/finding-context';
import { type CheckPanelState, type RuleInfo, SEVERITY_LABELS, findingKey, panelGroups } from '../state/check-panel';

/** Findings drawn per group before "Xem thêm": a draft full of one slip stays quick to show. */
const SHOWN_PER_GROUP = 60;

/**
 * "Kiểm tra văn bản": the checker's findings grouped by rule, gravest first. Each finding says
 * what is wrong (the engine's Vietnamese sentence), where (the place as a clerk names it) and
 * shows the text found; clicking it takes the clerk there, "Sửa" applies its fix when the fix is
 * safe. A group's explanation ("Vì sao?") opens on demand.
 */
export const CheckPanel = memo(function CheckPanel(props: {
  state: CheckPanelState;
  rules: readonly RuleInfo[];
  /** The plan changed since the findings were worked out (typing): they are about to be refreshed. */
  stale: boolean;
  onGo(finding: Finding): void;
  onFix(finding: Finding): void;
  onExplain(title: string): void;
  onShowAll(title: string): void;
}) {
  const { state } = props;
  const groups = useMemo(() => panelGroups(state.findings, props.rules), [state.findings, props.rules]);
  if (state.checked === null) return <p className="check-status" data-testid="check-running">Đang kiểm tra văn bản…</p>;
  return (
    <div className="check-panel" data-testid="check-panel" aria-busy={props.stale}>
      {groups.length === 0 ? (
        <p className="check-clean" data-testid="check-clean">Không thấy lỗi nào.</p>
      ) : (
        <p className="check-status">{summary(state.findings)}</p>
      )}
      {groups.map((g) => {
        const open = state.explained.includes(g.title);
        const all = state.showAll.includes(g.title);
        const shown = all ? g.findings : g.findings.slice(0, SHOWN_PER_GROUP);
        return (
          <section key={g.title} className="check-group" data-testid="check-group">
            <header className="check-group-head">
              <b>{g.title}</b> <span className="check-count">({g.findings.length})</span>
              {g.explanation && (
                <button type="button" className="link" data-testid="check-explain" aria-expanded={open} onClick={() => props.onExplain(g.title)}>
                  {open ? 'Ẩn giải thích' : 'Vì sao?'}
                </button>
              )}
            </header>
            {open && <p className="check-explanation" data-testid="check-explanation">{g.explanation}</p>}
            <ul className="check-findings">
              {shown.map((f) => {
                const key = findingKey(f);
                return (
                  <li key={key} className="check-finding" data-testid="check-finding" data-rule={f.ruleId} data-severity={f.severity} data-current={state.current === key || undefined}>
                    <button type="button" className="check-go" data-testid="check-go" title="Đến chỗ này trong văn bản" onClick={() => props.onGo(f)}>
                      <span className={`check-severity check-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
                      <span className="check-where" data-testid="check-where">{f.location.label}</span>
                      <span className="check-message" data-testid="check-message">{f.message}</span>
                      <Excerpt finding={f} />
                    </button>
                    {f.fix && (
                      <button type="button" className="check-fix" data-testid="check-fix" onClick={() => props.onFix(f)}>
                        {f.fix.label}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
            {!all && g.findings.length > SHOWN_PER_GROUP && (
              <button type="button" className="link" data-testid="check-show-all" onClick={() => props.onShowAll(g.title)}>
                Xem thêm {g.findings.length - SHOWN_PER_GROUP} chỗ nữa
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
});

/** The words found, in their sentence when the check gave the text around them: “…số <mark>23</mark>-CT/TU…”. */
function Excerpt({ finding }: { finding: PanelFinding }) {
  const { excerpt } = finding.location;
  if (!excerpt) return null;
  const around = finding.context;
  return (
    <span className="check-excerpt" data-testid="check-excerpt">
      “{around?.before}
      {around ? <mark>{excerpt}</mark> : excerpt}
      {around?.after}”
    </span>
  );
}

/** "2 lỗi, 3 cảnh báo, 1 gợi ý": what the list holds, gravest first. */
export function summary(findings: readonly Finding[]): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const parts = [
    [count('error'), 'lỗi'],
    [count('warning'), 'cảnh báo'],
    [count('info'), 'gợi ý'],
  ] as const;
  return `Tìm thấy ${parts.filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}`).join(', ')}.`;
}
