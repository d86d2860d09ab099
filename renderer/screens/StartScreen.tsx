import { firstBase } from '../../core/model/document-set';
import type { RecentDraft, RecoveredDraft } from '../../core/ipc/api';
import { baseName } from '../state/file-names';
import { SHORTCUT_LABELS } from '../state/shortcuts';

const formatTime = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
};

const planTitle = (d: RecoveredDraft): string => {
  const base = firstBase(d.plan);
  return `${d.plan.type}${base ? ` thực hiện ${base.type} ${base.number}${base.number ? (base.regime === 'dang' ? '-' : '/') : ''}${base.symbol}` : ''}`;
};

/** First screen: recovered drafts (after a crash) first, then new / open / recent. */
export function StartScreen(props: {
  recent: RecentDraft[];
  recovered: RecoveredDraft[];
  onNew(): void;
  onOpen(): void;
  /** "Mở tệp Word…": an existing plan written in Word, opened as a new draft. */
  onOpenWord(): void;
  onSettings(): void;
  onLibrary(): void;
  onOpenRecent(path: string): void;
  onRestore(draft: RecoveredDraft): void;
  onDiscardRecovery(draft: RecoveredDraft): void;
}) {
  return (
    <main className="start" data-testid="start-screen">
      <h1>Soạn thảo Kế hoạch</h1>
      {props.recovered.length > 0 && (
        <section className="recovery" data-testid="recovery" aria-label="Bản nháp khôi phục">
          <h2>Khôi phục bản nháp chưa lưu</h2>
          <p>Lần trước chương trình đóng khi kế hoạch chưa được lưu. Các bản nháp dưới đây đã được tự động giữ lại:</p>
          <ul>
            {props.recovered.map((d) => (
              <li key={d.id} data-testid="recovery-item">
                <div>
                  <b>{planTitle(d)}</b>
                  <div className="muted">{d.path ? `Tệp ${baseName(d.path)}` : 'Chưa từng lưu'} · tự lưu lúc {formatTime(d.savedAt)}</div>
                </div>
                <button className="primary" data-testid="recovery-restore" onClick={() => props.onRestore(d)}>Mở lại</button>
                <button data-testid="recovery-discard" onClick={() => props.onDiscardRecovery(d)}>Bỏ</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="start-actions">
        <button className="big primary" data-testid="start-new" onClick={props.onNew}>Tạo kế hoạch mới<span className="shortcut">{SHORTCUT_LABELS.new}</span></button>
        <button className="big" data-testid="start-open" onClick={props.onOpen}>Mở tệp nháp…<span className="shortcut">{SHORTCUT_LABELS.open}</span></button>
        <button className="big" data-testid="start-open-docx" onClick={props.onOpenWord}>Mở tệp Word…</button>
        <button className="big" data-testid="start-settings" onClick={props.onSettings}>Cơ quan và người ký…</button>
        <button className="big" data-testid="start-library" onClick={props.onLibrary}>Thư viện văn bản…</button>
      </div>
      <section aria-label="Mở gần đây">
        <h2>Mở gần đây</h2>
        {props.recent.length === 0 ? (
          <p className="muted" data-testid="recent-empty">Chưa có tệp nào.</p>
        ) : (
          <ul className="recent-list" data-testid="recent-list">
            {props.recent.map((r) => (
              <li key={r.path}>
                <button className="link" data-testid="recent-item" title={r.path} onClick={() => props.onOpenRecent(r.path)}>
                  {r.title || baseName(r.path)}
                </button>
                <span className="muted"> · {baseName(r.path)} · {formatTime(r.openedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
