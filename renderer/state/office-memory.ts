import type { OrganisationProfile, Settings } from '../../core/ipc/api';
import type { NestedDocument, Organisation, Signer } from '../../core/model';
import type { BaseForm, NewPlanForm } from './new-plan-form';
import { defaultIdFactory, type IdFactory } from './section-ops';

/**
 * What the app remembers of the office after a plan is created from the form, so next week's
 * plan starts from it instead of being typed again: the organisation (with its citation style),
 * the signer used (first, so it is preselected), its recipient groups and the parent documents.
 * Pure: App sends the result to settings.update.
 */
export type OfficeMemoryPatch = Pick<Settings, 'organisations' | 'activeOrganisationId' | 'recentDocuments'>;

/** Kept in step with MAX_RECENT_DOCUMENTS of the settings schema (the store refuses more). */
export const RECENT_DOCUMENTS_KEPT = 30;

export interface CreatedPlanFacts {
  /** The saved organisation chosen in the form, or null when it was typed. */
  organisationId: string | null;
  organisation: Organisation;
  signature: Signer | undefined;
  recipients: OrganisationProfile['recipients'];
  bases: NestedDocument[];
}

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
const sameSigner = (a: Signer, b: Signer): boolean => fold(a.authority) === fold(b.authority) && fold(a.position) === fold(b.position) && fold(a.name) === fold(b.name);

/** One document is "the same" when its citation is: type, number, symbol, date and issuer. */
export function documentKey(d: NestedDocument): string {
  return [d.type, d.number, d.symbol, d.date, d.issuer].map(fold).join('|');
}

export function rememberOffice(settings: Settings, facts: CreatedPlanFacts, newId: IdFactory = defaultIdFactory): OfficeMemoryPatch {
  const org = facts.organisation;
  // A typed organisation that is already saved (same body and symbol) updates it instead of doubling it.
  const existing =
    settings.organisations.find((p) => p.id === facts.organisationId) ??
    settings.organisations.find((p) => fold(p.organisation.issuingBody) === fold(org.issuingBody) && fold(p.organisation.symbolCode) === fold(org.symbolCode));
  const signers = facts.signature ? [facts.signature, ...org.signers.filter((s) => !sameSigner(s, facts.signature!))] : org.signers;
  const profile: OrganisationProfile = {
    id: existing?.id ?? newId(),
    label: existing?.label ?? org.issuingBody.trim(),
    organisation: { ...org, signers },
    recipients: facts.recipients.length > 0 ? facts.recipients : existing?.recipients ?? [],
  };
  const organisations = existing ? settings.organisations.map((p) => (p.id === existing.id ? profile : p)) : [...settings.organisations, profile];
  const used = new Set(facts.bases.map(documentKey));
  const recentDocuments = [...facts.bases, ...settings.recentDocuments.filter((d) => !used.has(documentKey(d)))].slice(0, RECENT_DOCUMENTS_KEPT);
  return { organisations, activeOrganisationId: profile.id, recentDocuments };
}

/** A remembered document back into the form's fields, with the chain of documents it implements. */
export function documentToBase(d: NestedDocument): BaseForm {
  return {
    type: d.type,
    regime: d.regime,
    number: d.number,
    symbol: d.symbol,
    date: d.date,
    issuer: d.issuer,
    subject: d.subject,
    shortName: d.shortName ?? '',
    parent: d.implements ? documentToBase(d.implements) : null,
  };
}

/** How a remembered document is named in the list: "Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy". */
export function documentLabel(d: NestedDocument): string {
  const numbered = d.number || d.symbol ? ` số ${d.number}${d.number && d.symbol ? (d.regime === 'dang' ? '-' : '/') : ''}${d.symbol}` : '';
  const [y, m, day] = d.date.split('-').map(Number);
  const date = y && m && day ? ` ngày ${String(day).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}` : '';
  return `${d.type}${numbered}${date}${d.issuer ? ` của ${d.issuer}` : ''}`;
}

/**
 * The saved offices can arrive after the form opened (the first start of the server reads every
 * template before answering): the form then takes the preselected office, unless the clerk has
 * already typed an organisation, a signer or recipients, which are never overwritten.
 */
export function adoptSavedOffice(form: NewPlanForm, organisations: OrganisationProfile[], activeId: string | null): NewPlanForm {
  const active = organisations.find((o) => o.id === activeId) ?? organisations[0];
  if (!active || form.organisationId !== null) return form;
  const typed = (Object.keys(ORG_TYPED) as Array<keyof typeof ORG_TYPED>).some((k) => form.organisation[k].trim() !== '');
  if (typed || form.signer.name.trim() !== '' || form.recipients.length > 0) return form;
  return { ...form, organisationId: active.id, organisation: structuredClone(active.organisation), signerIndex: 0, recipients: structuredClone(active.recipients) };
}

const ORG_TYPED = { superiorBody: 1, issuingBody: 1, symbolCode: 1, placeName: 1, collective: 1, archiveLine: 1 } as const;
