import * as z from 'zod';
import type { Settings } from '../../../core/ipc/api';
import { PROFILE_IDS, citationStyleSchema, organisationSchema, signerSchema } from '../../../core/model/organisation';
import { recipientGroupSchema } from '../../../core/model/plan';
import { nestedDocumentSchema } from '../../../core/model/document-ref';

import { CURRENT_SETTINGS_VERSION } from '../../../core/ipc/default-settings';

export { CURRENT_SETTINGS_VERSION, defaultSettings } from '../../../core/ipc/default-settings';

export const MAX_RECENT_FILES = 10;
/** Enough for a year of the usual parent documents; older ones are typed again. */
export const MAX_RECENT_DOCUMENTS = 30;

export const organisationProfileSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1, 'Thiếu tên gọi của đơn vị'),
  organisation: organisationSchema,
  recipients: z.array(recipientGroupSchema),
});

export const recentDraftSchema = z.object({
  path: z.string().min(1),
  title: z.string(),
  openedAt: z.string(),
});

/** The one schema of Settings (core/ipc/api.ts), used by both stores (conf and electron-store). */
export const settingsSchema = z.object({
  schemaVersion: z.literal(CURRENT_SETTINGS_VERSION),
  organisations: z.array(organisationProfileSchema),
  activeOrganisationId: z.string().nullable(),
  signers: z.array(signerSchema),
  defaultRecipients: z.array(recipientGroupSchema),
  formatProfile: z.enum(PROFILE_IDS),
  citationStyle: citationStyleSchema,
  recentFiles: z.array(recentDraftSchema).max(MAX_RECENT_FILES),
  recentDocuments: z.array(nestedDocumentSchema).max(MAX_RECENT_DOCUMENTS),
  autosaveSeconds: z.number().int().min(2, 'Tự động lưu ít nhất 2 giây một lần').max(3600, 'Tự động lưu tối đa 1 giờ một lần'),
  /** "" = the default, `<data folder>/library`. */
  libraryFolder: z.string().trim().max(1000).optional(),
}) satisfies z.ZodType<Settings>;

/** What settings.update accepts: any field but the version, nothing unknown. */
export const settingsPatchSchema = settingsSchema.omit({ schemaVersion: true }).partial().strict();

