import { type Plan, planSchema } from '../model';
import { LATEST_FORMAT_VERSION, migratePlan } from './migrations';
import { MAX_DRAFT_NESTING, nestsDeeperThan } from './nesting-depth';
import { nfcDeep } from './nfc-deep';
import { issueSentence, describeValue, vietnameseIssueMessage } from './validation-message';

/**
 * The `.kehoach` draft file: UTF-8 JSON
 *   { "formatVersion": 2, "app": "kehoach", "savedAt": "<ISO>", "plan": <Plan> }
 * See docs/draft-format.md. Loading never throws: every failure becomes one Vietnamese
 * sentence the user can act on.
 */

export const DRAFT_FORMAT_VERSION = 2;
export const DRAFT_APP_ID = 'kehoach';
export const DRAFT_FILE_EXTENSION = '.kehoach';

export interface DraftFile {
  formatVersion: number;
  app: typeof DRAFT_APP_ID;
  savedAt: string;
  plan: Plan;
}

export type ParseDraftResult = { ok: true; plan: Plan; migratedFrom?: number } | { ok: false; error: string };

// The migration list and the format version must move together.
if (LATEST_FORMAT_VERSION !== DRAFT_FORMAT_VERSION) {
  throw new Error(`Draft migrations lead to version ${LATEST_FORMAT_VERSION}, format is ${DRAFT_FORMAT_VERSION}`);
}

const NOT_A_DRAFT =
  'Tệp không phải là bản thảo kế hoạch (thiếu trường "app": "kehoach" hoặc "formatVersion"), hãy chọn một tệp .kehoach do ứng dụng Soạn thảo Kế hoạch lưu.';

const TOO_DEEP =
  `Tệp không phải là bản thảo kế hoạch hợp lệ vì dữ liệu trong tệp lồng nhau quá sâu (hơn ${MAX_DRAFT_NESTING} cấp, tệp có thể bị hỏng hoặc do chương trình khác tạo ra), hãy mở bản sao lưu .kehoach.bak cùng thư mục hoặc chọn đúng tệp .kehoach.`;

export function parseDraft(text: string): ParseDraftResult {
  try {
    return parseUnsafe(text);
  } catch (err) {
    // A stack overflow is the file's shape, not a bad migration (the nesting check should have caught it first).
    if (err instanceof RangeError && /call stack/i.test(err.message)) return { ok: false, error: TOO_DEEP };
    // Otherwise only a bug in a migration step can get here; the user still gets a sentence, not a stack.
    return {
      ok: false,
      error: 'Không đọc được bản thảo do lỗi của ứng dụng khi chuyển định dạng cũ, hãy gửi tệp này cho bộ phận hỗ trợ và mở bản sao lưu .kehoach.bak nếu có.',
    };
  }
}

function parseUnsafe(text: string): ParseDraftResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return { ok: false, error: 'Tệp trống nên không phải là bản thảo kế hoạch, hãy chọn đúng tệp .kehoach hoặc mở bản sao lưu .kehoach.bak cùng thư mục.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {
      ok: false,
      error: 'Tệp không phải là bản thảo kế hoạch (không đọc được JSON, tệp có thể bị hỏng hoặc bị cắt ngang), hãy chọn đúng tệp .kehoach hoặc mở bản sao lưu .kehoach.bak cùng thư mục.',
    };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: NOT_A_DRAFT };
  // Before anything recursive (NFC, migrations, validation) walks the tree.
  if (nestsDeeperThan(json, MAX_DRAFT_NESTING)) return { ok: false, error: TOO_DEEP };
  const envelope = nfcDeep(json as Record<string, unknown>);
  if (envelope.app !== DRAFT_APP_ID || !('formatVersion' in envelope)) return { ok: false, error: NOT_A_DRAFT };

  const version = envelope.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      error: `Trường "formatVersion" phải là số nguyên không âm${describeValue(version)}, tệp có thể đã bị sửa tay; hãy mở bản sao lưu .kehoach.bak cùng thư mục.`,
    };
  }
  if (version > DRAFT_FORMAT_VERSION) {
    return {
      ok: false,
      error: `Bản thảo được lưu bằng phiên bản mới hơn của ứng dụng (định dạng ${version}, phiên bản này chỉ đọc được đến định dạng ${DRAFT_FORMAT_VERSION}), hãy cập nhật ứng dụng rồi mở lại tệp.`,
    };
  }

  let plan: unknown = envelope.plan;
  if (version < DRAFT_FORMAT_VERSION) {
    if (plan === null || typeof plan !== 'object' || Array.isArray(plan)) {
      return { ok: false, error: `Trường "plan" bị thiếu hoặc không phải là đối tượng, hãy mở bản sao lưu .kehoach.bak cùng thư mục.` };
    }
    plan = migratePlan(plan as Record<string, unknown>, version);
  }

  const own = new Set<string>();
  const result = planSchema.safeParse(plan, {
    error: (issue) => {
      const message = vietnameseIssueMessage(issue);
      own.add(message);
      return message;
    },
  });
  if (!result.success) return { ok: false, error: issueSentence(result.error.issues, { plan }, ['plan'], own) };
  return version < DRAFT_FORMAT_VERSION ? { ok: true, plan: result.data, migratedFrom: version } : { ok: true, plan: result.data };
}

/** Pretty JSON (two-space indent, final newline) so drafts diff well; every string NFC. */
export function serializeDraft(plan: Plan, now: Date = new Date()): string {
  const file: DraftFile = {
    formatVersion: DRAFT_FORMAT_VERSION,
    app: DRAFT_APP_ID,
    savedAt: now.toISOString(),
    plan: nfcDeep(plan),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
