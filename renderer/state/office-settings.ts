import type { OrganisationProfile, Settings } from '../../core/ipc/api';
import { cleanRecipients } from './recipient-groups-form';
import { emptyOrganisation } from './new-plan-form';
import { type OrgFieldKey, organisationFieldErrors } from './organisation-fields';
import { defaultIdFactory, type IdFactory } from './section-ops';

/**
 * The settings screen "Cơ quan và người ký": the saved organisations, one edited at a time.
 * Pure list operations; the screen sends their result to settings.update.
 */
export type OfficesPatch = Pick<Settings, 'organisations' | 'activeOrganisationId'>;

export interface ProfileErrors {
  label?: string;
  org: Partial<Record<OrgFieldKey, string>>;
  /** By signer index: its position is missing. */
  signers: Record<number, string>;
}

export function newProfile(regime: 'dang' | 'nha-nuoc' = 'dang', newId: IdFactory = defaultIdFactory): OrganisationProfile {
  return { id: newId(), label: '', organisation: emptyOrganisation(regime), recipients: [] };
}

export function validateProfile(p: OrganisationProfile): ProfileErrors {
  const signers: Record<number, string> = {};
  p.organisation.signers.forEach((s, i) => {
    if (!s.position.trim()) signers[i] = 'Thiếu chức vụ người ký (ví dụ PHÓ BÍ THƯ).';
  });
  return {
    ...(p.label.trim() ? {} : { label: 'Thiếu tên gọi của cơ quan (ví dụ Huyện ủy An Lão).' }),
    org: organisationFieldErrors(p.organisation),
    signers,
  };
}

export const hasErrors = (e: ProfileErrors): boolean => e.label !== undefined || Object.keys(e.org).length > 0 || Object.keys(e.signers).length > 0;

/** As it is stored: blank recipient lines dropped, signers' authority and position in capitals. */
export function cleanProfile(p: OrganisationProfile): OrganisationProfile {
  const up = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi');
  return {
    ...p,
    label: p.label.normalize('NFC').trim(),
    organisation: { ...p.organisation, signers: p.organisation.signers.map((s) => ({ authority: up(s.authority), position: up(s.position), name: s.name.normalize('NFC').trim() })) },
    recipients: cleanRecipients(p.recipients),
  };
}

/** Saves one organisation (new or edited); the first one saved becomes the default. */
export function saveProfile(settings: Pick<Settings, 'organisations' | 'activeOrganisationId'>, p: OrganisationProfile): OfficesPatch {
  const profile = cleanProfile(p);
  const exists = settings.organisations.some((o) => o.id === profile.id);
  const organisations = exists ? settings.organisations.map((o) => (o.id === profile.id ? profile : o)) : [...settings.organisations, profile];
  return { organisations, activeOrganisationId: settings.activeOrganisationId ?? profile.id };
}

/** Removes one; when it was the default, the first remaining one takes its place. */
export function deleteProfile(settings: Pick<Settings, 'organisations' | 'activeOrganisationId'>, id: string): OfficesPatch {
  const organisations = settings.organisations.filter((o) => o.id !== id);
  const activeOrganisationId = settings.activeOrganisationId === id || !organisations.some((o) => o.id === settings.activeOrganisationId) ? organisations[0]?.id ?? null : settings.activeOrganisationId;
  return { organisations, activeOrganisationId };
}
