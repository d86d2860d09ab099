import type { FormPreview } from '../state/form-preview';

/** The summary and opening sentence exactly as they will print, and what the engine could not do. */
export function WordingPreview(props: { preview: FormPreview; title?: string }) {
  const { wording, wordingWaiting, notices } = props.preview;
  return (
    <section className="wording-preview" data-testid="wording-preview" aria-label="Trích yếu và câu mở đầu sẽ in" aria-live="polite">
      <h4>{props.title ?? 'Trích yếu và câu mở đầu sẽ in'}</h4>
      {wording ? (
        <>
          <p>
            <span className="muted">Trích yếu: </span>
            <span data-testid="preview-summary">{wording.summary}</span>
          </p>
          <div className="preview-opening" data-testid="preview-opening">
            {wording.opening.map((para, i) => <p key={i} data-testid="preview-opening-para">{para}</p>)}
          </div>
        </>
      ) : (
        <p className="muted" data-testid="wording-waiting">{wordingWaiting}</p>
      )}
      {notices.length > 0 && (
        <ul className="warning notice-list" role="status" data-testid="preview-notices">
          {notices.map((n) => <li key={`${n.kind}:${n.documentId ?? ''}`} data-testid="preview-notice">{n.message}</li>)}
        </ul>
      )}
    </section>
  );
}
