import { citeHead } from '../../core/citation/cite';
import { numberSymbol } from '../../core/citation/numbers';
import { fullStyle } from '../../core/citation/style';
import { previewWording } from '../../core/compose/preview';
import type { TemplateSummary } from '../../core/ipc/api';
import { type NestedDocument, isoDateSchema } from '../../core/model/document-ref';
import { getProfile } from '../../core/profiles/profile';
import type { CitationNotice } from '../../core/render/resolve';
import { type BaseForm, type NewPlanForm, baseToDocumentRef, formWording } from './new-plan-form';

/**
 * What the new-plan form shows as it will print, recomputed on every keystroke (the engine is
 * pure and a form holds a handful of documents): each document's full citation, and the summary
 * and opening sentence composed from the parts chosen.
 */

/** One document of the form (a base or a document in its chain), keyed like its test ids: `base-0`, `base-0-parent`. */
export interface DocumentPreview {
  /** The full citation on its own, as printed; null until the dates of its chain are known. */
  citation: string | null;
  /** Why there is no citation yet (a date to choose), in Vietnamese. */
  waiting?: string;
  /**
   * Set when the document has a subject of its own and implements another: the citation prints
   * the chain ("về thực hiện Nghị quyết số 71-NQ/TW"), not the subject, and the form says so.
   */
  chain?: string;
}

export interface FormPreview {
  documents: Record<string, DocumentPreview>;
  /** Summary and opening as printed; absent when the template writes its own or a date is missing. */
  wording?: { summary: string; opening: string[] };
  /** Why the summary and opening are not shown, in Vietnamese. */
  wordingWaiting?: string;
  notices: CitationNotice[];
}

const hasDate = (base: BaseForm): boolean => isoDateSchema.safeParse(base.date).success;

/** "Nghị quyết số 71-NQ/TW", or as much of it as is typed. */
const describe = (base: BaseForm): string => {
  const number = base.symbol.trim() === '' ? base.number.trim() : numberSymbol({ regime: base.regime, number: base.number, symbol: base.symbol.trim() });
  const head = [base.type.trim(), number ? `số ${number}` : ''].filter(Boolean).join(' ');
  return head === '' ? 'văn bản' : head;
};

/** The first document in a chain without a valid date, if any. */
function undated(base: BaseForm): BaseForm | undefined {
  for (let cur: BaseForm | null = base; cur; cur = cur.parent) if (!hasDate(cur)) return cur;
  return undefined;
}

/** The profile the plan will get: the form's choice, else the organisation's when it fits the template's regime, else the template's. */
function effectiveProfile(form: NewPlanForm, template: TemplateSummary) {
  if (form.profile) return form.profile;
  const own = form.organisation.defaultProfile;
  return getProfile(own).regime === template.regime ? own : template.defaultProfile;
}

export function formPreview(form: NewPlanForm, template: TemplateSummary | undefined): FormPreview {
  const planType = (template?.planType ?? 'Kế hoạch') as Parameters<typeof previewWording>[0]['type'];
  const organisation = template ? { ...form.organisation, defaultProfile: effectiveProfile(form, template) } : form.organisation;
  let n = 0;
  const nested = (base: BaseForm): NestedDocument => baseToDocumentRef(base, () => `preview-${++n}`);
  const wording = formWording(form, template);
  // The word the engine links a document to its parent with (the form has no per-document word).
  const link = fullStyle(form.organisation.citationStyle).chainLink;

  const documents: Record<string, DocumentPreview> = {};
  const visit = (base: BaseForm, key: string): void => {
    const missing = undated(base);
    const chain = base.parent && base.subject.trim() !== '' ? `${link} ${citeHead(nested(base.parent))}` : undefined;
    const shown: Pick<DocumentPreview, 'chain'> = chain ? { chain } : {};
    if (missing) {
      const whose = missing === base ? 'văn bản này' : `${describe(missing)} mà văn bản này thực hiện`;
      documents[key] = { citation: null, waiting: `Chọn ngày ban hành của ${whose} để xem câu trích dẫn.`, ...shown };
    } else {
      const citation = previewWording({ organisation, type: planType, bases: [nested(base)] }).citations[0] ?? '';
      documents[key] = { citation, ...shown };
    }
    if (base.parent) visit(base.parent, `${key}-parent`);
  };
  form.bases.forEach((base, i) => visit(base, `base-${i}`));

  if (!template) return { documents, notices: [] };
  const firstUndated = form.bases.map(undated).find((b) => b !== undefined);
  if (firstUndated) return { documents, wordingWaiting: 'Chọn ngày ban hành của mọi văn bản căn cứ để xem trích yếu và câu mở đầu.', notices: [] };
  if (!template.wording) {
    // The template writes its own opening and summary: only the citations are known here (the
    // editor lists the notices of the real sentence).
    return { documents, wordingWaiting: 'Mẫu này tự viết trích yếu và câu mở đầu; xem câu sẽ in ở bản xem trước sau khi tạo kế hoạch.', notices: [] };
  }
  const result = previewWording({
    organisation,
    type: planType,
    bases: form.bases.map(nested),
    opening: wording.opening,
    summary: wording.summary,
    subject: wording.subject,
  });
  return { documents, wording: { summary: result.summary, opening: result.opening }, notices: result.notices };
}
