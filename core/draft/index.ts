export { DRAFT_FORMAT_VERSION, DRAFT_APP_ID, DRAFT_FILE_EXTENSION, parseDraft, serializeDraft } from './draft-file';
export type { DraftFile, ParseDraftResult } from './draft-file';
export { MIGRATIONS, migratePlan } from './migrations';
export { nfcDeep } from './nfc-deep';
