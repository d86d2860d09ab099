import { useMemo, useState } from 'react';
import type { Plan } from '../../core/model';
import type { CitationStyle } from '../../core/model/organisation';
import type { PlanWording } from '../../core/model/wording';
import { CitationStyleFields, WordingFields } from '../screens/WordingFields';
import { WordingPreview } from '../screens/WordingPreview';
import { currentWording, editedByHand, printedWording, recomposePlan, toPlanWording } from '../state/recompose';
import { NO_WORDING_CHOICES, type WordingChoices, effectiveWording } from '../state/wording-form';

/**
 * "Câu mở đầu và trích yếu" of an open plan: the parts it was composed from (or the regime's
 * defaults for an older plan), the same controls as the new-plan form, and the opening and
 * summary exactly as they would print. "Áp dụng" recomposes both as one undoable edit; when the
 * text was written by hand, the panel says so first. The organisation's citation conventions
 * apply at once: every citation is a live reference.
 */
export function WordingPanel(props: {
  plan: Plan;
  onApply(wording: PlanWording): void;
  onCitationStyle(style: CitationStyle): void;
}) {
  const { plan } = props;
  // The clerk's choices belong to the parts they were made on: after "Áp dụng" or an undo the
  // plan's parts change and the panel shows them afresh.
  const [draft, setDraft] = useState<{ of: PlanWording | undefined; choices: WordingChoices }>({ of: plan.wording, choices: NO_WORDING_CHOICES });
  const choices = draft.of === plan.wording ? draft.choices : NO_WORDING_CHOICES;
  const setChoices = (next: WordingChoices) => setDraft({ of: plan.wording, choices: next });

  const base = useMemo(() => currentWording(plan), [plan.wording, plan.organisation.regime]); // eslint-disable-line react-hooks/exhaustive-deps
  const effective = useMemo(() => effectiveWording(base, choices), [base, choices]);
  const chosen = Object.keys(choices.opening).length > 0 || Object.keys(choices.summary).length > 0 || choices.subject !== undefined;
  // What would print: only the opening and summary are resolved (they come first in the document).
  const printed = useMemo(
    () => printedWording(recomposePlan(plan, toPlanWording(effective))),
    [effective, plan.organisation, plan.documents, plan.baseIds, plan.type, plan.profile, plan.date], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const hand = useMemo(() => editedByHand(plan), [plan.preamble, plan.summary, plan.wording, plan.baseIds, plan.organisation.regime]); // eslint-disable-line react-hooks/exhaustive-deps
  const replaced = [hand.opening ? 'Câu mở đầu' : null, hand.summary ? 'Trích yếu' : null].filter((s): s is string => s !== null);

  return (
    <fieldset className="wording-panel" data-testid="wording-panel">
      <legend>Câu mở đầu và trích yếu</legend>
      <WordingFields base={base} choices={choices} effective={effective} onChange={setChoices} title="Các phần của câu mở đầu và trích yếu" />
      <WordingPreview preview={{ documents: {}, wording: printed, notices: [] }} title="Sẽ in sau khi áp dụng" />
      {replaced.length > 0 && (
        <p className="warning" role="status" data-testid="wording-hand-edited">
          {replaced.join(' và ')} đã được sửa tay; áp dụng sẽ thay bằng câu mới — có thể hoàn tác bằng Ctrl+Z.
        </p>
      )}
      <div className="row wording-actions">
        <button
          type="button"
          className="primary"
          data-testid="wording-apply"
          disabled={!chosen && replaced.length === 0}
          onClick={() => {
            // Applied: the choices are the plan's parts now (and stay gone if Ctrl+Z brings the old parts back).
            setChoices(NO_WORDING_CHOICES);
            props.onApply(toPlanWording(effective));
          }}
        >
          Áp dụng
        </button>
        <button type="button" data-testid="wording-reset" disabled={!chosen} onClick={() => setChoices(NO_WORDING_CHOICES)}>
          Bỏ thay đổi
        </button>
      </div>
      <CitationStyleFields style={plan.organisation.citationStyle} onChange={props.onCitationStyle} hint="Áp dụng ngay cho mọi trích dẫn trong kế hoạch." />
    </fieldset>
  );
}
